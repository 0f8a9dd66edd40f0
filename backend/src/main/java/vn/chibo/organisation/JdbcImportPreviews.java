package vn.chibo.organisation;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Import previews waiting for their commit: the parsed rows and the report, until they expire. */
@Repository
class JdbcImportPreviews {

    private static final String INSERT = """
            insert into organisation.import_preview
                   (id, unit_id, file_name, created_by, expires_at, row_count, valid, rows, report)
            values (:id, :unit, :fileName, :by, :expires, :rowCount, :valid, cast(:rows as jsonb), cast(:report as jsonb))
            """;

    private static final String LOCK = """
            select id, unit_id, file_name, expires_at, committed_at, valid, rows::text as rows
              from organisation.import_preview where id = :id for update
            """;

    private static final String MARK_COMMITTED = "update organisation.import_preview set committed_at = now(), rows = '[]' where id = :id";

    private static final String PURGE = "delete from organisation.import_preview where expires_at < :now";

    private final JdbcClient jdbc;

    JdbcImportPreviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Stored(UUID id, UUID unitId, String fileName, Instant expiresAt, Instant committedAt, boolean valid,
            String rowsJson) {
    }

    void insert(UUID id, UUID unit, String fileName, UUID by, Instant expires, int rowCount, boolean valid,
            String rowsJson, String reportJson) {
        jdbc.sql(INSERT).param("id", id).param("unit", unit).param("fileName", fileName).param("by", by)
                .param("expires", java.sql.Timestamp.from(expires)).param("rowCount", rowCount).param("valid", valid)
                .param("rows", rowsJson).param("report", reportJson).update();
    }

    Optional<Stored> lock(UUID id) {
        return jdbc.sql(LOCK).param("id", id).query((rs, n) -> new Stored(rs.getObject("id", UUID.class),
                rs.getObject("unit_id", UUID.class), rs.getString("file_name"),
                rs.getTimestamp("expires_at").toInstant(),
                rs.getTimestamp("committed_at") == null ? null : rs.getTimestamp("committed_at").toInstant(),
                rs.getBoolean("valid"), rs.getString("rows"))).optional();
    }

    void markCommitted(UUID id) {
        jdbc.sql(MARK_COMMITTED).param("id", id).update();
    }

    int purgeExpired(Instant now) {
        return jdbc.sql(PURGE).param("now", java.sql.Timestamp.from(now)).update();
    }
}
