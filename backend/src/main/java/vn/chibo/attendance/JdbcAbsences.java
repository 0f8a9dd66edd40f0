package vn.chibo.attendance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** R11 storage: confirmed roll lines (corrections applied) read by meeting or by member, and raised warnings. */
@Component
class JdbcAbsences {

    /** A member's line in a confirmed roll, with the latest correction applied. */
    record ConfirmedLine(UUID meetingId, UUID memberId, String fullName, RollStatus status, String reason,
            boolean corrected) {
    }

    record Warning(UUID memberId, int year, int level, UUID cellId, String months, UUID meetingId, Instant raisedAt) {
    }

    private static final String CURRENT = """
            select l.meeting_id, l.member_id, l.full_name, coalesce(c.status, l.status) as status,
                   case when c.id is null then l.reason else c.reason end as reason, c.id is not null as corrected
            from attendance.roll_line l
            left join lateral (select * from attendance.roll_correction c
                               where c.meeting_id = l.meeting_id and c.member_id = l.member_id
                               order by c.version desc limit 1) c on true
            where not l.guest and
            """;

    private static final String OF_MEETINGS = CURRENT + " l.meeting_id in (:meetings) order by l.full_name, l.member_id";

    private static final String OF_MEMBER = CURRENT + " l.member_id = :member";

    private static final String INSERT_WARNING = """
            insert into attendance.absence_warning (member_id, year, level, cell_id, months, meeting_id, raised_at)
            values (:member, :year, :level, :cell, :months, :meeting, :at)
            on conflict (member_id, year, level) do nothing
            """;

    private static final String WARNINGS_OF_MEMBERS = """
            select member_id, year, level, cell_id, months, meeting_id, raised_at from attendance.absence_warning
            where year = :year and member_id in (:members) order by raised_at
            """;

    private final JdbcClient jdbc;

    JdbcAbsences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ConfirmedLine> linesOf(Collection<UUID> meetings) {
        if (meetings.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(OF_MEETINGS).param("meetings", List.copyOf(meetings)).query(JdbcAbsences::line).list();
    }

    List<ConfirmedLine> linesOfMember(UUID member) {
        return jdbc.sql(OF_MEMBER).param("member", member).query(JdbcAbsences::line).list();
    }

    /** Stores the warning unless that member, year and level already has one; true when this call stored it. */
    boolean raise(Warning warning) {
        return jdbc.sql(INSERT_WARNING).param("member", warning.memberId()).param("year", warning.year())
                .param("level", warning.level()).param("cell", warning.cellId()).param("months", warning.months())
                .param("meeting", warning.meetingId()).param("at", Timestamp.from(warning.raisedAt())).update() == 1;
    }

    List<Warning> warnings(Collection<UUID> members, int year) {
        if (members.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(WARNINGS_OF_MEMBERS).param("year", year).param("members", List.copyOf(members))
                .query((rs, n) -> new Warning(rs.getObject("member_id", UUID.class), rs.getInt("year"),
                        rs.getInt("level"), rs.getObject("cell_id", UUID.class), rs.getString("months"),
                        rs.getObject("meeting_id", UUID.class), rs.getTimestamp("raised_at").toInstant()))
                .list();
    }

    private static ConfirmedLine line(ResultSet rs, int n) throws SQLException {
        return new ConfirmedLine(rs.getObject("meeting_id", UUID.class), rs.getObject("member_id", UUID.class),
                rs.getString("full_name"), RollStatus.valueOf(rs.getString("status")), rs.getString("reason"),
                rs.getBoolean("corrected"));
    }
}
