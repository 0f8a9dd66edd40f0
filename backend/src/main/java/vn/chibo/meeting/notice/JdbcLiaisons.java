package vn.chibo.meeting.notice;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** R21: the upper committee's member assigned to each cell. */
@Repository
class JdbcLiaisons {

    private static final String FIND = "select cell_id, member_id, set_by, set_at from meeting.cell_liaison where cell_id = :cellId";

    private static final String UPSERT = """
            insert into meeting.cell_liaison (cell_id, member_id, set_by, set_at) values (:cellId, :memberId, :by, :at)
            on conflict (cell_id) do update set member_id = excluded.member_id, set_by = excluded.set_by,
                   set_at = excluded.set_at, version = meeting.cell_liaison.version + 1
            """;

    private static final String INSERT_IF_ABSENT = """
            insert into meeting.cell_liaison (cell_id, member_id, set_by, set_at) values (:cellId, :memberId, :by, :at)
            on conflict (cell_id) do nothing
            """;

    private static final String DELETE = "delete from meeting.cell_liaison where cell_id = :cellId";

    private final JdbcClient jdbc;

    JdbcLiaisons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Liaison(UUID cellId, UUID memberId, String setBy, Instant setAt) {
    }

    Optional<Liaison> find(UUID cellId) {
        return jdbc.sql(FIND).param("cellId", cellId).query((rs, n) -> new Liaison(rs.getObject("cell_id", UUID.class),
                rs.getObject("member_id", UUID.class), rs.getString("set_by"), rs.getTimestamp("set_at").toInstant()))
                .optional();
    }

    void set(UUID cellId, UUID memberId, String by, Instant at) {
        jdbc.sql(UPSERT).param("cellId", cellId).param("memberId", memberId).param("by", by)
                .param("at", Timestamp.from(at)).update();
    }

    boolean setIfAbsent(UUID cellId, UUID memberId, String by, Instant at) {
        return jdbc.sql(INSERT_IF_ABSENT).param("cellId", cellId).param("memberId", memberId).param("by", by)
                .param("at", Timestamp.from(at)).update() == 1;
    }

    void clear(UUID cellId) {
        jdbc.sql(DELETE).param("cellId", cellId).update();
    }
}
