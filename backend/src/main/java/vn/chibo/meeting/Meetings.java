package vn.chibo.meeting;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import vn.chibo.shared.security.Actor;

/** What other modules (and the meeting module's own sub-features) may ask about meetings. */
public interface Meetings {

    Optional<MeetingSummary> find(MeetingId id);

    /** Meetings of these units (cells or groups) starting in [from, to), ordered by start. */
    List<MeetingSummary> of(Collection<UUID> unitIds, Instant from, Instant to);

    /** Whether the actor may see the meeting: a member of its cell/group, an invited guest, or above it. */
    boolean mayView(Actor actor, MeetingId id);

    /** Whether the actor runs the meeting: its chair, the cell's secretary/deputy, or the group's leader. */
    boolean mayManage(Actor actor, MeetingId id);

    /** The agenda in order (empty for an unknown meeting). */
    List<AgendaItemSummary> agenda(MeetingId id);

    /** Invited guests (member ids), who may enter the room besides the unit's members. */
    List<UUID> guests(MeetingId id);

    /** Whether the meeting's recording was turned on by the chair (R8). */
    boolean recordingEnabled(MeetingId id);

    /**
     * R4: whether a decision of this type and classification, taken by secret ballot or not, is refused in an
     * online-only meeting under the configured list of restricted types. The voting module asks before opening a
     * vote, so the list lives in one place. Without the configuration (a test double) everything is refused.
     */
    default boolean restrictedOnline(AgendaItemType type, Classification classification, boolean secretBallot) {
        return true;
    }

    /** R21: how many days before its meetings the cell publishes the documents (its rule; 1 without one). */
    default int documentLeadDays(UUID cellId) {
        return 1;
    }
}
