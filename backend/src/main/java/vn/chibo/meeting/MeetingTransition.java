package vn.chibo.meeting;

import java.util.Set;

import static vn.chibo.meeting.MeetingState.CANCELLED;
import static vn.chibo.meeting.MeetingState.DRAFT;
import static vn.chibo.meeting.MeetingState.ENDED;
import static vn.chibo.meeting.MeetingState.IN_PROGRESS;
import static vn.chibo.meeting.MeetingState.MINUTES_ADOPTED;
import static vn.chibo.meeting.MeetingState.POSTPONED;
import static vn.chibo.meeting.MeetingState.SCHEDULED;

/** The legal moves of the meeting lifecycle (docs/meetings.md): from which states, to which. */
enum MeetingTransition {
    SCHEDULE(SCHEDULED, DRAFT),
    OPEN(MeetingState.OPEN, SCHEDULED),
    START(IN_PROGRESS, MeetingState.OPEN),
    END(ENDED, MeetingState.OPEN, IN_PROGRESS),
    CANCEL(CANCELLED, DRAFT, SCHEDULED, MeetingState.OPEN),
    POSTPONE(POSTPONED, SCHEDULED, MeetingState.OPEN),
    ADOPT_MINUTES(MINUTES_ADOPTED, ENDED);

    private final MeetingState to;
    private final Set<MeetingState> from;

    MeetingTransition(MeetingState to, MeetingState... from) {
        this.to = to;
        this.from = Set.of(from);
    }

    MeetingState to() {
        return to;
    }

    boolean allowedFrom(MeetingState state) {
        return from.contains(state);
    }

    /** Lower-case name as the REST paths and problem details spell it. */
    String label() {
        return name().toLowerCase().replace('_', '-');
    }

    /** The audit action of the transition, e.g. {@code meeting-cancelled}. */
    String auditAction() {
        return "meeting-" + switch (this) {
            case SCHEDULE -> "scheduled";
            case OPEN -> "opened";
            case START -> "started";
            case END -> "ended";
            case CANCEL -> "cancelled";
            case POSTPONE -> "postponed";
            case ADOPT_MINUTES -> "minutes-adopted";
        };
    }

    static boolean editable(MeetingState state) {
        return state == DRAFT || state == SCHEDULED;
    }

    static boolean over(MeetingState state) {
        return state == ENDED || state == MINUTES_ADOPTED || state == CANCELLED || state == POSTPONED;
    }

    static boolean counts(MeetingState state) {
        return state != CANCELLED && state != POSTPONED;
    }

    static boolean held(MeetingState state) {
        return state == ENDED || state == MINUTES_ADOPTED;
    }
}
