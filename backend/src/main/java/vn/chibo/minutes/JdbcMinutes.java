package vn.chibo.minutes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The minutes tables (V90); the database refuses any change to signed minutes and to appended rows. */
@Repository
class JdbcMinutes {

    enum State { DRAFT, READ_BACK, ADOPTED, SIGNED }

    record Row(UUID meetingId, UUID unitId, UUID cellId, State state, boolean chairMayEdit, Instant readBackAt,
            String readBackBy, Instant adoptedAt, String adoptedBy, String adoptionMethod, UUID adoptionVoteId,
            String content, String contentHash, Instant signedAt, Instant publishedAt, Instant lateWarnedAt,
            Instant createdAt) {
    }

    record Section(String key, String html, int version, String updatedBy, Instant updatedAt) {
    }

    record Signature(String role, UUID memberId, String fullName, String signedBy, Instant signedAt,
            String contentHash, String seal) {
    }

    record Addendum(UUID id, int seq, String html, String originalHash, String contentHash, String authorRole,
            UUID memberId, String fullName, String signedBy, Instant signedAt, String seal) {
    }

    private static final String ENSURE = """
            insert into minutes.minutes (meeting_id, unit_id, cell_id, state, created_at)
            values (:meeting, :unit, :cell, 'DRAFT', :now)
            on conflict (meeting_id) do nothing""";

    private static final String INSERT_SECTION = """
            insert into minutes.section (meeting_id, section_key, html, version, updated_by, updated_at)
            values (:meeting, :key, :html, 1, :by, :now)
            on conflict (meeting_id, section_key) do nothing""";

    private static final String UPDATE_SECTION = """
            update minutes.section set html = :html, version = version + 1, updated_by = :by, updated_at = :now
            where meeting_id = :meeting and section_key = :key and version = :expected""";

    private static final String INSERT_VERSION = """
            insert into minutes.section_version (meeting_id, section_key, version, html, saved_by, saved_at)
            values (:meeting, :key, :version, :html, :by, :now)""";

    private static final String READ_BACK = """
            update minutes.minutes set state = 'READ_BACK', read_back_at = :now, read_back_by = :by
            where meeting_id = :meeting and state in ('DRAFT', 'READ_BACK')""";

    private static final String ADOPT = """
            update minutes.minutes set state = 'ADOPTED', adopted_at = :now, adopted_by = :by, adoption_method = :method,
                   adoption_vote_id = :vote, content = :content, content_hash = :hash
            where meeting_id = :meeting and state = 'READ_BACK'""";

    private static final String SIGNED = """
            update minutes.minutes set state = 'SIGNED', signed_at = :now, published_at = :now
            where meeting_id = :meeting and state = 'ADOPTED'""";

    private final JdbcClient jdbc;

    JdbcMinutes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void ensure(UUID meetingId, UUID unitId, UUID cellId, Instant now) {
        jdbc.sql(ENSURE).param("meeting", meetingId).param("unit", unitId).param("cell", cellId)
                .param("now", ts(now)).update();
    }

    /** Locks the minutes' row for the transaction, so that two signatures arriving together see each other. */
    Optional<Row> lock(UUID meetingId) {
        return jdbc.sql("select * from minutes.minutes where meeting_id = :meeting for update").param("meeting", meetingId)
                .query(JdbcMinutes::row).optional();
    }

    Optional<Row> find(UUID meetingId) {
        return jdbc.sql("select * from minutes.minutes where meeting_id = :meeting").param("meeting", meetingId)
                .query(JdbcMinutes::row).optional();
    }

    /** Minutes not signed yet and not yet warned about, oldest first (R21's daily check). */
    List<Row> unsignedNotWarned() {
        return jdbc.sql("select * from minutes.minutes where state <> 'SIGNED' and late_warned_at is null order by created_at")
                .query(JdbcMinutes::row).list();
    }

    boolean markLateWarned(UUID meetingId, Instant now) {
        return jdbc.sql("update minutes.minutes set late_warned_at = :now where meeting_id = :meeting and state <> 'SIGNED' and late_warned_at is null")
                .param("meeting", meetingId).param("now", ts(now)).update() == 1;
    }

    boolean setChairMayEdit(UUID meetingId, boolean allowed) {
        return jdbc.sql("update minutes.minutes set chair_may_edit = :allowed where meeting_id = :meeting and state in ('DRAFT', 'READ_BACK')")
                .param("meeting", meetingId).param("allowed", allowed).update() == 1;
    }

    List<Section> sections(UUID meetingId) {
        return jdbc.sql("select section_key, html, version, updated_by, updated_at from minutes.section where meeting_id = :meeting order by section_key")
                .param("meeting", meetingId).query((rs, n) -> new Section(rs.getString(1), rs.getString(2), rs.getInt(3),
                        rs.getString(4), instant(rs, 5))).list();
    }

    /** Saves one section when {@code expected} is still its version (0: not saved before); answers the new version. */
    Optional<Integer> saveSection(UUID meetingId, String key, String html, int expected, String by, Instant now) {
        var changed = expected == 0
                ? jdbc.sql(INSERT_SECTION).param("meeting", meetingId).param("key", key).param("html", html)
                        .param("by", by).param("now", ts(now)).update()
                : jdbc.sql(UPDATE_SECTION).param("meeting", meetingId).param("key", key).param("html", html)
                        .param("by", by).param("now", ts(now)).param("expected", expected).update();
        if (changed != 1) {
            return Optional.empty();
        }
        var version = expected + 1;
        jdbc.sql(INSERT_VERSION).param("meeting", meetingId).param("key", key).param("version", version)
                .param("html", html).param("by", by).param("now", ts(now)).update();
        return Optional.of(version);
    }

