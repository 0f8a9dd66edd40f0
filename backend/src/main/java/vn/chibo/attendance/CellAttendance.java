package vn.chibo.attendance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.meeting.MeetingId;
import vn.chibo.meeting.MeetingSummary;
import vn.chibo.meeting.Meetings;
import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.organisation.PartyGroupView;
import vn.chibo.organisation.UnitKind;
import vn.chibo.organisation.UnitView;
import vn.chibo.shared.Rule;
import vn.chibo.shared.security.Actor;
import vn.chibo.shared.security.Role;
import vn.chibo.shared.time.VietnamTime;

/**
 * A cell's attendance over time, for its officers and the reviewers above it: the members absent without reason in
 * two or more months of a year (R11), a member's own year, and the monthly roll-up of the party groups (R25).
 */
@Service
class CellAttendance {

    /** Those who see a cell's absences: its secretary, deputy and committee, and reviewers of any node above. */
    private static final Set<Role> OVERSEERS = EnumSet.of(Role.SECRETARY, Role.DEPUTY_SECRETARY, Role.CELL_COMMITTEE,
            Role.REVIEWER);

    record MeetingRef(UUID meetingId, String title, Instant startsAt, UUID unitId, boolean groupMeeting) {
    }

    record MonthView(YearMonth month, List<MeetingRef> meetings) {
    }

    record MemberAbsences(UUID memberId, String fullName, int months, UnexcusedAbsences.Level level,
            List<MonthView> detail, Instant warnedAt, Instant removalFlaggedAt) {
    }

    record CellAbsencesView(UUID cellId, String cellName, int year, int warnAt, int removalProcedureAt, Rule rule,
            List<MemberAbsences> members) {
    }

    record HistoryLine(UUID meetingId, String title, String kind, Instant startsAt, UUID unitId, boolean groupMeeting,
            boolean confirmed, RollStatus status, String reason, boolean corrected) {
    }

    record MemberHistoryView(UUID memberId, String fullName, UUID cellId, int year, Rule rule, int unexcusedMonths,
            UnexcusedAbsences.Level level, int warnAt, int removalProcedureAt, List<MonthView> months,
            List<HistoryLine> meetings) {
    }

    record GroupRollView(UUID meetingId, UUID groupId, String groupName, String title, Instant startsAt,
            boolean confirmed, Roll.Rate rate) {
    }

    record GroupRollUpView(UUID cellId, YearMonth month, Rule rule, List<GroupRollView> meetings, Roll.Rate total) {
    }

    private final Absences absences;
    private final AttendanceRecords records;
    private final Meetings meetings;
    private final OrganisationDirectory directory;
    private final JdbcAbsences store;
    private final Thresholds thresholds;
    private final Clock clock;

    CellAttendance(Absences absences, AttendanceRecords records, Meetings meetings, OrganisationDirectory directory,
            JdbcAbsences store, Thresholds thresholds, Clock clock) {
        this.absences = absences;
        this.records = records;
        this.meetings = meetings;
        this.directory = directory;
        this.store = store;
        this.thresholds = thresholds;
        this.clock = clock;
    }

    private boolean oversees(Actor actor, UUID cellId) {
        return actor.grants().stream()
                .anyMatch(g -> OVERSEERS.contains(g.role()) && directory.isWithin(cellId, g.unitId()));
    }

    private UnitView cell(UUID cellId, Actor actor) {
        var cell = directory.unit(cellId).filter(u -> u.kind() == UnitKind.CELL)
                .orElseThrow(AttendanceRefusals::cellNotFound);
        if (!oversees(actor, cellId)) {
            throw AttendanceRefusals.absencesNotVisible();
        }
        return cell;
    }

    private int year(Integer year) {
        var thisYear = LocalDate.now(clock.withZone(VietnamTime.ZONE)).getYear();
        if (year == null) {
            return thisYear;
        }
        if (year < 2000 || year > thisYear + 1) {
            throw AttendanceRefusals.invalid("Năm không hợp lệ: " + year + ".");
        }
        return year;
    }

    private static List<MonthView> months(UnexcusedAbsences absences, Map<MeetingId, MeetingSummary> held) {
        return absences.months().stream().map(m -> new MonthView(m.month(), m.meetings().stream()
                .map(id -> ref(held.get(id))).toList())).toList();
    }

