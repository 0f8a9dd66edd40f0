package vn.chibo.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.chibo.reporting.ReportingAccess.Subtree;
import vn.chibo.reporting.ReportingViews.CellEvaluation;
import vn.chibo.reporting.ReportingViews.CellRow;
import vn.chibo.reporting.ReportingViews.Dashboard;
import vn.chibo.reporting.ReportingViews.Figures;
import vn.chibo.reporting.ReportingViews.MeetingRef;
import vn.chibo.reporting.ReportingViews.MeetingRoll;
import vn.chibo.reporting.ReportingViews.MeetingRow;
import vn.chibo.reporting.ReportingViews.MemberEvaluation;
import vn.chibo.reporting.ReportingViews.MemberMeeting;
import vn.chibo.reporting.ReportingViews.MemberYear;
import vn.chibo.reporting.ReportingViews.MonthFigure;
import vn.chibo.reporting.ReportingViews.Pilot;
import vn.chibo.reporting.ReportingViews.QuarterFigure;
import vn.chibo.reporting.ReportingViews.RollLine;
import vn.chibo.reporting.ReportingViews.UnexcusedMember;
import vn.chibo.reporting.ReportingViews.UnexcusedMonth;
import vn.chibo.shared.time.VietnamTime;

/** The reviewer's reads, every one bounded by a subtree's path range (docs/reporting.md, "Queries"). */
@Component
class ReportingQueries {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int thresholdPercent;

