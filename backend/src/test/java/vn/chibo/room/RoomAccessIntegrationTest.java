package vn.chibo.room;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import vn.chibo.meeting.MeetingState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every SUBSCRIBE and SEND is authorised on the server; what is refused changes nothing. */
class RoomAccessIntegrationTest extends RoomTestSupport {

    @Test
    void aHandshakeWithoutALoggedInSessionIsRefused() {
        assertThatThrownBy(() -> RoomClient.connect(port, null)).isInstanceOf(ExecutionException.class);
        assertThatThrownBy(() -> RoomClient.connect(port, "bm90LWEtc2Vzc2lvbg==")).isInstanceOf(ExecutionException.class);
    }

    @Test
    void aMemberOfAnotherCellCannotSubscribeToTheMeeting() throws Exception {
        var cell = new Cell(1, MeetingState.OPEN);
        var other = new Cell(1, MeetingState.OPEN);
        var outsider = connect(other.member(0));

        outsider.watch(cell.meeting);

        assertThat(outsider.stompError()).isEqualTo("access-denied");
        var stranger = connect(other.member(0));
        stranger.subscribeRaw("/app/meetings/" + cell.meeting + "/snapshot");
        assertThat(stranger.stompError()).isEqualTo("access-denied");
    }

    @Test
    @SuppressWarnings({ "unchecked", "rawtypes" })
    void aConnectionEndsWithTheHttpSessionBehindIt() throws Exception {
        var cell = new Cell(1, MeetingState.OPEN);
        var cookie = login(cell.member(0));
        var member = RoomClient.connect(port, cookie).watch(cell.meeting);
        clients.add(member);
        var watcher = connect(cell.chairActor()).watch(cell.meeting);
        watcher.snapshot(cell.meeting);

        ((org.springframework.session.SessionRepository) sessions)
                .deleteById(new String(java.util.Base64.getDecoder().decode(cookie)));
        // the end of the session reaches every node as an event; a frame sent meanwhile is checked as well
        try {
            member.send(cell.meeting, "join", "{}");
        }
        catch (IllegalStateException | org.springframework.messaging.MessageDeliveryException closedAlready) {
            // the event was first: the client finds its connection closed (directly, or wrapped by the STOMP session)
        }

        for (int i = 0; i < 50 && member.connected(); i++) {
            Thread.sleep(100);
        }
        assertThat(member.connected()).isFalse();
        assertThat(watcher.snapshot(cell.meeting).path("participants")).isEmpty();
    }

    @Test
    void undocumentedDestinationsAreRefused() throws Exception {
        var cell = new Cell(1, MeetingState.OPEN);
        var member = connect(cell.member(0));
        member.send(cell.meeting, "make-me-chair", "{}");
        assertThat(member.error().path("code").asString()).isEqualTo("unknown-destination");

        member.subscribeRaw("/topic/meetings");
        assertThat(member.stompError()).isEqualTo("unknown-destination");
    }

    @Test
    void aMemberSendingAChairCommandIsRefusedAndNothingChanges() throws Exception {
        var cell = new Cell(1, MeetingState.SCHEDULED);
        var member = connect(cell.member(0)).watch(cell.meeting);
        var before = member.snapshot(cell.meeting);

        for (var command : List.of("open", "lock", "start", "end", "end-floor")) {
            member.send(cell.meeting, command, "{}");
            var error = member.error();
            assertThat(error.path("code").asString()).isEqualTo("chair-only");
            assertThat(error.path("destination").asString()).endsWith("/" + command);
        }
        member.send(cell.meeting, "give-floor", "{\"memberId\":\"" + cell.members.get(0).id() + "\"}");
        assertThat(member.error().path("code").asString()).isEqualTo("chair-only");

        var after = member.snapshot(cell.meeting);
        assertThat(after.path("seq").asLong()).isEqualTo(before.path("seq").asLong());
        assertThat(after.path("locked").asBoolean()).isFalse();
        assertThat(meetings.find(cell.meeting).orElseThrow().state()).isEqualTo(MeetingState.SCHEDULED);
        assertThat(member.poll(member.events, Duration.ofMillis(300))).isNull();
    }

