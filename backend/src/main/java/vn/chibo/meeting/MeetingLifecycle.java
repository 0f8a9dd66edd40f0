package vn.chibo.meeting;

import vn.chibo.shared.security.Actor;

/**
 * The transitions the live room drives (the chair's controls). Each checks that the actor may manage the
 * meeting and that the transition is legal from the current state, records it with a server timestamp and
 * publishes the matching {@link MeetingEvents} event; a refusal is a {@link vn.chibo.shared.DomainException}.
 */
public interface MeetingLifecycle {

    /** scheduled → open: the room opens, members may enter. */
    MeetingSummary open(MeetingId id, Actor actor);

    /** open → in progress: the chair starts the meeting ({@code startedAt} is set). */
    MeetingSummary start(MeetingId id, Actor actor);

    /** open or in progress → ended ({@code endedAt} is set). */
    MeetingSummary end(MeetingId id, Actor actor);

    /** ended → minutes adopted: the minutes module calls this once the minutes are adopted and signed. */
    MeetingSummary minutesAdopted(MeetingId id, Actor actor);

    /** R8: the chair turns recording on or off; refused while the agenda holds an inspection item. */
    MeetingSummary setRecording(MeetingId id, boolean enabled, Actor actor);
}
