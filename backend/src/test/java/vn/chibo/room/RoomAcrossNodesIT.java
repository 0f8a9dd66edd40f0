package vn.chibo.room;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import vn.chibo.meeting.MeetingId;
import vn.chibo.testing.PackagedApplication;
import vn.chibo.testing.TestServices;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance 1 of the live room: two application processes share PostgreSQL and Redis; a member on node A sees
 * the chair's events from node B in order; node A is killed; its member's presence is gone within one TTL; the
 * member reconnects to node B and resumes with no gap and no duplicate.
 */
class RoomAcrossNodesIT {

    static final Path JAR = Path.of(System.getProperty("chibo.e2e.jar", "target/chibo.jar")).toAbsolutePath();
    static final String RUN = TestServices.newRunId();
    static final String DATABASE = "chibo_rooms_" + RUN;
    static final String REDIS_PREFIX = "chibo:rooms:" + RUN + ":";
    static final String BITHU_TOTP = "PH4N4XYU4RN3AYR7MVRREHRCZDGV7V7Z";
    static final String DANGVIEN_TOTP = "ZX4KOZ66IMGQZH7OVV6LIZFVBTKUKDIZ";

    static PackagedApplication nodeA;
    static PackagedApplication nodeB;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        TestServices.createDatabase(DATABASE);
        var environment = PackagedApplication.environment("SPRING_PROFILES_ACTIVE", "demo", "ROOM_PRESENCE_TTL", "3s",
                // a busy test machine: give Redis more than the default 2 s at start-up
                "SPRING_DATA_REDIS_CONNECTTIMEOUT", "10s", "SPRING_DATA_REDIS_TIMEOUT", "10s");
        nodeA = PackagedApplication.start("room-node-a", JAR, DATABASE, REDIS_PREFIX, environment);
        nodeB = PackagedApplication.start("room-node-b", JAR, DATABASE, REDIS_PREFIX, environment);
    }

    @AfterAll
    static void stopNodes() throws Exception {
        for (var node : new PackagedApplication[] { nodeA, nodeB }) {
            if (node != null) {
                node.close();
            }
        }
        TestServices.dropDatabase(DATABASE);
        TestServices.deleteRedisKeys(REDIS_PREFIX);
    }

    @Test
    void aMemberOnOneNodeFollowsTheChairOnAnotherSurvivesTheNodesDeathAndResumesWithoutGapOrDuplicate() throws Exception {
        var chairLogin = DemoLogin.as(nodeB.baseUrl(), "bithu", BITHU_TOTP);
        var memberLogin = DemoLogin.as(nodeA.baseUrl(), "dangvien", DANGVIEN_TOTP);
        var meeting = liveMeeting(chairLogin);

        try (var chair = RoomClient.connect(nodeB.port(), chairLogin.session()).watch(meeting);
                var member = RoomClient.connect(nodeA.port(), memberLogin.session()).watch(meeting)) {
            var start = chair.snapshot(meeting).path("seq").asLong();
            chair.send(meeting, "open", "{}");
            chair.eventsUntil("meeting-state-changed");
            member.join(meeting);
            chair.eventsUntil("participant-joined");
            var items = member.snapshot(meeting).path("agenda");
            for (int i = 0; i < 3; i++) {
                chair.send(meeting, "agenda", "{\"itemId\":\"" + items.get(i).path("id").asString() + "\"}");
                chair.eventsUntil("agenda-item-changed");
            }
            var seenByChair = new ArrayList<JsonNode>();
            var seenByMember = new ArrayList<JsonNode>();
            for (int i = 0; i < 5; i++) {
                seenByMember.add(member.event());
            }
            assertThat(seqs(seenByMember)).containsExactly(start + 1, start + 2, start + 3, start + 4, start + 5);
            var lastSeen = start + 5;

            nodeA.kill();
            var killedAt = System.nanoTime();
            var left = chair.eventsUntil("participant-left");
            assertThat(left.get(left.size() - 1).path("cause").asString()).isEqualTo("expired");
            assertThat(Duration.ofNanos(System.nanoTime() - killedAt)).isLessThan(Duration.ofSeconds(3 + 3));
            seenByChair.addAll(left);
            chair.send(meeting, "agenda", "{\"itemId\":\"" + items.get(3).path("id").asString() + "\"}");
            seenByChair.addAll(chair.eventsUntil("agenda-item-changed"));

            try (var back = RoomClient.connect(nodeB.port(), memberLogin.session()).watch(meeting)) {
                var missed = back.since(meeting, lastSeen);
                assertThat(missed.path("type").asString()).isEqualTo("missed");
                var events = missed.path("events").valueStream().toList();
                var expected = new ArrayList<Long>();
                for (long s = lastSeen + 1; s <= missed.path("seq").asLong(); s++) {
                    expected.add(s);
                }
                assertThat(seqs(events)).isEqualTo(expected);
                assertThat(events).isEqualTo(seenByChair.stream().filter(e -> e.path("seq").asLong() > lastSeen).toList());
                assertThat(back.join(meeting).path("type").asString()).isEqualTo("joined");
            }
        }
    }

    private static MeetingId liveMeeting(DemoLogin chair) throws Exception {
        var from = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(1));
        var to = from.plus(Duration.ofDays(3));
        var list = chair.get("/api/meetings?from=" + DemoLogin.query(from.toString()) + "&to=" + DemoLogin.query(to.toString()));
        for (var meeting : list) {
            if (meeting.path("title").asString().contains("thông qua nghị quyết tháng")
                    && "SCHEDULED".equals(meeting.path("state").asString())) {
                return new MeetingId(java.util.UUID.fromString(meeting.path("id").asString()));
            }
        }
        throw new IllegalStateException("no live demo meeting in " + list);
    }

    private static List<Long> seqs(List<JsonNode> events) {
        return events.stream().map(e -> e.path("seq").asLong()).toList();
    }
}
