package vn.chibo.attendance;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The stored facts of the ledger (schema {@code attendance}, table {@code presence_fact}). */
@Component
class JdbcLedger {

    private static final String UPSERT = """
            insert into attendance.presence_fact (event_key, source, kind, meeting_id, member_id, connection_id, cause,
                occurred_at, recorded_by)
            values (:key, :source, :kind, :meeting, :member, :connection, :cause, :at, :by)
            on conflict (event_key) do update set occurred_at = excluded.occurred_at, cause = excluded.cause
            """;

    private static final String FACTS = """
            select member_id, source, connection_id, kind, occurred_at, cause
            from attendance.presence_fact where meeting_id = :meeting order by occurred_at, id
            """;

    private static final String PRESENT_AT = """
            select distinct j.member_id from attendance.presence_fact j
            where j.meeting_id = :meeting and j.source = 'room' and j.kind = 'JOIN' and j.occurred_at <= :at
              and not exists (select 1 from attendance.presence_fact l
                              where l.meeting_id = j.meeting_id and l.source = 'room' and l.kind = 'LEAVE'
                                and l.connection_id = j.connection_id and l.occurred_at <= :at)
            """;

    private final JdbcClient jdbc;

    JdbcLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void upsert(String key, String source, PresenceFact.Kind kind, UUID meeting, UUID member, String connection,
            String cause, Instant at, String recordedBy) {
        jdbc.sql(UPSERT).param("key", key).param("source", source).param("kind", kind.name()).param("meeting", meeting)
                .param("member", member).param("connection", connection).param("cause", cause)
                .param("at", Timestamp.from(at)).param("by", recordedBy).update();
    }

    /** Every fact of the meeting, by member. */
    Map<UUID, List<PresenceFact>> factsOf(UUID meeting) {
        var rows = jdbc.sql(FACTS).param("meeting", meeting).query((rs, n) -> Map.entry(
                rs.getObject("member_id", UUID.class),
                new PresenceFact(rs.getString("source"), rs.getString("connection_id"),
                        PresenceFact.Kind.valueOf(rs.getString("kind")), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("cause")))).list();
        var byMember = new HashMap<UUID, List<PresenceFact>>();
        for (var row : rows) {
            byMember.computeIfAbsent(row.getKey(), k -> new java.util.ArrayList<>()).add(row.getValue());
        }
        return byMember;
    }

    Set<UUID> presentAt(UUID meeting, Instant at) {
        return jdbc.sql(PRESENT_AT).param("meeting", meeting).param("at", Timestamp.from(at))
                .query((rs, n) -> rs.getObject(1, UUID.class)).list().stream().collect(Collectors.toSet());
    }
}