    @Test
    void anObserverFromAboveMayWatchButNotRaiseAHand() throws Exception {
        var cell = new Cell(1, MeetingState.OPEN);
        var reviewer = connect(cell.reviewer()).watch(cell.meeting);
        var joined = reviewer.join(cell.meeting);
        assertThat(joined.path("role").asString()).isEqualTo("OBSERVER");

        reviewer.send(cell.meeting, "raise-hand", "{}");

        assertThat(reviewer.error().path("code").asString()).isEqualTo("observer-cannot-speak");
        assertThat(reviewer.snapshot(cell.meeting).path("queue")).isEmpty();
    }

    @Test
    void tenThousandMalformedFramesDoNotBringTheServerDown() throws Exception {
        var cell = new Cell(1, MeetingState.OPEN);
        var cookie = login(cell.chairActor());
        var http = HttpClient.newHttpClient();
        var received = new AtomicInteger();
        var listener = new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                received.incrementAndGet();
                socket.request(1);
                return null;
            }
        };
        var sent = 0;
        // valid STOMP carrying nonsense: answered on the error queue, the connection stays
        var sockets = new ArrayList<WebSocket>();
        for (int c = 0; c < 9; c++) {
            var socket = http.newWebSocketBuilder().header("Cookie", "CHIBO_SESSION=" + cookie)
                    .buildAsync(URI.create("ws://localhost:" + port + "/ws"), listener).get(10, TimeUnit.SECONDS);
            sockets.add(socket);
            socket.sendText("CONNECT\naccept-version:1.2\nheart-beat:0,0\n\n\0", true).get(5, TimeUnit.SECONDS);
            socket.sendText("SUBSCRIBE\nid:e\ndestination:/user/queue/errors\n\n\0", true).get(5, TimeUnit.SECONDS);
            for (int i = 0; i < 1100; i++) {
                var frame = switch (i % 4) {
                    case 0 -> "SEND\ndestination:/app/meetings/" + cell.meeting + "/give-floor\ncontent-type:application/json\n\n{\"memberId\": 12\0";
                    case 1 -> "SEND\ndestination:/app/meetings/" + cell.meeting + "/agenda\ncontent-type:application/json\n\n[[[\0";
                    case 2 -> "SEND\ndestination:/app/meetings/not-a-meeting/join\n\n\0";
                    default -> "SEND\ndestination:/topic/meetings/" + cell.meeting + "\n\nforged\0";
                };
                socket.sendText(frame, true).get(5, TimeUnit.SECONDS);
                sent++;
            }
        }
        // frames that are not STOMP at all: an ERROR frame, then the connection closes
        for (int c = 0; c < 100; c++) {
            try {
                var socket = http.newWebSocketBuilder().header("Cookie", "CHIBO_SESSION=" + cookie)
                        .buildAsync(URI.create("ws://localhost:" + port + "/ws"), listener).get(10, TimeUnit.SECONDS);
                for (int i = 0; i < 1; i++) {
                    socket.sendText("\u0001\u0002GARBAGE" + c + "\n\n\n:::\0", true).get(5, TimeUnit.SECONDS);
                    sent++;
                }
            }
            catch (ExecutionException closedAlready) {
                // the server may close first
            }
        }
        assertThat(sent).isGreaterThanOrEqualTo(10_000);

        var chair = connect(cell.chairActor()).watch(cell.meeting);
        var snapshot = chair.snapshot(cell.meeting);
        assertThat(snapshot.path("seq").asLong()).isZero();
        assertThat(snapshot.path("currentItem").isNull()).isTrue();
        var health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        sockets.forEach(s -> s.abort());
        CompletableFuture.completedFuture(received.get());
    }
}
