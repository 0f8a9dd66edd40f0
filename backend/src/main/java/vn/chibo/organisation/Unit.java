package vn.chibo.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A node of the party tree as stored. {@code path} is the chain of ids from the root to the unit itself, each
 * followed by '/', so that "u lies in the subtree of a" is {@code u.path.startsWith(a.path)}.
 */
record Unit(UUID id, UnitKind kind, String code, String name, UUID parentId, String path, LocalDate validFrom,
        LocalDate dissolvedOn, UUID leaderMemberId, UUID deputyMemberId, long version) {

    static String pathOf(Unit parent, UUID id) {
        return (parent == null ? "" : parent.path()) + id + "/";
    }

    boolean isWithin(Unit ancestor) {
        return path.startsWith(ancestor.path());
    }

    boolean isStrictlyWithin(Unit ancestor) {
        return !id.equals(ancestor.id()) && isWithin(ancestor);
    }

    boolean dissolved() {
        return dissolvedOn != null;
    }

    /** Ancestor ids from the root, the unit itself excluded. */
    List<UUID> ancestors() {
        var ids = new ArrayList<UUID>();
        for (var part : path.split("/")) {
            if (!part.isEmpty()) {
                ids.add(UUID.fromString(part));
            }
        }
        ids.remove(ids.size() - 1);
        return ids;
    }

    /** Whether a unit of this kind may hang below a parent of the given kind (null: a root). */
    static boolean mayHangBelow(UnitKind kind, UnitKind parentKind) {
        return switch (kind) {
            case COMMITTEE -> parentKind == null || parentKind == UnitKind.COMMITTEE;
            case GRASSROOTS -> parentKind == UnitKind.COMMITTEE || parentKind == UnitKind.GRASSROOTS;
            case CELL -> parentKind == UnitKind.COMMITTEE || parentKind == UnitKind.GRASSROOTS;
            case PARTY_GROUP -> parentKind == UnitKind.CELL;
        };
    }

    UnitView view() {
        return new UnitView(id, kind, code, name, parentId, ancestors(), dissolved());
    }
}
