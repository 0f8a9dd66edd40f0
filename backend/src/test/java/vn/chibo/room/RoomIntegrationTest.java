package vn.chibo.room;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import vn.chibo.meeting.MeetingId;
import vn.chibo.meeting.MeetingState;

import static org.assertj.core.api.Assertions.assertThat;

class RoomIntegrationTest extends RoomTestSupport {

    @Test
    void theSnapshotShowsWhoIsPresentWithTheSeqItReflects() throws Exception {
        var cell = new Cell(2, MeetingState.OPEN);
        var member = connect(cell.member(0)).watch(cell.meeting);
        var joined = member.join(cell.meeting);
        assertThat(joined.path("type").asString()).isEqualTo("joined");
        assertThat(joined.path("role").asString()).isEqualTo("MEMBER");

        var snapshot = connect(cell.member(1)).snapshot(cell.meeting);

        assertThat(snapshot.path("type").asString()).isEqualTo("snapshot");
        assertThat(snapshot.path("seq").asLong()).isEqualTo(joined.path("seq").asLong());
        assertThat(snapshot.path("state").asString()).isEqualTo("OPEN");
        assertThat(snapshot.path("agenda")).hasSize(2);
        var participants = snapshot.path("participants");
        assertThat(participants).hasSize(1);
        assertThat(participants.get(0).path("memberId").asString()).isEqualTo(cell.members.get(0).id().toString());
        assertThat(participants.get(0).path("name").asString()).isEqualTo("Đảng viên 1");
        assertThat(participants.get(0).path("present").asBoolean()).isTrue();
        assertThat(participants.get(0).path("devices").asInt()).isEqualTo(1);
        assertThat(snapshot.path("you").path("role").asString()).isEqualTo("MEMBER");
        assertThat(snapshot.path("you").path("manage").asBoolean()).isFalse();
    }

    @Test
    void twoClientsSeeEachOthersEventsInTheSameOrderWithoutGaps() throws Exception {
        var cell = new Cell(2, MeetingState.OPEN);
        var a = connect(cell.member(0)).watch(cell.meeting);
        var b = connect(cell.member(1)).watch(cell.meeting);
        var start = a.snapshot(cell.meeting).path("seq").asLong();

        // One command at a time, each after its event arrived: frames of one connection may be handled in
        // parallel on the server, so "join then raise a hand" sent back to back is not an order the server keeps.
        var seenByA = new java.util.ArrayList<JsonNode>();
        a.join(cell.meeting);
        seenByA.add(a.event());
        b.join(cell.meeting);
        seenByA.add(a.event());
        a.send(cell.meeting, "raise-hand", "{}");
        seenByA.add(a.event());
        b.send(cell.meeting, "raise-hand", "{}");
        seenByA.add(a.event());
        var seenByB = inOrder(b, cell.meeting, start, 4);
        assertThat(seenByB.stream().map(RoomIntegrationTest::summary).toList())
                .isEqualTo(seenByA.stream().map(RoomIntegrationTest::summary).toList());
        assertThat(seenByA.stream().map(e -> e.path("seq").asLong()).toList())
                .containsExactly(start + 1, start + 2, start + 3, start + 4);
        assertThat(seenByA.stream().map(e -> e.path("type").asString()).toList())
                .containsExactly("participant-joined", "participant-joined", "hand-raised", "hand-raised");
    }

    /**
     * The next {@code count} events after seq {@code after}, as a client following docs/realtime-protocol.md
     * section 5 applies them: a subscription that became active a moment late shows a gap, which the client fills
     * from {@code since/{lastSeq}}; duplicates are dropped.
     */
    static List<JsonNode> inOrder(RoomClient client, MeetingId meeting, long after, int count) {
        var events = new java.util.ArrayList<JsonNode>();
        var last = after;
        while (events.size() < count) {
            var event = client.event();
            var seq = event.path("seq").asLong();
            if (seq > last + 1) {
                for (var missed : client.since(meeting, last).path("events")) {
                    if (missed.path("seq").asLong() == last + 1 && events.size() < count) {
                        events.add(missed);
                        last++;
                    }
                }
            }
            if (seq == last + 1 && events.size() < count) {
                events.add(event);
                last = seq;
            }
        }
        return events;
    }

    static String summary(JsonNode event) {
        return event.path("seq").asLong() + " " + event.path("type").asString() + " "
                + event.path("memberId").asString();
    }

    static List<JsonNode> take(RoomClient client, int count) {
        var events = new java.util.ArrayList<JsonNode>();
        for (int i = 0; i < count; i++) {
            events.add(client.event());
        }
        return events;
    }
}
