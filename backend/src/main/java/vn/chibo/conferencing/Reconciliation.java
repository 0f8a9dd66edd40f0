package vn.chibo.conferencing;

import java.time.Clock;
import java.util.OptionalInt;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

import vn.chibo.meeting.MeetingState;
import vn.chibo.meeting.Meetings;

/**
 * Every {@code chibo.jitsi.reconciliation.interval}, for each live room (meeting open or in progress): one node
 * claims the room (a row claim in PostgreSQL, so any number of nodes may run this), asks Jitsi how many are in
 * it ({@code /room-size}), and compares with the connections our webhooks hold open and with the live room's
 * presence ({@link LivePresence}, when provided). A mismatch is stored as a discrepancy — Jitsi's answer never
 * becomes attendance by itself. A room whose meeting has ended meanwhile gets its dangling intervals closed.
 */
@Component
class Reconciliation implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);

    private final JitsiProperties properties;
    private final JitsiRoomClient client;
    private final JdbcVideoRooms rooms;
    private final JdbcJitsiIntervals intervals;
    private final JdbcDiscrepancies discrepancies;
    private final MeetingRooms meetingRooms;
    private final Meetings meetings;
    private final ObjectProvider<LivePresence> presence;
    private final Clock clock;

    Reconciliation(JitsiProperties properties, JitsiRoomClient client, JdbcVideoRooms rooms,
            JdbcJitsiIntervals intervals, JdbcDiscrepancies discrepancies, MeetingRooms meetingRooms,
            Meetings meetings, ObjectProvider<LivePresence> presence, Clock clock) {
        this.properties = properties;
        this.client = client;
        this.rooms = rooms;
        this.intervals = intervals;
        this.discrepancies = discrepancies;
        this.meetingRooms = meetingRooms;
        this.meetings = meetings;
        this.presence = presence;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (properties.enabled() && client.configured()) {
            var interval = properties.reconciliation().interval();
            registrar.addFixedDelayTask(this::reconcileQuietly, interval);
        }
    }

    private void reconcileQuietly() {
        try {
            reconcile();
        } catch (RuntimeException e) {
            log.warn("Jitsi reconciliation failed: {}", e.getMessage());
        }
    }

    /** One pass over the live rooms; returns how many discrepancies it recorded. */
    int reconcile() {
        var recorded = 0;
        var hold = properties.reconciliation().interval().dividedBy(2);
        for (var room : rooms.live()) {
            if (!rooms.claim(room.roomName(), clock.instant(), hold)) {
                continue;
            }
            var meeting = meetings.find(room.meetingId()).orElse(null);
            if (meeting == null || (meeting.state() != MeetingState.OPEN && meeting.state() != MeetingState.IN_PROGRESS)) {
                if (meeting != null) {
                    meetingRooms.ended(meeting);
                } else {
                    rooms.setLive(room.meetingId(), false);
                }
                continue;
            }
            OptionalInt jitsi;
            try {
                jitsi = client.roomSize(room.roomName());
            } catch (JitsiRoomClient.JitsiUnavailable e) {
                log.info("Reconciliation of {} skipped: {}", room.roomName(), e.getMessage());
                continue;
            }
            var ours = intervals.openInMainRoom(room.roomName());
            var live = presence.getIfAvailable() == null ? OptionalInt.empty() : presence.getObject().count(room.meetingId());
            var jitsiCount = jitsi.orElse(0);
            if (jitsiCount != ours || (live.isPresent() && live.getAsInt() != jitsiCount)) {
                discrepancies.record(room.meetingId(), room.roomName(), new JdbcDiscrepancies.Discrepancy(clock.instant(),
                        jitsi.isPresent() ? jitsi.getAsInt() : null, ours, live.isPresent() ? live.getAsInt() : null));
                recorded++;
            }
        }
        return recorded;
    }
}
