package vn.chibo.meeting.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Feed tokens (hashed) per member, and the meetings' versions that become SEQUENCE numbers. */
@Repository
class JdbcCalendarFeeds {

    private static final String ISSUE = """
            insert into meeting.calendar_feed (member_id, token_hash, issued_at) values (:memberId, :hash, :at)
            on conflict (member_id) do update set token_hash = excluded.token_hash, issued_at = excluded.issued_at
            """;

    private static final String ISSUED_AT = "select issued_at from meeting.calendar_feed where member_id = :memberId";

    private static final String MEMBER_BY_HASH = "select member_id from meeting.calendar_feed where token_hash = :hash";

    private static final String REVOKE = "delete from meeting.calendar_feed where member_id = :memberId";

    private static final String VERSIONS = "select id, version from meeting.meeting where id = any(cast(:ids as uuid[]))";

    private final JdbcClient jdbc;

    JdbcCalendarFeeds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void issue(UUID memberId, String tokenHash, Instant at) {
        jdbc.sql(ISSUE).param("memberId", memberId).param("hash", tokenHash).param("at", Timestamp.from(at)).update();
    }

    Optional<Instant> issuedAt(UUID memberId) {
        return jdbc.sql(ISSUED_AT).param("memberId", memberId).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    Optional<UUID> memberByTokenHash(String tokenHash) {
        return jdbc.sql(MEMBER_BY_HASH).param("hash", tokenHash).query(UUID.class).optional();
    }

    boolean revoke(UUID memberId) {
        return jdbc.sql(REVOKE).param("memberId", memberId).update() > 0;
    }

    Map<UUID, Long> versions(Collection<UUID> meetingIds) {
        var versions = new HashMap<UUID, Long>();
        if (!meetingIds.isEmpty()) {
            jdbc.sql(VERSIONS).param("ids", meetingIds.toArray(UUID[]::new))
                    .query((rs, n) -> versions.put(rs.getObject("id", UUID.class), rs.getLong("version"))).list();
        }
        return versions;
    }
}
