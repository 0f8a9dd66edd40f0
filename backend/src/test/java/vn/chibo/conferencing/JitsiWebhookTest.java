package vn.chibo.conferencing;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;

import vn.chibo.conferencing.EventSyncPayloads.Occupant;
import vn.chibo.conferencing.JitsiPresenceChanged.Closure;
import vn.chibo.meeting.MeetingState;
import vn.chibo.meeting.MeetingSummary;
import vn.chibo.shared.audit.AuditEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** event_sync webhooks, posted exactly as Prosody posts them, become exact intervals, anomalies and facts. */
class JitsiWebhookTest extends ConferencingTestSupport {

    static final String PREFIX = "/api/jitsi";
    static final long T0 = ConferencingDoubles.NOW.getEpochSecond();

    @Autowired
    JdbcVideoRooms rooms;

    @Autowired
    MeetingRooms meetingRooms;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents published;

    Cell cell;
    EventSyncPayloads main;

    @BeforeEach
    void openMeetingWithItsRoom() {
        cell = cell(MeetingState.IN_PROGRESS);
        rooms.register(cell.meeting().videoRoom(), cell.meeting().id(), true, clock.instant());
        main = EventSyncPayloads.mainRoom(cell.meeting().videoRoom());
    }

    @Test
    void aFullMeetingWithRejoinsDuplicatesOutOfOrderDeliveryALostLeftAndABreakoutRoomBecomesExactIntervals() throws Exception {
        var chair = cell.chair().id().toString();
        var member = cell.member().id().toString();
        var taker = cell.minuteTaker().id().toString();
        var a1 = EventSyncPayloads.occupant("a1a1-chair", chair, "Bí thư", T0 + 10);
        var b1 = EventSyncPayloads.occupant("b1b1-member", member, "Đảng viên", T0 + 20);
        var b2 = EventSyncPayloads.occupant("b2b2-member", member, "Đảng viên", T0 + 320);
        var c1 = EventSyncPayloads.occupant("c1c1-taker", taker, "Thư ký", T0 + 30);
        var c2 = EventSyncPayloads.occupant("c2c2-taker", taker, "Thư ký", T0 + 601);
        var c3 = EventSyncPayloads.occupant("c3c3-taker", taker, "Thư ký", T0 + 905);
        var breakout = main.breakout("7c4e5b1a-0f2d-4c7e-9a55-2f1b3c4d5e6f");

        post("/events/room/created", main.created(T0)).andExpect(jsonPath("$.outcome").value("ACCEPTED"));
        post("/events/room/created", main.created(T0)).andExpect(jsonPath("$.outcome").value("DUPLICATE"));
        post("/events/occupant/joined", main.joined(a1, 1));
        post("/events/occupant/joined", main.joined(a1, 1)).andExpect(jsonPath("$.outcome").value("DUPLICATE"));
        // the member's `left` overtakes its `joined`
        post("/events/occupant/left", main.left(b1.leftAt(T0 + 300), 1));
        post("/events/occupant/joined", main.joined(b1, 2));
        post("/events/occupant/joined", main.joined(b2, 2));
        post("/events/occupant/joined", main.joined(c1, 3));
        // the minute-taker goes to a breakout room and comes back
        post("/events/occupant/left", main.left(c1.leftAt(T0 + 600), 2));
        post("/events/room/created", breakout.created(T0 + 601));
        post("/events/occupant/joined", breakout.joined(c2, 1));
        post("/events/occupant/left", breakout.left(c2.leftAt(T0 + 900), 0));
        post("/events/room/destroyed", breakout.destroyed(T0 + 601, T0 + 901, c2.leftAt(T0 + 900)));
        post("/events/occupant/joined", main.joined(c3, 3));
        // Prosody restarted: the chair's `left` never comes, and the room's record lost the chair; the member's
        // last `left` was lost too, but the room's record still has it
        post("/events/room/destroyed", main.destroyed(T0, T0 + 3600, b2.leftAt(T0 + 3500), c3));
        post("/events/room/destroyed", main.destroyed(T0, T0 + 3600, b2.leftAt(T0 + 3500), c3))
                .andExpect(jsonPath("$.outcome").value("DUPLICATE"));

        var stored = intervals.ofMeeting(cell.meeting().id()).stream()
                .sorted(Comparator.comparing(JdbcJitsiIntervals.Interval::joinedAt)).toList();
        assertThat(stored).extracting(i -> i.memberId().toString(), JdbcJitsiIntervals.Interval::breakoutRoomId,
                JdbcJitsiIntervals.Interval::joinedAt, JdbcJitsiIntervals.Interval::leftAt,
                JdbcJitsiIntervals.Interval::closedBy).containsExactly(
                tuple(chair, "", at(10), at(3600), Closure.ROOM_DESTROYED),
                tuple(member, "", at(20), at(300), Closure.LEFT),
                tuple(taker, "", at(30), at(600), Closure.LEFT),
                tuple(member, "", at(320), at(3500), Closure.LEFT),
                tuple(taker, "7c4e5b1a-0f2d-4c7e-9a55-2f1b3c4d5e6f", at(601), at(900), Closure.LEFT),
                tuple(taker, "", at(905), at(3600), Closure.ROOM_DESTROYED));

        assertThat(jdbc.sql("select count(*) from conferencing.jitsi_event where meeting_id = :m")
                .param("m", cell.meeting().id().value()).query(Integer.class).single()).isEqualTo(13);

        // the attendance module, replaying what was published, ends with exactly the stored intervals
        var lastPublished = new HashMap<UUID, JitsiPresenceChanged>();
        published.stream(JitsiPresenceChanged.class).filter(e -> e.meetingId().equals(cell.meeting().id()))
                .forEach(e -> lastPublished.put(e.intervalId(), e));
        assertThat(lastPublished.values()).hasSize(6).allSatisfy(e -> {
            var interval = stored.stream().filter(i -> i.id().equals(e.intervalId())).findFirst().orElseThrow();
            assertThat(e.joinedAt()).isEqualTo(interval.joinedAt());
            assertThat(e.leftAt()).isEqualTo(interval.leftAt());
            assertThat(e.closedBy()).isEqualTo(interval.closedBy());
            assertThat(e.memberId()).isEqualTo(interval.memberId());
        });
    }