    int sectionVersion(UUID meetingId, String key) {
        return jdbc.sql("select version from minutes.section where meeting_id = :meeting and section_key = :key")
                .param("meeting", meetingId).param("key", key).query(Integer.class).optional().orElse(0);
    }

    List<Section> history(UUID meetingId, String key) {
        return jdbc.sql("""
                select section_key, html, version, saved_by, saved_at from minutes.section_version
                where meeting_id = :meeting and section_key = :key order by version desc""")
                .param("meeting", meetingId).param("key", key).query((rs, n) -> new Section(rs.getString(1),
                        rs.getString(2), rs.getInt(3), rs.getString(4), instant(rs, 5))).list();
    }

    boolean markReadBack(UUID meetingId, String by, Instant now) {
        return jdbc.sql(READ_BACK).param("meeting", meetingId).param("by", by).param("now", ts(now)).update() == 1;
    }

    void backToDraft(UUID meetingId) {
        jdbc.sql("update minutes.minutes set state = 'DRAFT', read_back_at = null, read_back_by = null where meeting_id = :meeting and state = 'READ_BACK'")
                .param("meeting", meetingId).update();
    }

    boolean adopt(UUID meetingId, String by, String method, UUID voteId, String content, String hash, Instant now) {
        return jdbc.sql(ADOPT).param("meeting", meetingId).param("by", by).param("method", method).param("vote", voteId)
                .param("content", content).param("hash", hash).param("now", ts(now)).update() == 1;
    }

    boolean insertSignature(UUID meetingId, Signature s) {
        return jdbc.sql("""
                insert into minutes.signature (meeting_id, role, member_id, full_name, signed_by, signed_at, content_hash, seal)
                values (:meeting, :role, :member, :name, :by, :at, :hash, :seal) on conflict do nothing""")
                .param("meeting", meetingId).param("role", s.role()).param("member", s.memberId())
                .param("name", s.fullName()).param("by", s.signedBy()).param("at", ts(s.signedAt()))
                .param("hash", s.contentHash()).param("seal", s.seal()).update() == 1;
    }

    List<Signature> signatures(UUID meetingId) {
        return jdbc.sql("select * from minutes.signature where meeting_id = :meeting order by signed_at, role")
                .param("meeting", meetingId).query((rs, n) -> new Signature(rs.getString("role"),
                        rs.getObject("member_id", UUID.class), rs.getString("full_name"), rs.getString("signed_by"),
                        instant(rs, "signed_at"), rs.getString("content_hash"), rs.getString("seal"))).list();
    }

    boolean markSigned(UUID meetingId, Instant now) {
        return jdbc.sql(SIGNED).param("meeting", meetingId).param("now", ts(now)).update() == 1;
    }

    int nextAddendumSeq(UUID meetingId) {
        return jdbc.sql("select coalesce(max(seq), 0) + 1 from minutes.addendum where meeting_id = :meeting")
                .param("meeting", meetingId).query(Integer.class).single();
    }

    void insertAddendum(UUID meetingId, Addendum a) {
        jdbc.sql("""
                insert into minutes.addendum (id, meeting_id, seq, html, original_hash, content_hash, author_role,
                       member_id, full_name, signed_by, signed_at, seal)
                values (:id, :meeting, :seq, :html, :original, :hash, :role, :member, :name, :by, :at, :seal)""")
                .param("id", a.id()).param("meeting", meetingId).param("seq", a.seq()).param("html", a.html())
                .param("original", a.originalHash()).param("hash", a.contentHash()).param("role", a.authorRole())
                .param("member", a.memberId()).param("name", a.fullName()).param("by", a.signedBy())
                .param("at", ts(a.signedAt())).param("seal", a.seal()).update();
    }

    List<Addendum> addenda(UUID meetingId) {
        return jdbc.sql("select * from minutes.addendum where meeting_id = :meeting order by seq")
                .param("meeting", meetingId).query((rs, n) -> new Addendum(rs.getObject("id", UUID.class),
                        rs.getInt("seq"), rs.getString("html"), rs.getString("original_hash"),
                        rs.getString("content_hash"), rs.getString("author_role"), rs.getObject("member_id", UUID.class),
                        rs.getString("full_name"), rs.getString("signed_by"), instant(rs, "signed_at"),
                        rs.getString("seal"))).list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("meeting_id", UUID.class), rs.getObject("unit_id", UUID.class),
                rs.getObject("cell_id", UUID.class), State.valueOf(rs.getString("state")), rs.getBoolean("chair_may_edit"),
                instant(rs, "read_back_at"), rs.getString("read_back_by"), instant(rs, "adopted_at"),
                rs.getString("adopted_by"), rs.getString("adoption_method"), rs.getObject("adoption_vote_id", UUID.class),
                rs.getString("content"), rs.getString("content_hash"), instant(rs, "signed_at"),
                instant(rs, "published_at"), instant(rs, "late_warned_at"), instant(rs, "created_at"));
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        var t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
