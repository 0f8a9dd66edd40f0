package vn.chibo.conferencing;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import vn.chibo.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The room REST client against a local server answering like mod_muc_size and mod_muc_census. */
class JitsiRoomClientTest {

    final FakeProsody prosody = newProsody();
    final MutableClock clock = new MutableClock(ConferencingDoubles.NOW);
    final JitsiRoomClient client = new JitsiRoomClient(new JitsiProperties.Rest(prosody.baseUrl() + "/", "meet.jitsi",
            Duration.ofMillis(500), Duration.ofMillis(300), 3, Duration.ofSeconds(30)), "meet.jitsi",
            JsonMapper.builder().build(), clock);

    @AfterEach
    void stop() {
        prosody.close();
    }

    @Test
    void readsTheRoomSizeTheOccupantsAndTheCensus() {
        prosody.rooms.put("chibo-abc", 4);
        assertThat(client.roomSize("chibo-abc")).isEqualTo(OptionalInt.of(4));
        assertThat(client.room("chibo-abc")).hasValueSatisfying(list -> assertThat(list).hasSize(4)
                .first().satisfies(p -> assertThat(p.displayName()).isEqualTo("Người 0")));
        assertThat(client.census()).singleElement().satisfies(entry -> {
            assertThat(entry.roomName()).isEqualTo("chibo-abc@conference.meet.jitsi");
            assertThat(entry.participants()).isEqualTo(4);
        });
    }

    @Test
    void aRoomJitsiDoesNotHoldIsAnAnswerNotAFailure() {
        for (int i = 0; i < 5; i++) {
            assertThat(client.roomSize("chibo-nobody")).isEmpty();
        }
        assertThat(client.room("chibo-nobody")).isEmpty();
        assertThat(client.breakerState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void forbiddenGarbageServerErrorsAndSlownessAreFailures() {
        prosody.rooms.put("chibo-abc", 2);
        for (var mode : List.of(FakeProsody.Mode.FORBIDDEN, FakeProsody.Mode.GARBAGE)) {
            prosody.mode = mode;
            assertThatThrownBy(() -> client.roomSize("chibo-abc")).isInstanceOf(JitsiRoomClient.JitsiUnavailable.class);
            prosody.mode = FakeProsody.Mode.NORMAL;
            assertThat(client.roomSize("chibo-abc")).hasValue(2);
        }
        prosody.mode = FakeProsody.Mode.SLOW;
        var started = System.nanoTime();
        assertThatThrownBy(() -> client.roomSize("chibo-abc")).isInstanceOf(JitsiRoomClient.JitsiUnavailable.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1400));
    }

    @Test
    void theBreakerOpensAfterRepeatedFailuresFailsFastThenTriesAgainAndCloses() {
        prosody.rooms.put("chibo-abc", 3);
        prosody.mode = FakeProsody.Mode.SERVER_ERROR;
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> client.roomSize("chibo-abc")).isInstanceOf(JitsiRoomClient.JitsiUnavailable.class);
        }
        assertThat(client.breakerState()).isEqualTo(CircuitBreaker.State.OPEN);
        var asked = prosody.requests.get();
        prosody.mode = FakeProsody.Mode.NORMAL;
        assertThatThrownBy(() -> client.roomSize("chibo-abc")).hasMessageContaining("not asking again");
        assertThat(prosody.requests.get()).isEqualTo(asked);

        clock.advance(Duration.ofSeconds(31));
        assertThat(client.breakerState()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        assertThat(client.roomSize("chibo-abc")).hasValue(3);
        assertThat(client.breakerState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aFailedTrialCallOpensTheBreakerAgainAtOnce() {
        prosody.mode = FakeProsody.Mode.SLOW;
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> client.roomSize("chibo-abc")).isInstanceOf(JitsiRoomClient.JitsiUnavailable.class);
        }
        clock.advance(Duration.ofSeconds(31));
        assertThatThrownBy(() -> client.roomSize("chibo-abc")).isInstanceOf(JitsiRoomClient.JitsiUnavailable.class);
        assertThat(client.breakerState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    private static FakeProsody newProsody() {
        try {
            return new FakeProsody();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
