package vn.chibo.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCellSchedules {

    private static final String COLUMNS = """
            cell_id, day_of_month, local_time, planned_minutes, mode, place, document_lead_days, months_ahead, active,
            active_from, version
            """;

    private static final String BY_CELL = "select " + COLUMNS + " from meeting.cell_schedule where cell_id = :cell";

    private static final String ACTIVE = "select " + COLUMNS + " from meeting.cell_schedule where active order by cell_id";

    private static final String INSERT = """
            insert into meeting.cell_schedule (cell_id, day_of_month, local_time, planned_minutes, mode, place,
                   document_lead_days, months_ahead, active, active_from)
            values (:cell, :day, :time, :minutes, :mode, :place, :lead, :ahead, :active, :activeFrom)
            on conflict do nothing
            """;

    private static final String UPDATE = """
            update meeting.cell_schedule
               set day_of_month = :day, local_time = :time, planned_minutes = :minutes, mode = :mode, place = :place,
                   document_lead_days = :lead, months_ahead = :ahead, active = :active, version = version + 1
             where cell_id = :cell and version = :version
            """;

    private static final String RAISE = """
            insert into meeting.schedule_warning (cell_id, code, subject, rule, message, period, meeting_id, raised_at)
            values (:cell, :code, :subject, :rule, :message, :period, :meeting, :at)
            on conflict do nothing
            """;

    private static final String WARNINGS = """
            select cell_id, code, subject, rule, message, period, meeting_id, raised_at
              from meeting.schedule_warning where cell_id = :cell order by raised_at desc, code limit 100
            """;

    private final JdbcClient jdbc;

    JdbcCellSchedules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CellSchedule> find(UUID cellId) {
        return jdbc.sql(BY_CELL).param("cell", cellId).query(JdbcCellSchedules::schedule).optional();
    }

    List<CellSchedule> active() {
        return jdbc.sql(ACTIVE).query(JdbcCellSchedules::schedule).list();
    }

    boolean insert(CellSchedule s) {
        return bind(jdbc.sql(INSERT), s).param("activeFrom", s.activeFrom()).update() == 1;
    }

    boolean update(CellSchedule s) {
        return bind(jdbc.sql(UPDATE), s).param("version", s.version()).update() == 1;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, CellSchedule s) {
        return sql.param("cell", s.cellId()).param("day", s.dayOfMonth()).param("time", s.localTime())
                .param("minutes", s.plannedMinutes()).param("mode", s.mode().name()).param("place", s.place())
                .param("lead", s.documentLeadDays()).param("ahead", s.monthsAhead()).param("active", s.active());
    }

    record StoredWarning(UUID cellId, String code, String subject, String rule, String message, LocalDate period,
            UUID meetingId, java.time.Instant raisedAt) {
    }

    /** Stores the warning unless it was raised before; answers whether it is new. */
    boolean raise(StoredWarning w) {
        return jdbc.sql(RAISE).param("cell", w.cellId()).param("code", w.code()).param("subject", w.subject())
                .param("rule", w.rule()).param("message", w.message()).param("period", w.period())
                .param("meeting", w.meetingId()).param("at", java.sql.Timestamp.from(w.raisedAt())).update() == 1;
    }

    List<StoredWarning> warnings(UUID cellId) {
        return jdbc.sql(WARNINGS).param("cell", cellId).query((rs, n) -> new StoredWarning(rs.getObject("cell_id", UUID.class),
                rs.getString("code"), rs.getString("subject"), rs.getString("rule"), rs.getString("message"),
                rs.getObject("period", LocalDate.class), rs.getObject("meeting_id", UUID.class),
                rs.getTimestamp("raised_at").toInstant())).list();
    }

    private static CellSchedule schedule(ResultSet rs, int row) throws SQLException {
        return new CellSchedule(rs.getObject("cell_id", UUID.class), rs.getInt("day_of_month"),
                rs.getObject("local_time", LocalTime.class), rs.getInt("planned_minutes"),
                MeetingMode.valueOf(rs.getString("mode")), rs.getString("place"), rs.getInt("document_lead_days"),
                rs.getInt("months_ahead"), rs.getBoolean("active"), rs.getObject("active_from", LocalDate.class),
                rs.getLong("version"));
    }
}
