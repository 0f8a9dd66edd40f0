package vn.chibo.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tree's units and their history. */
@Repository
class JdbcUnits {

    private static final String COLUMNS = """
            id, kind, code, name, parent_id, path, valid_from, dissolved_on, leader_member_id, deputy_member_id, version
            """;

    private static final String BY_ID = "select " + COLUMNS + " from organisation.unit where id = :id";

    private static final String BY_IDS = "select " + COLUMNS + " from organisation.unit where id = any(cast(:ids as uuid[]))";

    private static final String BY_CODE = "select " + COLUMNS + " from organisation.unit where code = :code";

    private static final String BY_CODES = "select " + COLUMNS
            + " from organisation.unit where code = any(cast(:codes as text[]))";

    private static final String SUBTREES = "select " + COLUMNS + """
             from organisation.unit where path like any(cast(:prefixes as text[])) order by path
            """;

    private static final String INSERT = """
            insert into organisation.unit (id, kind, code, name, parent_id, path, valid_from)
            values (:id, :kind, :code, :name, :parentId, :path, :validFrom)
            on conflict do nothing
            """;

    private static final String RENAME = "update organisation.unit set name = :name, version = version + 1 where id = :id";

    /** Rewrites the path of the unit and everything below it in one statement. */
    private static final String MOVE_SUBTREE = """
            update organisation.unit
               set path = :newPath || substr(path, length(:oldPath) + 1), version = version + 1,
                   parent_id = case when id = :id then :parentId else parent_id end
             where path like :oldPath || '%'
            """;

    private static final String DISSOLVE = "update organisation.unit set dissolved_on = :date, version = version + 1 where id = :id";

    private static final String LEADERS = """
            update organisation.unit set leader_member_id = :leader, deputy_member_id = :deputy, version = version + 1
             where id = :id
            """;

    private static final String LIVE_CHILDREN = """
            select count(*) from organisation.unit where parent_id = :id and dissolved_on is null
            """;

    private static final String CURRENT_MEMBER_COUNTS = """
            select m.cell_id, m.group_id, count(*) as n
              from organisation.membership m
             where m.valid_to is null
             group by m.cell_id, m.group_id
            """;

    private static final String HISTORY = """
            select event, valid_from, valid_to, name, parent_id, changed_by
              from organisation.unit_history where unit_id = :id order by id
            """;

    private static final String CLOSE_HISTORY = """
            update organisation.unit_history set valid_to = :date
             where unit_id = :id and valid_to is null
            """;

    private static final String LAST_HISTORY_START = """
            select max(valid_from) from organisation.unit_history where unit_id = :id
            """;

    private static final String ADD_HISTORY = """
            insert into organisation.unit_history (unit_id, event, valid_from, valid_to, name, parent_id, changed_by)
            values (:id, :event, :validFrom, :validTo, :name, :parentId, :by)
            """;

    private final JdbcClient jdbc;

    JdbcUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Unit> find(UUID id) {
        return jdbc.sql(BY_ID).param("id", id).query(JdbcUnits::unit).optional();
    }

    Map<UUID, Unit> findAll(Collection<UUID> ids) {
        var found = new HashMap<UUID, Unit>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql(BY_IDS).param("ids", ids.stream().map(UUID::toString).toArray(String[]::new)).query(JdbcUnits::unit).list()
                .forEach(u -> found.put(u.id(), u));
        return found;
    }

    Map<String, Unit> findByCodes(Collection<String> codes) {
        var found = new HashMap<String, Unit>();
        if (!codes.isEmpty()) {
            jdbc.sql(BY_CODES).param("codes", codes.toArray(String[]::new)).query(JdbcUnits::unit).list()
                    .forEach(u -> found.put(u.code(), u));
        }
        return found;
    }

    Optional<Unit> findByCode(String code) {
        return jdbc.sql(BY_CODE).param("code", code).query(JdbcUnits::unit).optional();
    }

    /** Every unit in the subtrees of the given units (themselves included), ordered by path. */
    List<Unit> subtrees(Collection<Unit> roots) {
        if (roots.isEmpty()) {
            return List.of();
        }
        var prefixes = roots.stream().map(u -> u.path() + "%").distinct().toArray(String[]::new);
        return jdbc.sql(SUBTREES).param("prefixes", prefixes).query(JdbcUnits::unit).list();
    }

