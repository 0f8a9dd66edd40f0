package vn.chibo.conferencing;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.MediaType;

import tools.jackson.databind.json.JsonMapper;

import vn.chibo.conferencing.JitsiPresenceChanged.Closure;
import vn.chibo.meeting.MeetingState;
import vn.chibo.meeting.MeetingSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The scheduled comparison of Jitsi's live count with ours, against a local fake Prosody. */
class ReconciliationTest extends ConferencingTestSupport {

    @Autowired
    JitsiProperties properties;

    @Autowired
    JdbcVideoRooms rooms;

    @Autowired
    JdbcDiscrepancies discrepancies;

    @Autowired
    MeetingRooms meetingRooms;

    @Autowired
    JsonMapper json;

    final FakeProsody prosody = newProsody();

    @AfterEach
    void stop() {
        prosody.close();
    }

    @Test
    void recordsADiscrepancyWhenJitsiCountsOtherwiseThanOurWebhooksAndTheLiveRoom() throws Exception {
        var agreeing = cell(MeetingState.IN_PROGRESS);
        var disagreeing = cell(MeetingState.OPEN);
        rooms.register(agreeing.meeting().videoRoom(), agreeing.meeting().id(), true, clock.instant());
        rooms.register(disagreeing.meeting().videoRoom(), disagreeing.meeting().id(), true, clock.instant());
        joined(agreeing, agreeing.chair().id().toString(), "a1");
        joined(disagreeing, disagreeing.chair().id().toString(), "b1");
        prosody.rooms.put(agreeing.meeting().videoRoom(), 1);
        prosody.rooms.put(disagreeing.meeting().videoRoom(), 3);
        LivePresence presence = meeting -> meeting.equals(disagreeing.meeting().id()) ? OptionalInt.of(2) : OptionalInt.of(1);

        reconciliation(presence).reconcile();

        assertThat(discrepancies.ofMeeting(agreeing.meeting().id())).isEmpty();
        assertThat(discrepancies.ofMeeting(disagreeing.meeting().id())).singleElement().satisfies(d -> {
            assertThat(d.jitsiCount()).isEqualTo(3);
            assertThat(d.webhookCount()).isEqualTo(1);
            assertThat(d.presenceCount()).isEqualTo(2);
        });
        mvc.perform(get("/api/meetings/{id}/video-report", disagreeing.meeting().id().value())
                        .with(as(actorOf(disagreeing.chair()))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.discrepancies[0].jitsiCount").value(3))
                .andExpect(jsonPath("$.intervals.length()").value(1));
        mvc.perform(get("/api/meetings/{id}/video-report", disagreeing.meeting().id().value())
                .with(as(actorOf(disagreeing.member())))).andExpect(status().isForbidden());
    }

    @Test
    void aRoomJitsiNoLongerHoldsWhileWeStillSeeSomeoneIsADiscrepancyWithoutJitsiCount() throws Exception {
        var cell = cell(MeetingState.IN_PROGRESS);
        rooms.register(cell.meeting().videoRoom(), cell.meeting().id(), true, clock.instant());
        joined(cell, cell.member().id().toString(), "c1");

        reconciliation(null).reconcile();

        assertThat(discrepancies.ofMeeting(cell.meeting().id())).singleElement().satisfies(d -> {
            assertThat(d.jitsiCount()).isNull();
            assertThat(d.presenceCount()).isNull();
        });
    }

    @Test
    void onlyOneNodeReconcilesARoomPerInterval() {
        var cell = cell(MeetingState.IN_PROGRESS);
        rooms.register(cell.meeting().videoRoom(), cell.meeting().id(), true, clock.instant());
        prosody.rooms.put(cell.meeting().videoRoom(), 2);

        reconciliation(null).reconcile();
        reconciliation(null).reconcile();
        assertThat(discrepancies.ofMeeting(cell.meeting().id())).hasSize(1);

        clock.advance(properties.reconciliation().interval());
        reconciliation(null).reconcile();
        assertThat(discrepancies.ofMeeting(cell.meeting().id())).hasSize(2);
    }

    @Test
    void aMeetingThatEndedWithoutUsNoticingGetsItsDanglingIntervalsClosed() throws Exception {
        var cell = cell(MeetingState.IN_PROGRESS);
        rooms.register(cell.meeting().videoRoom(), cell.meeting().id(), true, clock.instant());
        joined(cell, cell.member().id().toString(), "d1");
        var m = cell.meeting();
        meetings.put(new MeetingSummary(m.id(), m.unitId(), m.cellId(), m.kind(), m.mode(), MeetingState.ENDED, m.title(),
                m.startsAt(), m.endsAt(), m.startedAt(), m.endsAt(), m.chairMemberId(), m.minuteTakerMemberId(),
                m.place(), m.videoRoom(), m.onlinePilot()));

        reconciliation(null).reconcile();

        assertThat(intervals.ofMeeting(m.id())).singleElement().satisfies(i -> {
            assertThat(i.leftAt()).isEqualTo(m.endsAt());
            assertThat(i.closedBy()).isEqualTo(Closure.MEETING_ENDED);
        });
        assertThat(rooms.live()).noneMatch(r -> r.meetingId().equals(m.id()));
    }

    private Reconciliation reconciliation(LivePresence presence) {
        // generous: every test's live rooms are in the shared database, and the machine may be busy
        var client = new JitsiRoomClient(new JitsiProperties.Rest(prosody.baseUrl(), "meet.jitsi", Duration.ofSeconds(5),
                Duration.ofSeconds(10), 1000, Duration.ofSeconds(30)), "meet.jitsi", json, clock);
        var beans = new StaticListableBeanFactory(presence == null ? Map.of() : Map.of("presence", presence));
        return new Reconciliation(properties, client, rooms, intervals, discrepancies, meetingRooms,
                meetings, beans.getBeanProvider(LivePresence.class), clock);
    }

    private void joined(Cell cell, String memberId, String connection) throws Exception {
        var room = EventSyncPayloads.mainRoom(cell.meeting().videoRoom());
        mvc.perform(post("/api/jitsi/events/occupant/joined").header("Authorization", "Bearer " + WEBHOOK_SECRET)
                .contentType(MediaType.APPLICATION_JSON).content(room.joined(EventSyncPayloads.occupant(
                        connection + "-" + cell.meeting().id().value().toString().substring(0, 8), memberId, "X",
                        clock.instant().getEpochSecond()), 1)))
                .andExpect(status().isOk());
    }

    private static FakeProsody newProsody() {
        try {
            return new FakeProsody();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