    @Test
    void anOccupantWhoIsNotOneOfOurMembersIsAnAnomalyNeverAttendance() throws Exception {
        var stranger = EventSyncPayloads.occupant("x1x1-guest", "not-a-member", "Khách lạ", T0 + 5);
        var unknownId = EventSyncPayloads.occupant("y1y1-guest", UUID.randomUUID().toString(), "Người lạ", T0 + 6);
        post("/events/occupant/joined", main.joined(stranger, 1));
        post("/events/occupant/joined", main.joined(unknownId, 2));
        post("/events/room/destroyed", main.destroyed(T0, T0 + 60, stranger.leftAt(T0 + 50), unknownId.leftAt(T0 + 55)));

        assertThat(intervals.ofMeeting(cell.meeting().id())).isEmpty();
        assertThat(events.anomaliesOf(cell.meeting().id()))
                .extracting(JdbcJitsiEvents.Anomaly::kind, JdbcJitsiEvents.Anomaly::occupantId,
                        JdbcJitsiEvents.Anomaly::occupantName, JdbcJitsiEvents.Anomaly::occurrences)
                .containsExactlyInAnyOrder(
                        tuple(JdbcJitsiEvents.AnomalyKind.UNKNOWN_OCCUPANT, "not-a-member", "Khách lạ", 2),
                        tuple(JdbcJitsiEvents.AnomalyKind.UNKNOWN_OCCUPANT, unknownId.id(), "Người lạ", 2));
        assertThat(published.stream(JitsiPresenceChanged.class)
                .filter(e -> e.meetingId().equals(cell.meeting().id()))).isEmpty();
    }

    @Test
    void eventsOfARoomNoMeetingOwnsAreKeptAsAnomalies() throws Exception {
        var unknown = EventSyncPayloads.mainRoom("somebodys-private-room-" + UUID.randomUUID().toString().substring(0, 8));
        post("/events/room/created", unknown.created(T0)).andExpect(jsonPath("$.outcome").value("UNKNOWN_ROOM"));
        post("/events/occupant/joined", unknown.joined(
                EventSyncPayloads.occupant("z1z1-x", cell.member().id().toString(), "Đảng viên", T0 + 1), 1));

        assertThat(jdbc.sql("select kind, occurrences from conferencing.jitsi_anomaly where room_name = :r")
                .param("r", unknown.room).query((rs, n) -> rs.getString(1) + "×" + rs.getInt(2)).list())
                .containsExactly("UNKNOWN_ROOM×2");
        assertThat(jdbc.sql("select count(*) from conferencing.jitsi_interval where room_name = :r")
                .param("r", unknown.room).query(Integer.class).single()).isZero();
    }

