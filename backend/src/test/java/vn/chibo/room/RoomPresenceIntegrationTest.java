package vn.chibo.room;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import vn.chibo.meeting.MeetingId;
import vn.chibo.meeting.MeetingState;

import static org.assertj.core.api.Assertions.assertThat;

/** Presence in Redis with a TTL (R10), attendance facts, and resumption without gaps or duplicates. */
class RoomPresenceIntegrationTest extends RoomTestSupport {

    @Test
    void r10_aMemberOnTwoDevicesCountsOnce() throws Exception {
        var cell = new Cell(1, MeetingState.OPEN);
        var watcher = connect(cell.chairActor()).watch(cell.meeting);
        var phone = connect(cell.member(0));
        var laptop = connect(cell.member(0));

        phone.join(cell.meeting);
        laptop.join(cell.meeting);
        assertThat(watcher.event().path("type").asString()).isEqualTo("participant-joined");
        var second = watcher.event();
        assertThat(second.path("type").asString()).isEqualTo("participant-devices");
        assertThat(second.path("devices").asInt()).isEqualTo(2);

        var participants = watcher.snapshot(cell.meeting).path("participants");
        assertThat(participants).hasSize(1);
        assertThat(participants.get(0).path("devices").asInt()).isEqualTo(2);

        phone.send(cell.meeting, "leave", "{}");
        assertThat(phone.reply().path("type").asString()).isEqualTo("left");
        var fewer = watcher.event();
        assertThat(fewer.path("type").asString()).isEqualTo("participant-devices");
        assertThat(fewer.path("devices").asInt()).isEqualTo(1);

        laptop.close();
        var left = watcher.event();
        assertThat(left.path("type").asString()).isEqualTo("participant-left");
        assertThat(left.path("cause").asString()).isEqualTo("disconnected");
        assertThat(watcher.snapshot(cell.meeting).path("participants").get(0).path("present").asBoolean()).isFalse();
    }

    @org.springframework.beans.factory.annotation.Autowired
    vn.chibo.conferencing.LivePresence livePresence;

    @Test
    void r10_theVideoReconciliationCountsEachMemberPresentInTheRoomOnce() throws Exception {
        var cell = new Cell(2, MeetingState.OPEN);
        var watcher = connect(cell.chairActor()).watch(cell.meeting);
        assertThat(livePresence.count(cell.meeting)).hasValue(0);
        var phone = connect(cell.member(0));
        var laptop = connect(cell.member(0));
        var other = connect(cell.member(1));

        phone.join(cell.meeting);
        laptop.join(cell.meeting);
        other.join(cell.meeting);
        assertThat(livePresence.count(cell.meeting)).hasValue(2);

        other.send(cell.meeting, "leave", "{}");
        other.reply();
        phone.close();
        watcher.eventsUntil("participant-left");
        assertThat(livePresence.count(cell.meeting)).hasValue(1);
        assertThat(livePresence.count(MeetingId.random())).hasValue(0);
    }

    @org.springframework.beans.factory.annotation.Autowired
    RoomStore store;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.data.redis.core.StringRedisTemplate redis;

    @org.springframework.beans.factory.annotation.Autowired
    vn.chibo.shared.redis.RedisKeySpace keys;

    @Test
    void r10_oneHeartBeatCallRefreshesManyConnectionsAndNamesThoseNoLongerPresent() throws Exception {
        var cell = new Cell(2, MeetingState.OPEN);
        var first = connect(cell.member(0)).join(cell.meeting).path("connectionId").asString();
        var second = connect(cell.member(1)).join(cell.meeting).path("connectionId").asString();
        var presence = keys.key("room", "presence");
        var before = redis.opsForZSet().score(presence, cell.meeting + " " + first);
        redis.opsForZSet().remove(presence, cell.meeting + " " + second);
        Thread.sleep(5);

        var gone = store.heartbeats(List.of(new RoomStore.Present(cell.meeting, first),
                new RoomStore.Present(cell.meeting, second)));

        assertThat(gone).containsExactly(1);
        assertThat(redis.opsForZSet().score(presence, cell.meeting + " " + first)).isGreaterThan(before);
        assertThat(redis.opsForZSet().score(presence, cell.meeting + " " + second)).isNull();
    }

    @Test
    void r10_aSilentConnectionExpiresWithinTheTtlAndItsLeaveIsRecorded() throws Exception {
        var cell = new Cell(1, MeetingState.OPEN);
        var watcher = connect(cell.chairActor()).watch(cell.meeting);
        var silent = connectSilently(cell.member(0));
        var joined = silent.join(cell.meeting);
        assertThat(watcher.event().path("type").asString()).isEqualTo("participant-joined");
        var started = System.nanoTime();

        var left = watcher.poll(watcher.events, Duration.ofSeconds(8));

        assertThat(left).isNotNull();
        assertThat(left.path("type").asString()).isEqualTo("participant-left");
        assertThat(left.path("cause").asString()).isEqualTo("expired");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        var connection = joined.path("connectionId").asString();
        assertThat(awaitFacts(cell.meeting, 2)).containsExactly(
                "JOIN joined " + connection, "LEAVE expired " + connection);
    }

