package vn.chibo.room;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Bursts of a meeting's events reach its subscribers together, in order; a lone event goes out at once. */
class TopicDeliveryTest {

    static byte[] event(long seq, String type) {
        return ("{\"seq\":" + seq + ",\"meetingId\":\"m\",\"at\":\"2026-12-03T12:00:00Z\",\"type\":\"" + type + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theFirstEventGoesOutAtOnceAndTheNextWaitForTheEndOfTheWindow() {
        var thread = Executors.newSingleThreadScheduledExecutor();
        try {
            var sent = new ArrayList<String>();
            var delivery = new TopicDelivery(thread, java.time.Duration.ofHours(1).toNanos(),
                    (meeting, body) -> sent.add(meeting + " " + new String(body, StandardCharsets.UTF_8)));

            delivery.deliver("m", event(7, "room-lock-changed"));
            delivery.deliver("m", event(8, "participant-joined"));
            delivery.deliver("other", event(1, "participant-joined"));

            assertThat(sent).hasSize(2);
            assertThat(sent.get(0)).startsWith("m {\"seq\":7,");
            assertThat(sent.get(1)).startsWith("other {\"seq\":1,");
        }
        finally {
            thread.shutdownNow();
        }
    }

    @Test
    void whileABurstLastsEachWindowIsTwiceTheOneBeforeUpToFourTimesTheSettingAndAQuietWindowEndsIt() {
        var delays = new ArrayList<Long>();
        var due = new java.util.ArrayDeque<Runnable>();
        var thread = new java.util.concurrent.ScheduledThreadPoolExecutor(1) {
            @Override
            public java.util.concurrent.ScheduledFuture<?> schedule(Runnable task, long delay,
                    java.util.concurrent.TimeUnit unit) {
                delays.add(unit.toMillis(delay));
                due.add(task);
                return null;
            }
        };
        try {
            var sent = new ArrayList<Long>();
            var delivery = new TopicDelivery(thread, java.time.Duration.ofMillis(100).toNanos(),
                    (meeting, body) -> sent.add(TopicDelivery.seqOf(body)));

            delivery.deliver("m", event(1, "participant-joined"));
            for (long seq = 2; seq <= 5; seq++) {
                delivery.deliver("m", event(seq, "participant-joined"));
                due.poll().run(); // the window ends with one event in it
            }
            due.poll().run(); // a window with nothing in it: the burst is over
            delivery.deliver("m", event(6, "hand-raised"));

            assertThat(delays).containsExactly(100L, 200L, 400L, 400L, 400L, 100L);
            assertThat(sent).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        }
        finally {
            thread.shutdownNow();
        }
    }

    @Test
    void aBurstIsOneEventsMessageWithTheLastSeqAndEveryEventLessTheMeetingIdItCarriesOnce() {
        var burst = List.of(event(55, "participant-joined"), event(56, "participant-joined"), event(57, "hand-raised"));

        var envelope = new String(TopicDelivery.envelope("m", burst), StandardCharsets.UTF_8);

        var json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(envelope);
        assertThat(json.path("type").asString()).isEqualTo("events");
        assertThat(json.path("seq").asLong()).isEqualTo(57);
        assertThat(json.path("meetingId").asString()).isEqualTo("m");
        assertThat(json.path("events").valueStream().map(e -> e.has("meetingId"))).containsOnly(false);
        assertThat(json.path("events").valueStream().map(e -> e.path("at").asString())).containsOnly("2026-12-03T12:00:00Z");
        assertThat(json.path("events").valueStream().map(e -> e.path("seq").asLong()).toList()).containsExactly(55L, 56L, 57L);
        assertThat(json.path("events").get(2).path("type").asString()).isEqualTo("hand-raised");
        assertThat(TopicDelivery.seqOf(event(1234, "x"))).isEqualTo(1234);
    }
}
