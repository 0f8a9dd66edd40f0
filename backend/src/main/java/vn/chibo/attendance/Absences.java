package vn.chibo.attendance;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.meeting.MeetingId;
import vn.chibo.meeting.MeetingSummary;
import vn.chibo.meeting.Meetings;
import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.organisation.UnitView;
import vn.chibo.shared.Rule;
import vn.chibo.shared.alert.CellAlertRaised;
import vn.chibo.shared.audit.Auditor;
import vn.chibo.shared.time.VietnamTime;

/**
 * R11: counts a member's months absent without reason per calendar year from the confirmed rolls (corrections
 * applied) and raises the warnings at 2 and 3 months, once each. Flags only: removing a member (Điều 8.1) is the
 * cell's decision and the platform never takes it.
 */
@Service
class Absences {

    private final Meetings meetings;
    private final OrganisationDirectory directory;
    private final JdbcAbsences store;
    private final ApplicationEventPublisher events;
    private final Auditor auditor;
    private final Clock clock;

    Absences(Meetings meetings, OrganisationDirectory directory, JdbcAbsences store, ApplicationEventPublisher events,
            Auditor auditor, Clock clock) {
        this.meetings = meetings;
        this.directory = directory;
        this.store = store;
        this.events = events;
        this.auditor = auditor;
        this.clock = clock;
    }

    static YearMonth monthOf(MeetingSummary meeting) {
        return YearMonth.from(meeting.startsAt().atZone(VietnamTime.ZONE));
    }

    /** The meetings of the cell and of its party groups that started in the year (Vietnam time). */
    List<MeetingSummary> meetingsOfCell(UUID cellId, int year) {
        var units = new ArrayList<UUID>();
        units.add(cellId);
        directory.partyGroups(cellId).forEach(g -> units.add(g.id()));
        var from = YearMonth.of(year, 1).atDay(1).atStartOfDay(VietnamTime.ZONE).toInstant();
        var to = YearMonth.of(year + 1, 1).atDay(1).atStartOfDay(VietnamTime.ZONE).toInstant();
        return meetings.of(units, from, to);
    }

