package vn.chibo.meeting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import vn.chibo.meeting.MeetingRefusals.TransitionNotAllowed;
import vn.chibo.shared.time.VietnamTime;

/** A meeting as stored; transitions answer the changed meeting or refuse with a domain exception. */
record Meeting(UUID id, UUID unitId, UUID cellId, MeetingKind kind, MeetingMode mode, MeetingState state,
        String title, Instant startsAt, Instant endsAt, Instant startedAt, Instant endedAt, String place,
        String videoRoom, UUID chairMemberId, UUID minuteTakerMemberId, boolean onlinePilot, UUID authorisationId,
        boolean recordingEnabled, boolean fromSchedule, String stateReason, UUID postponedToId, String createdBy,
        long version) {

    MeetingId meetingId() {
        return new MeetingId(id);
    }

    boolean partyGroup() {
        return !unitId.equals(cellId);
    }

    /** The meeting's date in Vietnam, the date rules (R1, R20, R24) are judged on. */
    LocalDate date() {
        return startsAt.atZone(VietnamTime.ZONE).toLocalDate();
    }

    int plannedMinutes() {
        return (int) Duration.between(startsAt, endsAt).toMinutes();
    }

    Meeting apply(MeetingTransition transition, Instant at, String reason) {
        if (!transition.allowedFrom(state)) {
            throw new TransitionNotAllowed(state, transition.label());
        }
        var started = transition == MeetingTransition.START ? at : startedAt;
        var ended = transition == MeetingTransition.END ? at : endedAt;
        if (transition == MeetingTransition.END && started == null) {
            started = at; // ended straight from open: nothing was held in between
        }
        var recording = transition == MeetingTransition.END || transition == MeetingTransition.CANCEL
                || transition == MeetingTransition.POSTPONE ? false : recordingEnabled;
        return new Meeting(id, unitId, cellId, kind, mode, transition.to(), title, startsAt, endsAt, started, ended,
                place, videoRoom, chairMemberId, minuteTakerMemberId, onlinePilot, authorisationId, recording,
                fromSchedule, reason == null ? stateReason : reason, postponedToId, createdBy, version);
    }

    Meeting withRecording(boolean enabled) {
        return new Meeting(id, unitId, cellId, kind, mode, state, title, startsAt, endsAt, startedAt, endedAt, place,
                videoRoom, chairMemberId, minuteTakerMemberId, onlinePilot, authorisationId, enabled, fromSchedule,
                stateReason, postponedToId, createdBy, version);
    }

    Meeting postponedTo(UUID replacement) {
        return new Meeting(id, unitId, cellId, kind, mode, state, title, startsAt, endsAt, startedAt, endedAt, place,
                videoRoom, chairMemberId, minuteTakerMemberId, onlinePilot, authorisationId, recordingEnabled,
                fromSchedule, stateReason, replacement, createdBy, version);
    }

    MeetingSummary summary() {
        return new MeetingSummary(meetingId(), unitId, cellId, kind, mode, state, title, startsAt, endsAt, startedAt,
                endedAt, chairMemberId, minuteTakerMemberId, place, videoRoom, onlinePilot);
    }

    private static final java.security.SecureRandom ROOM_NAMES = new java.security.SecureRandom();

    /**
     * A new meeting's video room: random, so that knowing a meeting's id (it travels in links and notices) does
     * not give away its Jitsi room; 96 bits, lower case as Prosody compares room names.
     */
    static String newVideoRoom() {
        var bytes = new byte[12];
        ROOM_NAMES.nextBytes(bytes);
        return "chibo-" + java.util.HexFormat.of().formatHex(bytes);
    }
}
