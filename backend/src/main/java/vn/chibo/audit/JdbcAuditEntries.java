package vn.chibo.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The rows of {@code audit.entry}: appended under a lock, streamed for verification, searched for review. */
@Repository
class JdbcAuditEntries {

    /** Any fixed number: the one advisory lock every node takes before appending, so the chain never forks. */
    static final long APPEND_LOCK = 0x61756469745f6c6fL; // "audit_lo"

    static final String LOCK = "select pg_advisory_xact_lock(:lock)";

    static final String HEAD = """
            select seq, hash, clock_timestamp() as now from audit.entry order by seq desc limit 1
            """;

    static final String NOW = "select clock_timestamp()";

    static final String INSERT = """
            insert into audit.entry (seq, at, recorded_at, actor_account_id, actor_username, action, object_type,
                                     object_id, unit_id, origin, details, canonical, prev_hash, hash)
            values (:seq, :at, :recordedAt, :actorAccountId, :actorUsername, :action, :objectType,
                    :objectId, :unitId, :origin, cast(:details as jsonb), :canonical, :prevHash, :hash)
            """;

    static final String REMEMBER_UNIT = "insert into audit.entry_unit (unit_id) values (:unitId) on conflict do nothing";

    static final String COLUMNS = """
            seq, at, recorded_at, actor_account_id, actor_username, action, object_type, object_id, unit_id, origin,
            details::text as details, canonical, prev_hash, hash
            """;

    static final String ALL_IN_ORDER = "select " + COLUMNS + " from audit.entry order by seq";

    static final String FILTER = """
            where (cast(:from as timestamptz) is null or at >= cast(:from as timestamptz))
              and (cast(:to as timestamptz) is null or at < cast(:to as timestamptz))
              and (cast(:actor as text) is null or actor_username = cast(:actor as text))
              and (cast(:objectType as text) is null or object_type = cast(:objectType as text))
              and (cast(:objectId as text) is null or object_id = cast(:objectId as text))
              and (cast(:action as text) is null or action = cast(:action as text))
              and (cast(:units as uuid[]) is null or unit_id = any (cast(:units as uuid[])))
            """;

    static final String PAGE = "select " + COLUMNS + " from audit.entry " + FILTER
            + " order by seq desc limit :limit offset :offset";

    static final String COUNT = "select count(*) from audit.entry " + FILTER;

    static final String UNITS = "select unit_id from audit.entry_unit";

    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final JsonMapper json;

    JdbcAuditEntries(JdbcClient jdbc, DataSource dataSource, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        // PostgreSQL streams a result with a cursor only inside a transaction and with a fetch size
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(1000);
    }

    /** Takes the append lock for the rest of the current transaction. */
    void lockForAppend() {
        jdbc.sql(LOCK).param("lock", APPEND_LOCK).query().singleRow();
    }

    record Head(long seq, String hash, Instant now) {
    }

    /** The last entry (or the genesis) and the database clock, read after {@link #lockForAppend()}. */
    Head head() {
        return jdbc.sql(HEAD).query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash"), instant(rs, "now")))
                .optional()
                .orElseGet(() -> new Head(0, CanonicalForm.GENESIS,
                        jdbc.sql(NOW).query((rs, n) -> instant(rs, 1)).single()));
    }

    void insert(AuditEntry entry) {
        jdbc.sql(INSERT)
                .param("seq", entry.seq())
                .param("at", offset(entry.at()))
                .param("recordedAt", offset(entry.recordedAt()))
                .param("actorAccountId", entry.actorAccountId())
                .param("actorUsername", entry.actorUsername())
                .param("action", entry.action())
                .param("objectType", entry.objectType())
                .param("objectId", entry.objectId())
                .param("unitId", entry.unitId())
                .param("origin", entry.origin())
                .param("details", json.writeValueAsString(entry.details()))
                .param("canonical", entry.canonical())
                .param("prevHash", entry.prevHash())
                .param("hash", entry.hash())
                .update();
        if (entry.unitId() != null) {
            jdbc.sql(REMEMBER_UNIT).param("unitId", entry.unitId()).update();
        }
    }

    /** Hands every entry to {@code each} in chain order, holding only one fetch-size batch in memory at a time. */
    void streamInOrder(Consumer<AuditEntry> each) {
        streaming.query(ALL_IN_ORDER, rs -> {
            each.accept(entry(rs));
        });
    }

    record Filter(Instant from, Instant to, String actor, String objectType, String objectId, String action,
            Collection<UUID> units) {
    }

    List<AuditEntry> page(Filter filter, int page, int size) {
        return bind(jdbc.sql(PAGE), filter).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> entry(rs)).list();
    }

    long count(Filter filter) {
        return bind(jdbc.sql(COUNT), filter).query(Long.class).single();
    }

    List<UUID> unitsSeen() {
        return jdbc.sql(UNITS).query(UUID.class).list();
    }

    Optional<AuditEntry> bySeq(long seq) {
        return jdbc.sql("select " + COLUMNS + " from audit.entry where seq = :seq").param("seq", seq)
                .query((rs, n) -> entry(rs)).optional();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, Filter f) {
        return sql.param("from", f.from() == null ? null : offset(f.from()))
                .param("to", f.to() == null ? null : offset(f.to()))
                .param("actor", f.actor())
                .param("objectType", f.objectType())
                .param("objectId", f.objectId())
                .param("action", f.action())
                .param("units", f.units() == null ? null
                        : f.units().stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")));
    }

    private AuditEntry entry(ResultSet rs) throws SQLException {
        Map<String, String> details = json.readValue(rs.getString("details"), DETAILS);
        return new AuditEntry(rs.getLong("seq"), instant(rs, "at"), instant(rs, "recorded_at"),
                rs.getObject("actor_account_id", UUID.class), rs.getString("actor_username"), rs.getString("action"),
                rs.getString("object_type"), rs.getString("object_id"), rs.getObject("unit_id", UUID.class),
                rs.getString("origin"), new TreeMap<>(details), rs.getString("canonical"), rs.getString("prev_hash"),
                rs.getString("hash"));
    }

    private static OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atOffset(java.time.ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