    @Test
    void r10_joinAndLeaveBecomeAttendanceFactsWithServerTimes() throws Exception {
        var cell = new Cell(1, MeetingState.OPEN);
        var member = connect(cell.member(0));
        var connection = member.join(cell.meeting).path("connectionId").asString();
        member.send(cell.meeting, "leave", "{}");
        member.reply();

        assertThat(awaitFacts(cell.meeting, 2)).containsExactly("JOIN joined " + connection, "LEAVE left " + connection);
        var times = jdbc.sql("select occurred_at from attendance.presence_fact where meeting_id = ? order by id")
                .param(cell.meeting.value()).query(java.sql.Timestamp.class).list();
        assertThat(times.get(1)).isAfterOrEqualTo(times.get(0));
        assertThat(jdbc.sql("select role from attendance.presence_fact where meeting_id = ? and kind = 'JOIN'")
                .param(cell.meeting.value()).query(String.class).single()).isEqualTo("MEMBER");
    }

    @Test
    void aReconnectingClientGetsExactlyTheEventsItMissed() throws Exception {
        var cell = new Cell(2, MeetingState.OPEN);
        var chair = connect(cell.chairActor()).watch(cell.meeting);
        var first = connect(cell.member(0)).watch(cell.meeting);
        first.join(cell.meeting);
        var lastSeen = first.event().path("seq").asLong();
        first.close();

        var other = connect(cell.member(1));
        other.join(cell.meeting);
        var all = new ArrayList<JsonNode>(chair.eventsUntil("participant-joined"));
        other.send(cell.meeting, "raise-hand", "{}");
        all.addAll(chair.eventsUntil("hand-raised"));
        chair.send(cell.meeting, "lock", "{}");
        all.addAll(chair.eventsUntil("room-lock-changed"));
        chair.send(cell.meeting, "agenda", "{\"itemId\":\"" + meetings.agenda(cell.meeting).get(0).id() + "\"}");
        all.addAll(chair.eventsUntil("agenda-item-changed"));
        var current = all.get(all.size() - 1).path("seq").asLong();

        var back = connect(cell.member(0)).watch(cell.meeting);
        var missed = back.since(cell.meeting, lastSeen);

        assertThat(missed.path("type").asString()).isEqualTo("missed");
        assertThat(missed.path("seq").asLong()).isEqualTo(current);
        var seqs = new ArrayList<Long>();
        missed.path("events").forEach(e -> seqs.add(e.path("seq").asLong()));
        var expected = new ArrayList<Long>();
        for (long s = lastSeen + 1; s <= current; s++) {
            expected.add(s);
        }
        assertThat(seqs).isEqualTo(expected);
        var types = new ArrayList<String>();
        missed.path("events").forEach(e -> types.add(e.path("type").asString()));
        assertThat(types).containsExactly("participant-left", "participant-joined", "hand-raised", "room-lock-changed",
                "agenda-item-changed");
        var seenByChair = all.stream().filter(e -> e.path("seq").asLong() > lastSeen).toList();
        assertThat(missed.path("events").valueStream().toList()).isEqualTo(seenByChair);

        assertThat(back.since(cell.meeting, current).path("events")).isEmpty();
        assertThat(back.since(cell.meeting, current + 5).path("type").asString()).isEqualTo("resync");
    }

    @Test
    void aClientTooFarBehindGetsAFreshSnapshot() throws Exception {
        var cell = new Cell(1, MeetingState.OPEN);
        var chair = connect(cell.chairActor()).watch(cell.meeting);
        for (int i = 0; i < 30; i++) {
            chair.send(cell.meeting, "lock", "{}");
            chair.event();
            chair.send(cell.meeting, "unlock", "{}");
            chair.event();
        }

        var answer = chair.since(cell.meeting, 1);

        assertThat(answer.path("type").asString()).isEqualTo("resync");
        assertThat(answer.path("snapshot").path("type").asString()).isEqualTo("snapshot");
        assertThat(answer.path("snapshot").path("seq").asLong()).isEqualTo(60);
    }

    List<String> awaitFacts(MeetingId meeting, int count) throws InterruptedException {
        List<String> facts = List.of();
        for (int i = 0; i < 100 && facts.size() < count; i++) {
            Thread.sleep(100);
            facts = jdbc.sql("select kind || ' ' || cause || ' ' || connection_id from attendance.presence_fact "
                    + "where meeting_id = ? and source = 'room' order by id").param(meeting.value()).query(String.class).list();
        }
        return facts;
    }
}
