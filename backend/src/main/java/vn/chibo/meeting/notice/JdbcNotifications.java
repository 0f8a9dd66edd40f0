package vn.chibo.meeting.notice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Notifications and their mail outbox. */
@Repository
class JdbcNotifications {

    private static final String COLUMNS = """
            id, member_id, kind, meeting_id, title, body, created_at, read_at, email_to, email_status
            """;

    private static final String INSERT = """
            insert into meeting.notification (id, member_id, kind, meeting_id, title, body, created_at, email_to, email_status)
            values (:id, :memberId, :kind, :meetingId, :title, :body, :at, :emailTo, :emailStatus)
            """;

    private static final String OF_MEMBER = "select " + COLUMNS + """
             from meeting.notification where member_id = :memberId and (:unreadOnly = false or read_at is null)
             order by created_at desc, id limit :limit
            """;

    private static final String UNREAD_COUNT = "select count(*) from meeting.notification where member_id = :memberId and read_at is null";

    private static final String READ = """
            update meeting.notification set read_at = :at where id = :id and member_id = :memberId and read_at is null
            """;

    private static final String EXISTS = "select count(*) from meeting.notification where id = :id and member_id = :memberId";

    private static final String READ_ALL = """
            update meeting.notification set read_at = :at where member_id = :memberId and read_at is null
            """;

    /** One node at a time takes a batch; the others skip the locked rows and take the next ones. */
    private static final String CLAIM_PENDING = "select " + COLUMNS + """
             from meeting.notification where email_status = 'PENDING' order by created_at limit :limit
             for update skip locked
            """;

    private static final String MAIL_SENT = """
            update meeting.notification set email_status = 'SENT', email_sent_at = :at, email_attempts = email_attempts + 1
             where id = :id
            """;

    private static final String MAIL_FAILED = """
            update meeting.notification
               set email_attempts = email_attempts + 1,
                   email_status = case when email_attempts + 1 >= :maxAttempts then 'FAILED' else 'PENDING' end
             where id = :id
            """;

    private final JdbcClient jdbc;

    JdbcNotifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(UUID id, UUID memberId, NoticeKind kind, UUID meetingId, String title, String body, Instant createdAt,
            Instant readAt, String emailTo, String emailStatus) {
    }

    void insert(Row row) {
        jdbc.sql(INSERT).param("id", row.id()).param("memberId", row.memberId()).param("kind", row.kind().name())
                .param("meetingId", row.meetingId()).param("title", row.title()).param("body", row.body())
                .param("at", Timestamp.from(row.createdAt())).param("emailTo", row.emailTo())
                .param("emailStatus", row.emailStatus()).update();
    }

    List<Row> ofMember(UUID memberId, boolean unreadOnly, int limit) {
        return jdbc.sql(OF_MEMBER).param("memberId", memberId).param("unreadOnly", unreadOnly).param("limit", limit)
                .query(JdbcNotifications::row).list();
    }

    long unreadCount(UUID memberId) {
        return jdbc.sql(UNREAD_COUNT).param("memberId", memberId).query(Long.class).single();
    }

    /** False when the member has no such notification. */
    boolean markRead(UUID memberId, UUID id, Instant at) {
        jdbc.sql(READ).param("id", id).param("memberId", memberId).param("at", Timestamp.from(at)).update();
        return jdbc.sql(EXISTS).param("id", id).param("memberId", memberId).query(Long.class).single() > 0;
    }

    int markAllRead(UUID memberId, Instant at) {
        return jdbc.sql(READ_ALL).param("memberId", memberId).param("at", Timestamp.from(at)).update();
    }

    List<Row> claimPending(int limit) {
        return jdbc.sql(CLAIM_PENDING).param("limit", limit).query(JdbcNotifications::row).list();
    }

    void mailSent(UUID id, Instant at) {
        jdbc.sql(MAIL_SENT).param("id", id).param("at", Timestamp.from(at)).update();
    }

    void mailFailed(UUID id, int maxAttempts) {
        jdbc.sql(MAIL_FAILED).param("id", id).param("maxAttempts", maxAttempts).update();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        var read = rs.getTimestamp("read_at");
        return new Row(rs.getObject("id", UUID.class), rs.getObject("member_id", UUID.class),
                NoticeKind.valueOf(rs.getString("kind")), rs.getObject("meeting_id", UUID.class), rs.getString("title"),
                rs.getString("body"), rs.getTimestamp("created_at").toInstant(), read == null ? null : read.toInstant(),
                rs.getString("email_to"), rs.getString("email_status"));
    }
}
