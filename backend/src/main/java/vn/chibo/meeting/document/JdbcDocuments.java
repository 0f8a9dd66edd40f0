package vn.chibo.meeting.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.chibo.meeting.Classification;

/** Document metadata and content; the bytes are only read by {@link #content}. */
@Repository
class JdbcDocuments {

    private static final String COLUMNS = """
            id, meeting_id, agenda_item_id, file_name, content_type, size_bytes, sha256, classification,
            uploaded_at, published_at, published_late, withdrawn_at
            """;

    private static final String INSERT = """
            insert into meeting.document (id, meeting_id, agenda_item_id, file_name, content_type, size_bytes, sha256,
                                          classification, uploaded_by, uploaded_at)
            values (:id, :meetingId, :itemId, :fileName, :contentType, :size, :sha256, :classification, :by, :at)
            """;

    private static final String INSERT_CONTENT = "insert into meeting.document_content (document_id, content) values (:id, :content)";

    private static final String BY_ID = "select " + COLUMNS + " from meeting.document where id = :id and meeting_id = :meetingId";

    private static final String OF_MEETING = "select " + COLUMNS + """
             from meeting.document where meeting_id = :meetingId and withdrawn_at is null order by uploaded_at, id
            """;

    private static final String CONTENT = "select content from meeting.document_content where document_id = :id";

    private static final String PUBLISH = """
            update meeting.document set published_at = :at, published_by = :by, published_late = :late, version = version + 1
             where id = :id and published_at is null and withdrawn_at is null
            """;

    private static final String WITHDRAW = """
            update meeting.document set withdrawn_at = :at, withdrawn_by = :by, version = version + 1
             where id = :id and withdrawn_at is null
            """;

    private final JdbcClient jdbc;

    JdbcDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(UUID id, UUID meetingId, UUID agendaItemId, String fileName, String contentType, long size, String sha256,
            Classification classification, Instant uploadedAt, Instant publishedAt, boolean publishedLate,
            Instant withdrawnAt) {

        AgendaDocument view() {
            return new AgendaDocument(id, agendaItemId, fileName, contentType, size, sha256, classification, uploadedAt,
                    publishedAt, publishedLate);
        }

        boolean published() {
            return publishedAt != null;
        }
    }

    void insert(Row row, String by, byte[] content) {
        jdbc.sql(INSERT).param("id", row.id()).param("meetingId", row.meetingId()).param("itemId", row.agendaItemId())
                .param("fileName", row.fileName()).param("contentType", row.contentType()).param("size", row.size())
                .param("sha256", row.sha256()).param("classification", row.classification().name()).param("by", by)
                .param("at", Timestamp.from(row.uploadedAt())).update();
        jdbc.sql(INSERT_CONTENT).param("id", row.id()).param("content", content).update();
    }

    Optional<Row> find(UUID meetingId, UUID id) {
        return jdbc.sql(BY_ID).param("id", id).param("meetingId", meetingId).query(JdbcDocuments::row).optional();
    }

    List<Row> ofMeeting(UUID meetingId) {
        return jdbc.sql(OF_MEETING).param("meetingId", meetingId).query(JdbcDocuments::row).list();
    }

    byte[] content(UUID id) {
        return jdbc.sql(CONTENT).param("id", id).query(byte[].class).single();
    }

    boolean publish(UUID id, Instant at, String by, boolean late) {
        return jdbc.sql(PUBLISH).param("id", id).param("at", Timestamp.from(at)).param("by", by).param("late", late)
                .update() == 1;
    }

    boolean withdraw(UUID id, Instant at, String by) {
        return jdbc.sql(WITHDRAW).param("id", id).param("at", Timestamp.from(at)).param("by", by).update() == 1;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
                rs.getObject("agenda_item_id", UUID.class), rs.getString("file_name"), rs.getString("content_type"),
                rs.getLong("size_bytes"), rs.getString("sha256"), Classification.valueOf(rs.getString("classification")),
                instant(rs, "uploaded_at"), instant(rs, "published_at"), rs.getBoolean("published_late"),
                instant(rs, "withdrawn_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