    private static MeetingRef ref(MeetingSummary m) {
        return new MeetingRef(m.id().value(), m.title(), m.startsAt(), m.unitId(), !m.unitId().equals(m.cellId()));
    }

    /** R11: the cell's members at two or more months absent without reason in the year, with the meetings behind. */
    @Transactional(readOnly = true)
    CellAbsencesView absences(UUID cellId, Integer requestedYear, Actor actor) {
        var cell = cell(cellId, actor);
        var year = year(requestedYear);
        var held = absences.meetingsOfCell(cellId, year).stream()
                .collect(Collectors.toMap(MeetingSummary::id, Function.identity()));
        var counted = absences.ofCell(cellId, year).stream()
                .filter(a -> a.count() >= UnexcusedAbsences.WARN_AT).toList();
        var warnings = store.warnings(counted.stream().map(UnexcusedAbsences::memberId).toList(), year);
        var members = counted.stream().map(a -> new MemberAbsences(a.memberId(), a.fullName(), a.count(), a.level(),
                months(a, held), raisedAt(warnings, a.memberId(), UnexcusedAbsences.WARN_AT),
                raisedAt(warnings, a.memberId(), UnexcusedAbsences.REMOVAL_PROCEDURE_AT))).toList();
        return new CellAbsencesView(cellId, cell.name(), year, UnexcusedAbsences.WARN_AT,
                UnexcusedAbsences.REMOVAL_PROCEDURE_AT, Rule.R11, members);
    }

    private static Instant raisedAt(List<JdbcAbsences.Warning> warnings, UUID member, int level) {
        return warnings.stream().filter(w -> w.memberId().equals(member) && w.level() == level)
                .map(JdbcAbsences.Warning::raisedAt).findFirst().orElse(null);
    }

    /** A member's year: every confirmed roll they were on, and their months absent without reason (R11). */
    @Transactional(readOnly = true)
    MemberHistoryView history(UUID memberId, Integer requestedYear, Actor actor) {
        var member = directory.member(memberId).orElseThrow(AttendanceRefusals::memberNotFound);
        var self = memberId.equals(actor.memberId());
        if (!self && (member.cellId() == null || !oversees(actor, member.cellId()))) {
            throw AttendanceRefusals.absencesNotVisible();
        }
        var year = year(requestedYear);
        var own = absences.ofMember(memberId, year);
        var unexcused = own.absences(memberId, member.fullName(), year);
        var lines = new ArrayList<HistoryLine>();
        for (var line : own.lines()) {
            var m = own.meetings().get(new MeetingId(line.meetingId()));
            lines.add(new HistoryLine(m.id().value(), m.title(), m.kind().name(), m.startsAt(), m.unitId(),
                    !m.unitId().equals(m.cellId()), true, line.status(), line.reason(), line.corrected()));
        }
        return new MemberHistoryView(memberId, member.fullName(), member.cellId(), year, Rule.R11, unexcused.count(),
                unexcused.level(), UnexcusedAbsences.WARN_AT, UnexcusedAbsences.REMOVAL_PROCEDURE_AT,
                months(unexcused, own.meetings()), lines);
    }

    /** R25: the month's party-group meetings of the cell, each with its own roll, and their sum. */
    @Transactional(readOnly = true)
    GroupRollUpView groupRollUp(UUID cellId, YearMonth requestedMonth, Actor actor) {
        cell(cellId, actor);
        var month = requestedMonth == null ? YearMonth.now(clock.withZone(VietnamTime.ZONE)) : requestedMonth;
        year(month.getYear());
        var groups = directory.partyGroups(cellId).stream()
                .collect(Collectors.toMap(PartyGroupView::id, PartyGroupView::name));
        var views = new ArrayList<GroupRollView>();
        int summoned = 0;
        int exempt = 0;
        int present = 0;
        for (var roll : records.groupRollsOf(cellId, month)) {
            var meeting = meetings.find(roll.meetingId()).orElseThrow();
            views.add(new GroupRollView(meeting.id().value(), meeting.unitId(), groups.get(meeting.unitId()),
                    meeting.title(), meeting.startsAt(), roll.confirmed(), roll.rate()));
            summoned += roll.rate().summoned();
            exempt += roll.rate().exempt();
            present += roll.rate().present();
        }
        return new GroupRollUpView(cellId, month, Rule.R25, views,
                Attendance.rate(summoned, exempt, present, thresholds.percentFor(cellId)));
    }
}
