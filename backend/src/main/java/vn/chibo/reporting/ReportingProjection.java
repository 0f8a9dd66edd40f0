package vn.chibo.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.attendance.Roll;
import vn.chibo.meeting.MeetingEvents.ScheduleWarningRaised;
import vn.chibo.meeting.MeetingKind;
import vn.chibo.meeting.MeetingSummary;
import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.organisation.UnitView;
import vn.chibo.shared.Rule;
import vn.chibo.shared.time.VietnamTime;

/**
 * Writes the reporting tables. Every write replaces what it derives (the meeting's row, its roll lines, the
 * cell-month and the members' unexcused months it touches) from the facts, so receiving an event twice, or out of
 * order, leaves the same figures.
 */
@Component
class ReportingProjection {

    /** R21: adopted minutes are published within 2 days of the meeting. */
    static final Duration MINUTES_DEADLINE = Duration.ofDays(2);

    private final JdbcClient jdbc;
    private final OrganisationDirectory directory;
    private final Clock clock;

    ReportingProjection(JdbcClient jdbc, OrganisationDirectory directory, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    static LocalDate monthOf(Instant instant) {
        return instant.atZone(VietnamTime.ZONE).toLocalDate().withDayOfMonth(1);
    }

    /** R19: 90 minutes, 120 when a regular and a thematic meeting are combined. */
    static int requiredMinutes(MeetingKind kind) {
        return kind == MeetingKind.REGULAR_AND_THEMATIC ? 120 : 90;
    }

    /** The cell's materialised path, remembering the cell and its ancestors in reporting.unit. */
    String cellPath(UUID cellId) {
        var known = jdbc.sql("select path from reporting.unit where id = :id").param("id", cellId).query(String.class).optional();
        if (known.isPresent()) {
            return known.get();
        }
        var cell = directory.unit(cellId).orElseThrow(() -> new IllegalStateException("Unknown cell " + cellId));
        var path = new StringBuilder();
        for (var ancestorId : cell.path()) {
            path.append(ancestorId).append('/');
            var prefix = path.toString();
            directory.unit(ancestorId).ifPresent(a -> remember(a, prefix));
        }
        path.append(cell.id()).append('/');
        remember(cell, path.toString());
        return path.toString();
    }

    private void remember(UnitView unit, String path) {
        jdbc.sql("""
                insert into reporting.unit (id, kind, code, name, parent_id, path) values (:id, :kind, :code, :name, :parent, :path)
                on conflict (id) do update set kind = excluded.kind, code = excluded.code, name = excluded.name,
                    parent_id = excluded.parent_id, path = excluded.path
                """).param("id", unit.id()).param("kind", unit.kind().name()).param("code", unit.code())
                .param("name", unit.name()).param("parent", unit.parentId()).param("path", path).update();
    }

    /** A meeting that ended (and its roll, when there is one). */
    @Transactional
    void held(MeetingSummary meeting, Optional<Roll> roll) {
        var path = cellPath(meeting.cellId());
        var month = monthOf(meeting.startsAt());
        Integer heldMinutes = meeting.startedAt() != null && meeting.endedAt() != null
                ? (int) Duration.between(meeting.startedAt(), meeting.endedAt()).toMinutes() : null;
        var previousMonth = jdbc.sql("select month from reporting.meeting_fact where meeting_id = :id")
                .param("id", meeting.id().value()).query(LocalDate.class).optional();
        jdbc.sql("""
                insert into reporting.meeting_fact (meeting_id, unit_id, cell_id, cell_path, party_group, kind, mode, online_pilot,
                       cancelled, month, starts_at, started_at, ended_at, held_minutes, required_minutes, title)
                values (:id, :unit, :cell, :path, :group, :kind, :mode, :pilot, false, :month, :startsAt, :startedAt, :endedAt,
                       :held, :required, :title)
                on conflict (meeting_id) do update set unit_id = excluded.unit_id, cell_id = excluded.cell_id,
                    cell_path = excluded.cell_path, party_group = excluded.party_group, kind = excluded.kind,
                    mode = excluded.mode, online_pilot = excluded.online_pilot, cancelled = false, month = excluded.month,
                    starts_at = excluded.starts_at, started_at = coalesce(excluded.started_at, reporting.meeting_fact.started_at),
                    ended_at = coalesce(excluded.ended_at, reporting.meeting_fact.ended_at),
                    held_minutes = coalesce(excluded.held_minutes, reporting.meeting_fact.held_minutes),
                    required_minutes = excluded.required_minutes, title = excluded.title
                """).param("id", meeting.id().value()).param("unit", meeting.unitId()).param("cell", meeting.cellId())
                .param("path", path).param("group", !meeting.unitId().equals(meeting.cellId()))
                .param("kind", meeting.kind().name()).param("mode", meeting.mode().name()).param("pilot", meeting.onlinePilot())
                .param("month", month).param("startsAt", ts(meeting.startsAt())).param("startedAt", ts(meeting.startedAt()))
                .param("endedAt", ts(meeting.endedAt())).param("held", heldMinutes)
                .param("required", requiredMinutes(meeting.kind())).param("title", meeting.title()).update();
        var members = new ArrayList<UUID>();
        if (roll.isPresent() && roll.get().confirmed()) {
            members.addAll(jdbc.sql("delete from reporting.attendance_fact where meeting_id = :id returning member_id")
                    .param("id", meeting.id().value()).query(UUID.class).list());
            for (var line : roll.get().lines()) {
                jdbc.sql("""
                        insert into reporting.attendance_fact (month, meeting_id, member_id, cell_id, status, guest)
                        values (:month, :meeting, :member, :cell, :status, :guest)
                        """).param("month", month).param("meeting", meeting.id().value()).param("member", line.memberId())
                        .param("cell", meeting.cellId())
                        .param("status", line.status() == null ? null : line.status().name()).param("guest", line.guest()).update();
                jdbc.sql("""
                        insert into reporting.member (id, full_name) values (:id, :name)
                        on conflict (id) do update set full_name = excluded.full_name
                        """).param("id", line.memberId()).param("name", line.fullName() == null ? "" : line.fullName()).update();
                members.add(line.memberId());
            }
        }
        refreshCellMonth(meeting.cellId(), month);
        previousMonth.filter(m -> !m.equals(month)).ifPresent(m -> refreshCellMonth(meeting.cellId(), m));
        for (var member : members.stream().distinct().toList()) {
            refreshUnexcused(member, month);
            previousMonth.filter(m -> !m.equals(month)).ifPresent(m -> refreshUnexcused(member, m));
        }
    }

    /** A cancelled meeting counts for nothing: its roll facts go, its row stays marked. */
    @Transactional
    void cancelled(MeetingSummary meeting) {
        var month = jdbc.sql("update reporting.meeting_fact set cancelled = true where meeting_id = :id returning month")
                .param("id", meeting.id().value()).query(LocalDate.class).optional();
        if (month.isEmpty()) {
            return;
        }
        var members = jdbc.sql("delete from reporting.attendance_fact where meeting_id = :id returning member_id")
                .param("id", meeting.id().value()).query(UUID.class).list();
        refreshCellMonth(meeting.cellId(), month.get());
        members.stream().distinct().forEach(m -> refreshUnexcused(m, month.get()));
    }

    /** R21: the minutes were adopted now. */
    @Transactional
    void minutesAdopted(MeetingSummary meeting, Instant at) {
        held(meeting, Optional.empty());
        jdbc.sql("update reporting.meeting_fact set minutes_adopted_at = coalesce(minutes_adopted_at, :at) where meeting_id = :id")
                .param("at", ts(at)).param("id", meeting.id().value()).update();
        refreshCellMonth(meeting.cellId(), monthOf(meeting.startsAt()));
    }

    /** R19/R20: a warning of the meeting module's daily check, kept once per cell, code and period. */
    @Transactional
    void warning(ScheduleWarningRaised warning) {
        cellPath(warning.cellId());
        jdbc.sql("""
                insert into reporting.schedule_warning (cell_id, rule, code, period, meeting_id, message)
                values (:cell, :rule, :code, :period, :meeting, :message) on conflict do nothing
                """).param("cell", warning.cellId()).param("rule", warning.rule() == null ? Rule.R20.name() : warning.rule().name())
                .param("code", warning.code()).param("period", warning.period())
                .param("meeting", warning.meetingId() == null ? null : warning.meetingId().value())
                .param("message", warning.message() == null ? "" : warning.message()).update();
    }

    Instant now() {
        return clock.instant();
    }

    /** Recomputes one (cell, month) from the facts; deletes it when nothing is left. */
    void refreshCellMonth(UUID cellId, LocalDate month) {
        jdbc.sql("delete from reporting.cell_month where cell_id = :cell and month = :month")
                .param("cell", cellId).param("month", month).update();
        jdbc.sql(CELL_MONTH_SQL).param("cell", cellId).param("month", month)
                .param("deadline", MINUTES_DEADLINE.toMinutes()).update();
    }

    /** R11: recomputes whether the member was absent without reason in that month. */
    void refreshUnexcused(UUID memberId, LocalDate month) {
        jdbc.sql("delete from reporting.unexcused_month where member_id = :member and month = :month")
                .param("member", memberId).param("month", month).update();
        jdbc.sql("""
                insert into reporting.unexcused_month (member_id, month, cell_id, cell_path, full_name, meetings, meeting_starts)
                select a.member_id, a.month, (array_agg(a.cell_id order by m.starts_at desc))[1],
                       (array_agg(m.cell_path order by m.starts_at desc))[1],
                       coalesce((select p.full_name from reporting.member p where p.id = a.member_id), ''),
                       array_agg(a.meeting_id order by m.starts_at), array_agg(m.starts_at order by m.starts_at)
                from reporting.attendance_fact a join reporting.meeting_fact m on m.meeting_id = a.meeting_id
                where a.member_id = :member and a.month = :month and a.status = 'ABSENT_WITHOUT_REASON' and not a.guest
                  and not m.cancelled
                group by a.member_id, a.month
                """).param("member", memberId).param("month", month).update();
    }

    /**
     * The (cell, month) row from the facts: counts of cell meetings (party-group meetings apart, R25) and the
     * roll lines of every meeting of the cell and its groups. The benchmark generator fills the same table with
     * the same statement for every cell at once.
     */
    static final String CELL_MONTH_SELECT = """
            select m.cell_id, m.month, min(m.cell_path),
                   count(*) filter (where not m.party_group and m.kind in ('REGULAR', 'REGULAR_AND_THEMATIC')),
                   count(*) filter (where not m.party_group and m.kind in ('THEMATIC', 'REGULAR_AND_THEMATIC')),
                   count(*) filter (where m.party_group),
                   count(*) filter (where m.held_minutes is not null and m.held_minutes < m.required_minutes),
                   coalesce(sum(m.held_minutes), 0),
                   count(*) filter (where m.mode = 'ONLINE'),
                   count(*) filter (where m.mode = 'HYBRID'),
                   count(*) filter (where m.minutes_adopted_at is not null),
                   count(*) filter (where m.minutes_adopted_at is not null
                                    and m.minutes_adopted_at <= coalesce(m.ended_at, m.starts_at) + :deadline * interval '1 minute'),
                   coalesce(sum(a.counted), 0), coalesce(sum(a.present), 0), coalesce(sum(a.present_online), 0),
                   coalesce(sum(a.present_in_person), 0), coalesce(sum(a.absent_with_reason), 0),
                   coalesce(sum(a.absent_without), 0), coalesce(sum(a.exempt), 0)
            from reporting.meeting_fact m
            left join lateral (
                select count(*) filter (where f.status is null or f.status not in ('EXEMPT', 'TRANSFERRED', 'SUSPENDED')) counted,
                       count(*) filter (where f.status in ('PRESENT_ONLINE', 'PRESENT_IN_PERSON')) present,
                       count(*) filter (where f.status = 'PRESENT_ONLINE') present_online,
                       count(*) filter (where f.status = 'PRESENT_IN_PERSON') present_in_person,
                       count(*) filter (where f.status = 'ABSENT_WITH_REASON') absent_with_reason,
                       count(*) filter (where f.status = 'ABSENT_WITHOUT_REASON') absent_without,
                       count(*) filter (where f.status = 'EXEMPT') exempt
                from reporting.attendance_fact f
                where f.month = m.month and f.meeting_id = m.meeting_id and not f.guest
            ) a on true
            where not m.cancelled and m.ended_at is not null
            """;

    static final String CELL_MONTH_SQL = "insert into reporting.cell_month " + CELL_MONTH_SELECT
            + " and m.cell_id = :cell and m.month = :month group by m.cell_id, m.month";

    private static java.sql.Timestamp ts(Instant instant) {
        return instant == null ? null : java.sql.Timestamp.from(instant);
    }
}