    @Test
    void aWrongOrMissingBearerSecretIsRefusedWith401AndAudited() throws Exception {
        var body = main.created(T0 + 1);
        for (var authorization : new String[] { "Bearer wrong-secret", null, "Basic " + WEBHOOK_SECRET, WEBHOOK_SECRET }) {
            var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(PREFIX + "/events/room/created").contentType(MediaType.APPLICATION_JSON).content(body);
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            mvc.perform(request).andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.code").value("webhook-unauthorized"));
        }
        assertThat(published.stream(AuditEvent.class).filter(e -> e.action().equals("jitsi-webhook-refused")))
                .hasSize(4).allSatisfy(e -> assertThat(e.details()).containsEntry("path", PREFIX + "/events/room/created"));
        assertThat(jdbc.sql("select count(*) from conferencing.jitsi_event where room_name = :r")
                .param("r", main.room).query(Integer.class).single()).isZero();
    }

    @Test
    void aMalformedEventIsRefusedAsABadRequestAndNothingIsStored() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(PREFIX + "/events/occupant/joined").header("Authorization", "Bearer " + WEBHOOK_SECRET)
                .contentType(MediaType.APPLICATION_JSON).content("{\"event_name\":\"muc-occupant-joined\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("invalid-webhook"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(PREFIX + "/events/occupant/joined").header("Authorization", "Bearer " + WEBHOOK_SECRET)
                .contentType(MediaType.APPLICATION_JSON).content(main.created(T0)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theMeetingsEndClosesIntervalsJitsiNeverClosedAndALateLeftStillCorrectsThem() throws Exception {
        var chair = EventSyncPayloads.occupant("d1d1-chair", cell.chair().id().toString(), "Bí thư", T0 + 10);
        var member = EventSyncPayloads.occupant("e1e1-member", cell.member().id().toString(), "Đảng viên", T0 + 20);
        post("/events/occupant/joined", main.joined(chair, 1));
        post("/events/occupant/joined", main.joined(member, 2));

        meetingRooms.ended(ended(cell.meeting(), at(5400)));

        assertThat(intervals.ofMeeting(cell.meeting().id())).extracting(JdbcJitsiIntervals.Interval::leftAt,
                JdbcJitsiIntervals.Interval::closedBy).containsOnly(tuple(at(5400), Closure.MEETING_ENDED));
        assertThat(published.stream(JitsiPresenceChanged.class)
                .filter(e -> e.closedBy() == Closure.MEETING_ENDED && e.meetingId().equals(cell.meeting().id())))
                .hasSize(2).allSatisfy(e -> assertThat(e.eventKey()).startsWith("meeting-ended|"));
        assertThat(rooms.live()).noneMatch(r -> r.meetingId().equals(cell.meeting().id()));

        post("/events/occupant/left", main.left(member.leftAt(T0 + 5460), 1));
        assertThat(intervals.ofMeeting(cell.meeting().id())).extracting(i -> i.memberId(), JdbcJitsiIntervals.Interval::leftAt,
                JdbcJitsiIntervals.Interval::closedBy).containsExactlyInAnyOrder(
                tuple(cell.chair().id(), at(5400), Closure.MEETING_ENDED),
                tuple(cell.member().id(), at(5460), Closure.LEFT));
    }

    @Test
    void theMeetingEndedEventFromTheMeetingModuleClosesTheCallsOpenIntervals(
            @Autowired org.springframework.transaction.support.TransactionTemplate transactions,
            @Autowired org.springframework.context.ApplicationEventPublisher publisher) throws Exception {
        post("/events/occupant/joined", main.joined(
                EventSyncPayloads.occupant("f1f1-member", cell.member().id().toString(), "Đảng viên", T0 + 20), 1));

        transactions.executeWithoutResult(status -> publisher.publishEvent(
                new vn.chibo.meeting.MeetingEvents.MeetingEnded(ended(cell.meeting(), at(5400)))));

        var deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (intervals.ofMeeting(cell.meeting().id()).get(0).leftAt() == null && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(intervals.ofMeeting(cell.meeting().id())).singleElement()
                .satisfies(i -> assertThat(i.closedBy()).isEqualTo(Closure.MEETING_ENDED));
    }

    private ResultActions post(String path, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(PREFIX + path)
                        .header("Authorization", "Bearer " + WEBHOOK_SECRET).header("User-Agent", "Prosody (0.12.4; posix)")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk());
    }

    private static Instant at(long secondsAfterT0) {
        return Instant.ofEpochSecond(T0 + secondsAfterT0);
    }

    private static MeetingSummary ended(MeetingSummary m, Instant endedAt) {
        return new MeetingSummary(m.id(), m.unitId(), m.cellId(), m.kind(), m.mode(), MeetingState.ENDED, m.title(),
                m.startsAt(), m.endsAt(), m.startedAt(), endedAt, m.chairMemberId(), m.minuteTakerMemberId(), m.place(),
                m.videoRoom(), m.onlinePilot());
    }
}