    ReportingQueries(JdbcClient jdbc, Clock clock, @Value("${chibo.attendance.threshold-percent:85}") int thresholdPercent) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.thresholdPercent = thresholdPercent;
    }

    int thresholdPercent() {
        return thresholdPercent;
    }

    /** R12, R19, R20, R21, R3: every cell of the subtree by month, with the year's totals. */
    Dashboard dashboard(Subtree subtree, int year) {
        var today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
        var from = LocalDate.of(year, 1, 1);
        var cells = new LinkedHashMap<UUID, String[]>();
        jdbc.sql("""
                select id, code, name from reporting.unit
                where kind = 'CELL' and path ~>=~ :lo and path ~<~ :hi order by name, code
                """).param("lo", subtree.prefix()).param("hi", subtree.upper())
                .query((rs, n) -> cells.put(rs.getObject(1, UUID.class), new String[] { rs.getString(2), rs.getString(3) })).list();
        var figures = new HashMap<UUID, Figures[]>();
        jdbc.sql("""
                select cell_id, extract(month from month)::int, regular_held, thematic_held, group_meetings, short_meetings,
                       held_minutes, online_meetings, hybrid_meetings, minutes_adopted, minutes_on_time, counted, present,
                       present_online, present_in_person, absent_with_reason, absent_without, exempt
                from reporting.cell_month
                where cell_path ~>=~ :lo and cell_path ~<~ :hi and month >= :from and month < :to
                """).param("lo", subtree.prefix()).param("hi", subtree.upper()).param("from", from).param("to", from.plusYears(1))
                .query((rs, n) -> figures.computeIfAbsent(rs.getObject(1, UUID.class), k -> new Figures[12])[rs.getInt(2) - 1] = figures(rs, 3))
                .list();
        var warnings = new HashMap<UUID, Map<Integer, List<String>>>();
        jdbc.sql("""
                select w.cell_id, extract(month from w.period)::int, w.rule || ':' || w.code
                from reporting.schedule_warning w join reporting.unit u on u.id = w.cell_id
                where u.path ~>=~ :lo and u.path ~<~ :hi and w.period >= :from and w.period < :to
                """).param("lo", subtree.prefix()).param("hi", subtree.upper()).param("from", from).param("to", from.plusYears(1))
                .query((rs, n) -> warnings.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                        .computeIfAbsent(rs.getInt(2), k -> new ArrayList<>()).add(rs.getString(3)))
                .list();
        var rows = new ArrayList<CellRow>();
        int online = 0, hybrid = 0, adopted = 0, onTime = 0, held = 0;
        long presentOnline = 0, presentInPerson = 0;
        for (var cell : cells.entrySet()) {
            var months = figures.getOrDefault(cell.getKey(), new Figures[12]);
            var cellWarnings = warnings.getOrDefault(cell.getKey(), Map.of());
            var monthRows = new ArrayList<MonthFigure>(12);
            int regular = 0, thematic = 0, shortMeetings = 0, counted = 0, present = 0, required = 0;
            for (int m = 1; m <= 12; m++) {
                var f = months[m - 1] == null ? Figures.NONE : months[m - 1];
                var over = !from.withMonth(m).plusMonths(1).isAfter(today);
                if (over) {
                    required++;
                }
                monthRows.add(new MonthFigure(m, f, ReportingViews.rate(f.present(), f.counted()),
                        ReportingViews.meets(f.present(), f.counted(), thresholdPercent), over,
                        over && f.regularHeld() == 0, cellWarnings.getOrDefault(m, List.of())));
                regular += f.regularHeld();
                thematic += f.thematicHeld();
                shortMeetings += f.shortMeetings();
                counted += f.counted();
                present += f.present();
                online += f.onlineMeetings();
                hybrid += f.hybridMeetings();
                adopted += f.minutesAdopted();
                onTime += f.minutesOnTime();
                held += f.regularHeld();
                presentOnline += f.presentOnline();
                presentInPerson += f.presentInPerson();
            }
            var quarters = new ArrayList<QuarterFigure>(4);
            for (int q = 1; q <= 4; q++) {
                int thematicInQuarter = 0;
                for (int m = 3 * q - 2; m <= 3 * q; m++) {
                    thematicInQuarter += monthRows.get(m - 1).figures().thematicHeld();
                }
                var over = !from.withMonth(3 * q).plusMonths(1).isAfter(today);
                quarters.add(new QuarterFigure(q, thematicInQuarter, over, over && thematicInQuarter == 0));
            }
            rows.add(new CellRow(cell.getKey(), cell.getValue()[0], cell.getValue()[1], monthRows, quarters, regular, required,
                    thematic, shortMeetings, ReportingViews.rate(present, counted)));
        }
        return new Dashboard(subtree.unitId(), subtree.name(), subtree.kind(), year, thresholdPercent, rows,
                new Pilot(online, hybrid, presentOnline, presentInPerson), adopted, onTime, held);
    }

    private static Figures figures(ResultSet rs, int first) throws SQLException {
        var v = new int[16];
        for (int i = 0; i < 16; i++) {
            v[i] = rs.getInt(first + i);
        }
        return new Figures(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13], v[14], v[15]);
    }

    /**
     * R11: members with at least 2 months of unexcused absence in the year who were absent without reason at least
     * once inside the subtree. The count is the member's whole year; the months outside the subtree are counted but
     * not shown.
     */
    List<UnexcusedMember> unexcused(Subtree subtree, int year, boolean withMeetings) {
        var from = LocalDate.of(year, 1, 1);
        record Row(UUID member, int count, String name, int month, UUID cell, String cellName, boolean inside, String meetings,
                String starts) {
        }
        var rows = jdbc.sql("""
                with inside as (
                    select distinct member_id from reporting.unexcused_month
                    where cell_path ~>=~ :lo and cell_path ~<~ :hi and month >= :from and month < :to
                ), counted as (
                    select u.member_id, count(*) n from reporting.unexcused_month u join inside using (member_id)
                    where u.month >= :from and u.month < :to group by u.member_id having count(*) >= 2
                )
                select c.member_id, c.n, u.full_name, extract(month from u.month)::int, u.cell_id,
                       coalesce(cu.name, ''), u.cell_path ~>=~ :lo and u.cell_path ~<~ :hi,
                       array_to_string(u.meetings, ','),
                       array_to_string(array(select (extract(epoch from s) * 1000)::bigint from unnest(u.meeting_starts) s), ',')
                from counted c
                join reporting.unexcused_month u on u.member_id = c.member_id and u.month >= :from and u.month < :to
                left join reporting.unit cu on cu.id = u.cell_id
                order by c.n desc, c.member_id, u.month
                """).param("lo", subtree.prefix()).param("hi", subtree.upper()).param("from", from).param("to", from.plusYears(1))
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), rs.getInt(4),
                        rs.getObject(5, UUID.class), rs.getString(6), rs.getBoolean(7), rs.getString(8), rs.getString(9)))
                .list();
        // titles for a list a person reads (a city, a province); the country's list carries the meetings' ids and starts
        var titles = new HashMap<UUID, String>();
        if (withMeetings && rows.size() <= TITLED_ROWS) {
            var ids = rows.stream().filter(Row::inside).flatMap(r -> Arrays.stream(r.meetings().split(","))).distinct()
                    .map(UUID::fromString).toArray(UUID[]::new);
            if (ids.length > 0) {
                jdbc.sql("select meeting_id, title from reporting.meeting_fact where meeting_id = any(:ids)")
                        .param("ids", ids)
                        .query((rs, n) -> titles.put(rs.getObject(1, UUID.class), rs.getString(2)))
                        .list();
            }
        }
        var result = new ArrayList<UnexcusedMember>();
        UnexcusedMember current = null;
        for (var row : rows) {
            if (current == null || !current.memberId().equals(row.member())) {
                current = new UnexcusedMember(row.member(), row.name(), row.count(), level(row.count()), row.count() >= 3,
                        new ArrayList<>());
                result.add(current);
            }
            var inside = row.inside();
            var meetings = new ArrayList<MeetingRef>();
            if (inside && withMeetings) {
                var ids = row.meetings().split(",");
                var starts = row.starts().split(",");
                for (int i = 0; i < ids.length; i++) {
                    var id = UUID.fromString(ids[i]);
                    meetings.add(new MeetingRef(id, titles.get(id), java.time.Instant.ofEpochMilli(Long.parseLong(starts[i]))));
                }
            }
            current.detail().add(new UnexcusedMonth(row.month(), inside ? row.cell() : null, inside ? row.cellName() : null,
                    !inside, meetings));
        }
        return result;
    }

    /** Above this many member-months the R11 list leaves the meetings' titles out (ids and starts stay). */
    static final int TITLED_ROWS = 20_000;

    /** R11: "WARN" at 2 months (the cell committee is warned), "REMOVAL_PROCEDURE" at 3 (flagged, never applied). */
    static String level(int months) {
        return months >= 3 ? "REMOVAL_PROCEDURE" : months == 2 ? "WARN" : "NONE";
    }

    private static final String MEETING_ROW = """
            select m.meeting_id, m.unit_id, m.party_group, m.title, m.kind, m.mode, m.online_pilot, m.cancelled, m.starts_at,
                   m.started_at, m.ended_at, m.held_minutes, m.required_minutes, m.minutes_adopted_at,
                   coalesce(a.counted, 0), coalesce(a.present, 0), m.cell_id, m.cell_path
            from reporting.meeting_fact m
            left join lateral (
                select count(*) filter (where f.status is null or f.status not in ('EXEMPT', 'TRANSFERRED', 'SUSPENDED')) counted,
                       count(*) filter (where f.status in ('PRESENT_ONLINE', 'PRESENT_IN_PERSON')) present
                from reporting.attendance_fact f where f.month = m.month and f.meeting_id = m.meeting_id and not f.guest
            ) a on true
            """;

    private MeetingRow meetingRow(ResultSet rs) throws SQLException {
        var held = (Integer) rs.getObject(12);
        var adopted = rs.getTimestamp(14) == null ? null : rs.getTimestamp(14).toInstant();
        var ended = rs.getTimestamp(11) == null ? null : rs.getTimestamp(11).toInstant();
        var starts = rs.getTimestamp(9).toInstant();
        var onTime = adopted == null ? null
                : !adopted.isAfter((ended == null ? starts : ended).plus(ReportingProjection.MINUTES_DEADLINE));
        return new MeetingRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getBoolean(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getBoolean(8), starts,
                rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant(), ended, held, rs.getInt(13),
                held != null && held < rs.getInt(13), adopted, onTime, rs.getInt(15), rs.getInt(16),
                ReportingViews.rate(rs.getInt(16), rs.getInt(15)), ReportingViews.meets(rs.getInt(16), rs.getInt(15), thresholdPercent));
    }

    /** Drill-down: a cell's meetings of the year (its party groups' included), each with its rate. */
    List<MeetingRow> cellMeetings(UUID cellId, int year) {
        var from = LocalDate.of(year, 1, 1);
        return jdbc.sql(MEETING_ROW + " where m.cell_id = :cell and m.month >= :from and m.month < :to order by m.starts_at")
                .param("cell", cellId).param("from", from).param("to", from.plusYears(1))
                .query((rs, n) -> meetingRow(rs)).list();
    }

    /** The meeting's cell path, for the access check. */
    Optional<String> meetingPath(UUID meetingId) {
        return jdbc.sql("select cell_path from reporting.meeting_fact where meeting_id = :id").param("id", meetingId)
                .query(String.class).optional();
    }

    Optional<MeetingRoll> roll(UUID meetingId) {
        var meeting = jdbc.sql(MEETING_ROW + " where m.meeting_id = :id").param("id", meetingId)
                .query((rs, n) -> new Object[] { meetingRow(rs), rs.getObject(17, UUID.class) }).optional();
        return meeting.map(m -> new MeetingRoll((MeetingRow) m[0], (UUID) m[1], jdbc.sql("""
                select f.member_id, coalesce(p.full_name, ''), f.guest, f.status
                from reporting.attendance_fact f join reporting.meeting_fact m on m.meeting_id = f.meeting_id and m.month = f.month
                left join reporting.member p on p.id = f.member_id
                where f.meeting_id = :id order by f.guest, 2
                """).param("id", meetingId)
                .query((rs, n) -> new RollLine(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3), rs.getString(4)))
                .list()));
    }

    /** A member's year inside the subtree; empty when the member has no meeting there. */
    Optional<MemberYear> memberYear(Subtree subtree, UUID memberId, int year) {
        var from = LocalDate.of(year, 1, 1);
        var meetings = jdbc.sql("""
                select m.meeting_id, m.cell_id, coalesce(u.name, ''), m.title, m.starts_at, f.status
                from reporting.attendance_fact f
                join reporting.meeting_fact m on m.meeting_id = f.meeting_id
                left join reporting.unit u on u.id = m.cell_id
                where f.member_id = :member and f.month >= :from and f.month < :to and not m.cancelled
                  and m.cell_path ~>=~ :lo and m.cell_path ~<~ :hi
                order by m.starts_at
                """).param("member", memberId).param("from", from).param("to", from.plusYears(1))
                .param("lo", subtree.prefix()).param("hi", subtree.upper())
                .query((rs, n) -> new MemberMeeting(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6)))
                .list();
        if (meetings.isEmpty()) {
            return Optional.empty();
        }
        var months = jdbc.sql("select count(*) from reporting.unexcused_month where member_id = :member and month >= :from and month < :to")
                .param("member", memberId).param("from", from).param("to", from.plusYears(1)).query(Integer.class).single();
        var name = jdbc.sql("select full_name from reporting.member where id = :id").param("id", memberId).query(String.class)
                .optional().orElse("");
        return Optional.of(new MemberYear(memberId, name, year, months, level(months), meetings));
    }

    /** R26: every member with a held meeting in the subtree that year. */
    List<MemberEvaluation> memberEvaluation(Subtree subtree, int year) {
        var from = LocalDate.of(year, 1, 1);
        return jdbc.sql("""
                select f.member_id, coalesce(p.full_name, ''), (array_agg(u.name order by f.month desc))[1],
                       count(*) filter (where f.status is null or f.status not in ('EXEMPT', 'TRANSFERRED', 'SUSPENDED')),
                       count(*) filter (where f.status in ('PRESENT_ONLINE', 'PRESENT_IN_PERSON')),
                       count(*) filter (where f.status = 'ABSENT_WITH_REASON'),
                       count(*) filter (where f.status = 'ABSENT_WITHOUT_REASON'),
                       (select count(*) from reporting.unexcused_month x
                        where x.member_id = f.member_id and x.month >= :from and x.month < :to),
                       bool_or(f.status = 'EXEMPT'), bool_or(f.status = 'SUSPENDED')
                from reporting.meeting_fact m
                join reporting.attendance_fact f on f.month = m.month and f.meeting_id = m.meeting_id
                left join reporting.unit u on u.id = f.cell_id
                left join reporting.member p on p.id = f.member_id
                where m.month >= :from and m.month < :to and m.cell_path ~>=~ :lo and m.cell_path ~<~ :hi
                  and not m.cancelled and m.ended_at is not null and not f.guest
                group by f.member_id, p.full_name
                order by 3, 2
                """).param("from", from).param("to", from.plusYears(1)).param("lo", subtree.prefix()).param("hi", subtree.upper())
                .query((rs, n) -> {
                    var exempt = rs.getBoolean(9);
                    var suspended = rs.getBoolean(10);
                    return new MemberEvaluation(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4),
                            rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), ReportingViews.rate(rs.getInt(5), rs.getInt(4)),
                            exempt || suspended, exempt ? "EXEMPT" : suspended ? "SUSPENDED" : null);
                }).list();
    }

    /** R26: every cell of the subtree, its year against 12 regular and 4 thematic meetings. */
    List<CellEvaluation> cellEvaluation(Subtree subtree, int year) {
        var dashboard = dashboard(subtree, year);
        return dashboard.cells().stream().map(c -> {
            int counted = 0, present = 0, below = 0, adopted = 0, onTime = 0, online = 0, hybrid = 0;
            for (var m : c.months()) {
                var f = m.figures();
                counted += f.counted();
                present += f.present();
                adopted += f.minutesAdopted();
                onTime += f.minutesOnTime();
                online += f.onlineMeetings();
                hybrid += f.hybridMeetings();
                if (Boolean.FALSE.equals(m.meetsThreshold())) {
                    below++;
                }
            }
            return new CellEvaluation(c.cellId(), c.code(), c.name(), c.regularHeld(), 12, c.thematicHeld(), 4,
                    c.shortMeetings(), counted, present, ReportingViews.rate(present, counted), below, adopted, onTime, online, hybrid);
        }).toList();
    }
}
