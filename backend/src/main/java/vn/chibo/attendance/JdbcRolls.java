package vn.chibo.attendance;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Roll-call storage: the draft entries, the confirmed snapshot and its appended corrections. */
@Component
class JdbcRolls {

    record Entry(UUID memberId, RollStatus status, String reason, int version) {
    }

    record Confirmation(UUID meetingId, Instant confirmedAt, String confirmedBy) {
    }

    private static final String ENTRIES = """
            select member_id, status, reason, version from attendance.roll_entry where meeting_id = :meeting
            """;

    private static final String INSERT_ENTRY = """
            insert into attendance.roll_entry (meeting_id, member_id, status, reason, updated_by, updated_at, version)
            values (:meeting, :member, :status, :reason, :by, :at, 1)
            on conflict (meeting_id, member_id) do nothing
            """;

    private static final String UPDATE_ENTRY = """
            update attendance.roll_entry set status = :status, reason = :reason, updated_by = :by, updated_at = :at,
                   version = version + 1
            where meeting_id = :meeting and member_id = :member and version = :version
            """;

    private static final String CONFIRMATION = """
            select meeting_id, confirmed_at, confirmed_by from attendance.roll_confirmation where meeting_id = :meeting
            """;

    private static final String INSERT_CONFIRMATION = """
            insert into attendance.roll_confirmation (meeting_id, confirmed_at, confirmed_by, snapshot)
            values (:meeting, :at, :by, cast(:snapshot as jsonb))
            on conflict (meeting_id) do nothing
            """;

    private static final String INSERT_LINE = """
            insert into attendance.roll_line (meeting_id, member_id, full_name, guest, status, reason, version)
            values (:meeting, :member, :name, :guest, :status, :reason, :version)
            """;

    /** The snapshot's lines with the latest correction of each member applied. */
    private static final String CURRENT_LINES = """
            select l.member_id, l.full_name, l.guest, coalesce(c.status, l.status) as status,
                   case when c.id is null then l.reason else c.reason end as reason,
                   coalesce(c.version, l.version) as version
            from attendance.roll_line l
            left join lateral (select * from attendance.roll_correction c
                               where c.meeting_id = l.meeting_id and c.member_id = l.member_id
                               order by c.version desc limit 1) c on true
            where l.meeting_id = :meeting
            order by l.guest, l.full_name, l.member_id
            """;

    private static final String INSERT_CORRECTION = """
            insert into attendance.roll_correction (meeting_id, member_id, status, reason, version, corrected_by,
                corrected_at, note)
            values (:meeting, :member, :status, :reason, :version, :by, :at, :note)
            on conflict (meeting_id, member_id, version) do nothing
            """;

    record Line(UUID memberId, String fullName, boolean guest, RollStatus status, String reason, int version) {
    }

    private final JdbcClient jdbc;

    JdbcRolls(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<UUID, Entry> entries(UUID meeting) {
        var map = new HashMap<UUID, Entry>();
        jdbc.sql(ENTRIES).param("meeting", meeting).query((rs, n) -> new Entry(rs.getObject("member_id", UUID.class),
                RollStatus.valueOf(rs.getString("status")), rs.getString("reason"), rs.getInt("version"))).list()
                .forEach(e -> map.put(e.memberId(), e));
        return map;
    }

    /** Sets a draft line if its version is still {@code version} (0: never set); false when someone was first. */
    boolean setEntry(UUID meeting, UUID member, RollStatus status, String reason, int version, String by, Instant at) {
        var statement = jdbc.sql(version == 0 ? INSERT_ENTRY : UPDATE_ENTRY).param("meeting", meeting)
                .param("member", member).param("status", status.name()).param("reason", reason).param("by", by)
                .param("at", Timestamp.from(at));
        if (version != 0) {
            statement = statement.param("version", version);
        }
        return statement.update() == 1;
    }

    Optional<Confirmation> confirmation(UUID meeting) {
        return jdbc.sql(CONFIRMATION).param("meeting", meeting).query((rs, n) -> new Confirmation(
                rs.getObject("meeting_id", UUID.class), rs.getTimestamp("confirmed_at").toInstant(),
                rs.getString("confirmed_by"))).optional();
    }

    /** Stores the snapshot once; false when the roll was already confirmed. */
    boolean confirm(UUID meeting, Instant at, String by, String snapshotJson, List<Line> lines) {
        var inserted = jdbc.sql(INSERT_CONFIRMATION).param("meeting", meeting).param("at", Timestamp.from(at))
                .param("by", by).param("snapshot", snapshotJson).update() == 1;
        if (!inserted) {
            return false;
        }
        for (var line : lines) {
            jdbc.sql(INSERT_LINE).param("meeting", meeting).param("member", line.memberId())
                    .param("name", line.fullName()).param("guest", line.guest()).param("status", line.status().name())
                    .param("reason", line.reason()).param("version", line.version()).update();
        }
        return true;
    }

    List<Line> currentLines(UUID meeting) {
        return jdbc.sql(CURRENT_LINES).param("meeting", meeting).query((rs, n) -> new Line(
                rs.getObject("member_id", UUID.class), rs.getString("full_name"), rs.getBoolean("guest"),
                RollStatus.valueOf(rs.getString("status")), rs.getString("reason"), rs.getInt("version"))).list();
    }

    /** Appends a correction with the next version; false when another correction took that version first. */
    boolean correct(UUID meeting, UUID member, RollStatus status, String reason, int version, String by, Instant at,
            String note) {
        return jdbc.sql(INSERT_CORRECTION).param("meeting", meeting).param("member", member)
                .param("status", status.name()).param("reason", reason).param("version", version).param("by", by)
                .param("at", Timestamp.from(at)).param("note", note).update() == 1;
    }

    String snapshot(UUID meeting) {
        return jdbc.sql("select snapshot::text from attendance.roll_confirmation where meeting_id = :meeting")
                .param("meeting", meeting).query(String.class).single();
    }
}