    /**
     * {@link Rule#R11} arithmetic: per member, the distinct months (of {@code year}) of the meetings whose confirmed
     * line says absent without reason, with those meetings; members without any are left out.
     */
    static List<UnexcusedAbsences> count(int year, Map<MeetingId, MeetingSummary> held,
            Collection<JdbcAbsences.ConfirmedLine> lines) {
        var byMember = new LinkedHashMap<UUID, TreeMap<YearMonth, List<MeetingId>>>();
        var names = new HashMap<UUID, String>();
        for (var line : lines) {
            var meeting = held.get(new MeetingId(line.meetingId()));
            if (meeting == null || line.status() != RollStatus.ABSENT_WITHOUT_REASON || monthOf(meeting).getYear() != year) {
                continue;
            }
            names.putIfAbsent(line.memberId(), line.fullName());
            byMember.computeIfAbsent(line.memberId(), m -> new TreeMap<>())
                    .computeIfAbsent(monthOf(meeting), m -> new ArrayList<>()).add(meeting.id());
        }
        return byMember.entrySet().stream()
                .map(e -> new UnexcusedAbsences(e.getKey(), names.get(e.getKey()), year, e.getValue().entrySet().stream()
                        .map(m -> new UnexcusedAbsences.Month(m.getKey(), sortedByStart(m.getValue(), held))).toList()))
                .sorted(Comparator.comparingInt(UnexcusedAbsences::count).reversed()
                        .thenComparing(UnexcusedAbsences::fullName, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(UnexcusedAbsences::memberId))
                .toList();
    }

    private static List<MeetingId> sortedByStart(List<MeetingId> ids, Map<MeetingId, MeetingSummary> held) {
        return ids.stream().sorted(Comparator.comparing(id -> held.get(id).startsAt())).toList();
    }

    @Transactional(readOnly = true)
    List<UnexcusedAbsences> ofCell(UUID cellId, int year) {
        var held = meetingsOfCell(cellId, year).stream()
                .collect(Collectors.toMap(MeetingSummary::id, m -> m, (a, b) -> a, LinkedHashMap::new));
        var lines = store.linesOf(held.keySet().stream().map(MeetingId::value).toList());
        return count(year, held, lines);
    }

    /** A member's confirmed lines of meetings that started in the year, with the meetings, in order. */
    record MemberYear(List<JdbcAbsences.ConfirmedLine> lines, Map<MeetingId, MeetingSummary> meetings) {

        UnexcusedAbsences absences(UUID memberId, String fullName, int year) {
            var counted = count(year, meetings, lines);
            return counted.isEmpty() ? new UnexcusedAbsences(memberId, fullName, year, List.of()) : counted.get(0);
        }
    }

    @Transactional(readOnly = true)
    MemberYear ofMember(UUID memberId, int year) {
        var held = new HashMap<MeetingId, MeetingSummary>();
        var lines = new ArrayList<JdbcAbsences.ConfirmedLine>();
        for (var line : store.linesOfMember(memberId)) {
            var meeting = meetings.find(new MeetingId(line.meetingId()));
            if (meeting.isPresent() && monthOf(meeting.get()).getYear() == year) {
                held.put(meeting.get().id(), meeting.get());
                lines.add(line);
            }
        }
        lines.sort(Comparator.comparing(l -> held.get(new MeetingId(l.meetingId())).startsAt()));
        return new MemberYear(lines, held);
    }

    /**
     * After a confirmation or a correction of {@code meeting}'s roll: for the members now absent without reason in it,
     * raises the {@link Rule#R11} warning of each level their year reached for the first time.
     */
    @Transactional
    void check(MeetingSummary meeting, Collection<UUID> absentWithoutReason) {
        var year = monthOf(meeting).getYear();
        for (var memberId : absentWithoutReason) {
            var name = directory.member(memberId).map(m -> m.fullName()).orElse("");
            var absences = ofMember(memberId, year).absences(memberId, name, year);
            for (var level : List.of(UnexcusedAbsences.WARN_AT, UnexcusedAbsences.REMOVAL_PROCEDURE_AT)) {
                if (absences.count() >= level) {
                    raise(meeting, absences, level);
                }
            }
        }
    }

    private void raise(MeetingSummary meeting, UnexcusedAbsences absences, int level) {
        var months = absences.months().stream().map(m -> m.month().getMonthValue() + "/" + m.month().getYear())
                .collect(Collectors.joining(", "));
        var stored = store.raise(new JdbcAbsences.Warning(absences.memberId(), absences.year(), level, meeting.cellId(),
                months, meeting.id().value(), clock.instant()));
        if (!stored) {
            return;
        }
        var removal = level >= UnexcusedAbsences.REMOVAL_PROCEDURE_AT;
        var cell = directory.unit(meeting.cellId()).map(UnitView::name).orElse("chi bộ");
        var title = (removal ? "Xem xét xóa tên (Điều 8.1): đồng chí " : "Cảnh báo vắng sinh hoạt: đồng chí ")
                + absences.fullName();
        var body = "Năm " + absences.year() + ", đồng chí " + absences.fullName() + " (" + cell
                + ") đã vắng sinh hoạt không có lý do trong " + absences.count() + " tháng: " + months + ". "
                + (removal ? "Theo Điều 8.1 Điều lệ Đảng, đảng viên bỏ sinh hoạt chi bộ 3 tháng trong năm không có lý do "
                        + "chính đáng thì chi bộ xem xét, đề nghị xóa tên. Hệ thống chỉ đánh dấu, không tự xóa tên ai."
                        : "Đề nghị chi ủy gặp gỡ, nhắc nhở đồng chí; vắng không lý do 3 tháng trong năm thì chi bộ "
                        + "xem xét xóa tên theo Điều 8.1 Điều lệ Đảng.");
        var outcome = removal ? UnexcusedAbsences.Level.REMOVAL_PROCEDURE : UnexcusedAbsences.Level.WARNING;
        events.publishEvent(new AbsenceWarningRaised(absences.memberId(), meeting.cellId(), absences.year(),
                absences.count(), outcome, meeting.id()));
        events.publishEvent(new CellAlertRaised(meeting.cellId(), Rule.R11,
                removal ? "unexcused-absence-removal-procedure" : "unexcused-absence-warning", title, body));
        auditor.record("attendance.absence-warning-raised", "member", absences.memberId(), meeting.cellId(),
                Map.of("year", String.valueOf(absences.year()), "months", months, "level", outcome.name(),
                        "meetingId", meeting.id().toString()));
    }
}
