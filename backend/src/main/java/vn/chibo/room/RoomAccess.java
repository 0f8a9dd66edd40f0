package vn.chibo.room;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import vn.chibo.meeting.MeetingId;
import vn.chibo.meeting.MeetingSummary;
import vn.chibo.meeting.Meetings;
import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.shared.security.Actor;

/**
 * Who may do what in a room. The meeting module decides who may view (members of the cell or group, guests,
 * the upper committees) and who runs the meeting; the room adds the role: someone who may view but is neither
 * a member of the meeting's unit, a guest, the chair nor the minute-taker is an observer (a reviewer).
 * A meeting's summary and guests are kept for {@code chibo.room.summary-ttl} (bounded, and dropped as soon as
 * the meeting changes), so that many members deciding at once ask the meeting module for them once.
 */
@Component
class RoomAccess {

    private static final int MAX_SUMMARIES = 10_000;

    private record Summary(Optional<MeetingSummary> meeting, List<UUID> guests, long tick, long readAtNanos) {
    }

    private final Meetings meetings;
    private final OrganisationDirectory directory;
    private final RoomInvalidations invalidations;
    private final long summaryTtlNanos;
    private final ConcurrentHashMap<MeetingId, Summary> summaries = new ConcurrentHashMap<>();

    RoomAccess(Meetings meetings, OrganisationDirectory directory, RoomInvalidations invalidations,
            RoomProperties properties) {
        this.meetings = meetings;
        this.directory = directory;
        this.invalidations = invalidations;
        this.summaryTtlNanos = properties.summaryTtl().toNanos();
    }

    Access of(Actor actor, MeetingId id) {
        var summary = summary(id);
        var meeting = summary.meeting().orElseThrow(RoomRefusal::meetingNotFound);
        if (!meetings.mayView(actor, id)) {
            throw RoomRefusal.accessDenied();
        }
        var manage = meetings.mayManage(actor, id);
        return new Access(actor, meeting, role(actor.memberId(), meeting, summary.guests(), manage), manage);
    }

    private Summary summary(MeetingId id) {
        var now = System.nanoTime();
        var kept = summaries.get(id);
        if (kept != null && now - kept.readAtNanos() < summaryTtlNanos && invalidations.stillGood(id, kept.tick())) {
            return kept;
        }
        var tick = invalidations.tick();
        var meeting = meetings.find(id);
        var guests = meeting.isPresent() ? List.copyOf(meetings.guests(id)) : List.<UUID>of();
        var read = new Summary(meeting, guests, tick, now);
        if (summaries.size() >= MAX_SUMMARIES) {
            summaries.values().removeIf(s -> now - s.readAtNanos() >= summaryTtlNanos);
        }
        if (summaries.size() < MAX_SUMMARIES) {
            summaries.put(id, read);
        }
        return read;
    }

    private String role(UUID memberId, MeetingSummary meeting, List<UUID> guests, boolean manage) {
        if (memberId == null) {
            return Access.OBSERVER;
        }
        if (memberId.equals(meeting.chairMemberId()) || (meeting.chairMemberId() == null && manage)) {
            return Access.CHAIR;
        }
        if (memberId.equals(meeting.minuteTakerMemberId())) {
            return Access.MINUTE_TAKER;
        }
        if (belongs(memberId, meeting) || manage) {
            return Access.MEMBER;
        }
        if (guests.contains(memberId)) {
            return Access.GUEST;
        }
        return Access.OBSERVER;
    }

    private boolean belongs(UUID memberId, MeetingSummary meeting) {
        var groupMeeting = !Objects.equals(meeting.unitId(), meeting.cellId());
        return directory.member(memberId)
                .map(m -> groupMeeting ? meeting.unitId().equals(m.groupId()) : meeting.cellId().equals(m.cellId()))
                .orElse(false);
    }
}
