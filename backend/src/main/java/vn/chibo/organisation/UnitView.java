package vn.chibo.organisation;

import java.util.List;
import java.util.UUID;

/** A unit of the tree as other modules see it today; {@code path} lists its ancestors from the root. */
public record UnitView(UUID id, UnitKind kind, String code, String name, UUID parentId, List<UUID> path,
        boolean dissolved) {

    public UnitView {
        path = List.copyOf(path);
    }
}