    boolean insert(Unit unit) {
        return jdbc.sql(INSERT).param("id", unit.id()).param("kind", unit.kind().name()).param("code", unit.code())
                .param("name", unit.name()).param("parentId", unit.parentId()).param("path", unit.path())
                .param("validFrom", unit.validFrom()).update() == 1;
    }

    void rename(UUID id, String name) {
        jdbc.sql(RENAME).param("id", id).param("name", name).update();
    }

    void moveSubtree(Unit unit, Unit newParent) {
        jdbc.sql(MOVE_SUBTREE).param("id", unit.id()).param("parentId", newParent.id())
                .param("oldPath", unit.path()).param("newPath", Unit.pathOf(newParent, unit.id())).update();
    }

    void dissolve(UUID id, LocalDate date) {
        jdbc.sql(DISSOLVE).param("id", id).param("date", date).update();
    }

    void setLeaders(UUID id, UUID leader, UUID deputy) {
        jdbc.sql(LEADERS).param("id", id).param("leader", leader).param("deputy", deputy).update();
    }

    long liveChildren(UUID id) {
        return jdbc.sql(LIVE_CHILDREN).param("id", id).query(Long.class).single();
    }

    /** Current member counts of every unit in the list, counting a unit's whole subtree. */
    Map<UUID, Long> memberCounts(List<Unit> units) {
        var counts = new HashMap<UUID, Long>();
        var byId = new HashMap<UUID, Unit>();
        units.forEach(u -> byId.put(u.id(), u));
        var cells = new HashMap<UUID, Long>();
        jdbc.sql(CURRENT_MEMBER_COUNTS).query((rs, n) -> {
            var cell = rs.getObject("cell_id", UUID.class);
            var group = rs.getObject("group_id", UUID.class);
            long count = rs.getLong("n");
            cells.merge(cell, count, Long::sum);
            if (group != null) {
                counts.merge(group, count, Long::sum);
            }
            return null;
        }).list();
        // a cell's members count for the cell and every ancestor of it
        var cellUnits = findAll(cells.keySet());
        cells.forEach((cellId, count) -> {
            var cell = cellUnits.get(cellId);
            if (cell == null) {
                return;
            }
            for (var part : cell.path().split("/")) {
                var id = UUID.fromString(part);
                if (byId.containsKey(id)) {
                    counts.merge(id, count, Long::sum);
                }
            }
        });
        return counts;
    }

    List<UnitHistoryEntry> history(UUID id) {
        return jdbc.sql(HISTORY).param("id", id).query((rs, n) -> new UnitHistoryEntry(
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                rs.getString("name"), rs.getObject("parent_id", UUID.class), rs.getString("event"),
                rs.getString("changed_by"))).list();
    }

    Optional<LocalDate> lastHistoryStart(UUID id) {
        return Optional.ofNullable(jdbc.sql(LAST_HISTORY_START).param("id", id).query(LocalDate.class).single());
    }

    /** Ends the open period of the unit's history at {@code date} and opens the next one. */
    void addHistory(UUID id, String event, LocalDate date, String name, UUID parentId, String by) {
        jdbc.sql(CLOSE_HISTORY).param("id", id).param("date", date).update();
        jdbc.sql(ADD_HISTORY).param("id", id).param("event", event).param("validFrom", date)
                .param("validTo", event.equals("DISSOLVED") ? date : null).param("name", name)
                .param("parentId", parentId).param("by", by).update();
    }

    private static Unit unit(ResultSet rs, int row) throws SQLException {
        return new Unit(rs.getObject("id", UUID.class), UnitKind.valueOf(rs.getString("kind")), rs.getString("code"),
                rs.getString("name"), rs.getObject("parent_id", UUID.class), rs.getString("path"),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("dissolved_on", LocalDate.class),
                rs.getObject("leader_member_id", UUID.class), rs.getObject("deputy_member_id", UUID.class),
                rs.getLong("version"));
    }

    record UnitHistoryEntry(LocalDate validFrom, LocalDate validTo, String name, UUID parentId, String event,
            String by) {
    }
}
