package vn.chibo.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcOnlineAuthorisations {

    private static final String COLUMNS = """
            id, unit_id, reference_number, issued_on, issuer, valid_from, valid_to, reason_category, reason_note,
            unable_member_ids, counted_members, more_than_half, revoked_at, revoked_reason, recorded_by, recorded_at
            """;

    private static final String BY_ID = "select " + COLUMNS + " from meeting.online_authorisation where id = :id";

    private static final String OF_UNITS = "select " + COLUMNS + """
             from meeting.online_authorisation where unit_id = any(cast(:units as uuid[]))
             order by valid_from desc, recorded_at desc
            """;

    /** The valid authorisation held on the date by any of the units, the one reaching furthest first. */
    private static final String VALID_ON = "select " + COLUMNS + """
             from meeting.online_authorisation
             where unit_id = any(cast(:units as uuid[])) and revoked_at is null and valid_from <= :date and valid_to >= :date
             order by valid_to desc, recorded_at
             limit 1
            """;

    private static final String INSERT = """
            insert into meeting.online_authorisation (id, unit_id, reference_number, issued_on, issuer, valid_from,
                   valid_to, reason_category, reason_note, unable_member_ids, counted_members, more_than_half,
                   recorded_by, recorded_at)
            values (:id, :unit, :reference, :issuedOn, :issuer, :validFrom, :validTo, :category, :note,
                   cast(:unable as uuid[]), :counted, :moreThanHalf, :recordedBy, :recordedAt)
            on conflict do nothing
            """;

    private static final String REVOKE = """
            update meeting.online_authorisation set revoked_at = :at, revoked_reason = :reason
             where id = :id and revoked_at is null
            """;

    private final JdbcClient jdbc;

    JdbcOnlineAuthorisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OnlineAuthorisation> find(UUID id) {
        return jdbc.sql(BY_ID).param("id", id).query(JdbcOnlineAuthorisations::authorisation).optional();
    }

    List<OnlineAuthorisation> ofUnits(Collection<UUID> units) {
        return jdbc.sql(OF_UNITS).param("units", ids(units)).query(JdbcOnlineAuthorisations::authorisation).list();
    }

    Optional<OnlineAuthorisation> validOn(Collection<UUID> units, LocalDate date) {
        return jdbc.sql(VALID_ON).param("units", ids(units)).param("date", date)
                .query(JdbcOnlineAuthorisations::authorisation).optional();
    }

    void insert(OnlineAuthorisation a) {
        jdbc.sql(INSERT).param("id", a.id()).param("unit", a.unitId()).param("reference", a.referenceNumber())
                .param("issuedOn", a.issuedOn()).param("issuer", a.issuer()).param("validFrom", a.validFrom())
                .param("validTo", a.validTo()).param("category", a.reasonCategory().name()).param("note", a.reasonNote())
                .param("unable", ids(a.unableMemberIds())).param("counted", a.countedMembers())
                .param("moreThanHalf", a.moreThanHalf()).param("recordedBy", a.recordedBy())
                .param("recordedAt", Timestamp.from(a.recordedAt())).update();
    }

    boolean revoke(UUID id, Instant at, String reason) {
        return jdbc.sql(REVOKE).param("id", id).param("at", Timestamp.from(at)).param("reason", reason).update() == 1;
    }

    private static String[] ids(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).toArray(String[]::new);
    }

    private static OnlineAuthorisation authorisation(ResultSet rs, int row) throws SQLException {
        var unable = (Object[]) rs.getArray("unable_member_ids").getArray();
        var revoked = rs.getTimestamp("revoked_at");
        return new OnlineAuthorisation(rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class),
                rs.getString("reference_number"), rs.getObject("issued_on", LocalDate.class), rs.getString("issuer"),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                OnlineAuthorisation.ReasonCategory.valueOf(rs.getString("reason_category")), rs.getString("reason_note"),
                Arrays.stream(unable).map(o -> (UUID) o).toList(), rs.getInt("counted_members"),
                rs.getBoolean("more_than_half"), revoked == null ? null : revoked.toInstant(),
                rs.getString("revoked_reason"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }
}
