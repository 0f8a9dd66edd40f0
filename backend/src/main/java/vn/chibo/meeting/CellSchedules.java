package vn.chibo.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.meeting.MeetingRefusals.InvalidMeeting;
import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.organisation.UnitKind;
import vn.chibo.shared.audit.Auditor;
import vn.chibo.shared.security.AccessDenied;
import vn.chibo.shared.security.Actor;
import vn.chibo.shared.time.VietnamTime;

/**
 * R20: each cell's monthly rule, and the regular meetings it creates ahead (scheduled, with the regular
 * agenda of R18). Creating is idempotent: the unique index on (cell, month) of generated meetings lets two
 * nodes, or two runs, create each occurrence once; a month that already holds a regular meeting is skipped.
 */
@Service
@Transactional
class CellSchedules {

    static final String SYSTEM = "system:schedule";

    private final JdbcCellSchedules schedules;
    private final JdbcMeetings meetings;
    private final MeetingRules rules;
    private final MeetingAccess access;
    private final OrganisationDirectory directory;
    private final MeetingProperties properties;
    private final ApplicationEventPublisher events;
    private final Auditor auditor;
    private final Clock clock;

    CellSchedules(JdbcCellSchedules schedules, JdbcMeetings meetings, MeetingRules rules, MeetingAccess access,
            OrganisationDirectory directory, MeetingProperties properties, ApplicationEventPublisher events,
            Auditor auditor, Clock clock) {
        this.schedules = schedules;
        this.meetings = meetings;
        this.rules = rules;
        this.access = access;
        this.directory = directory;
        this.properties = properties;
        this.events = events;
        this.auditor = auditor;
        this.clock = clock;
    }

    record Body(Integer dayOfMonth, LocalTime localTime, Integer plannedMinutes, MeetingMode mode, String place,
            Integer documentLeadDays, Integer monthsAhead, Boolean active, Long version) {
    }

    record Resource(UUID cellId, int dayOfMonth, LocalTime localTime, int plannedMinutes, MeetingMode mode, String place,
            int documentLeadDays, int monthsAhead, boolean active, LocalDate activeFrom, Long version, boolean stored,
            List<java.time.Instant> nextOccurrences) {
    }

    @Transactional(readOnly = true)
    Resource get(UUID cellId, Actor actor) {
        var cell = directory.unit(cellId).filter(u -> u.kind() == UnitKind.CELL).orElseThrow(MeetingRefusals::unitNotFound);
        if (!access.mayReadUnit(actor, cell)) {
            throw new AccessDenied("Bạn không được xem lịch sinh hoạt của chi bộ này.");
        }
        return schedules.find(cellId).map(s -> resource(s, true)).orElseGet(() -> resource(defaults(cellId), false));
    }

    Resource put(UUID cellId, Body body, Actor actor) {
        directory.unit(cellId).filter(u -> u.kind() == UnitKind.CELL && !u.dissolved())
                .orElseThrow(MeetingRefusals::unitNotFound);
        if (!access.mayManageCell(actor, cellId)) {
            throw new AccessDenied("Chỉ bí thư, phó bí thư chi bộ mới được đặt lịch sinh hoạt của chi bộ.");
        }
        var current = schedules.find(cellId);
        var base = current.orElseGet(() -> defaults(cellId));
        var next = new CellSchedule(cellId, or(body.dayOfMonth(), base.dayOfMonth()), or(body.localTime(), base.localTime()),
                or(body.plannedMinutes(), base.plannedMinutes()), or(body.mode(), base.mode()),
                body.place() == null ? base.place() : (body.place().isBlank() ? null : body.place().strip()),
                or(body.documentLeadDays(), base.documentLeadDays()), or(body.monthsAhead(), base.monthsAhead()),
                or(body.active(), base.active()), base.activeFrom(), current.map(CellSchedule::version).orElse(0L));
        validate(next);
        if (next.mode().usesVideo() && rules.authorisationFor(cellId, today()).isEmpty()) {
            throw MeetingRefusals.onlineNotAuthorised();
        }
        if (current.isPresent()) {
            if (body.version() != null && !body.version().equals(current.get().version())) {
                throw new MeetingRefusals.StaleVersion();
            }
            if (!schedules.update(next)) {
                throw new MeetingRefusals.StaleVersion();
            }
        }
        else {
            schedules.insert(next);
        }
        auditor.record("cell-schedule-set", "cell-schedule", cellId, cellId,
                Map.of("dayOfMonth", String.valueOf(next.dayOfMonth()), "localTime", next.localTime().toString(),
                        "mode", next.mode().name()));
        var stored = schedules.find(cellId).orElseThrow();
        generate(stored);
        return resource(stored, true);
    }

    private static void validate(CellSchedule s) {
        if (s.dayOfMonth() < 1 || s.dayOfMonth() > 28 || s.plannedMinutes() < 30 || s.plannedMinutes() > 600
                || s.documentLeadDays() < 0 || s.documentLeadDays() > 30 || s.monthsAhead() < 1 || s.monthsAhead() > 12) {
            throw new InvalidMeeting("invalid-request",
                    "Ngày họp 1–28, thời lượng 30–600 phút, gửi tài liệu trước 0–30 ngày, tạo trước 1–12 tháng.");
        }
    }

    CellSchedule defaults(UUID cellId) {
        return new CellSchedule(cellId, properties.defaultDayOfMonth(), properties.defaultTime(), 120, MeetingMode.IN_PERSON,
                null, 1, 2, true, today(), null);
    }

    /** Creates the missing occurrences of every active rule; answers how many meetings it created. */
    int generateAll() {
        return schedules.active().stream().mapToInt(this::generate).sum();
    }

    int generate(CellSchedule schedule) {
        if (!schedule.active()) {
            return 0;
        }
        var now = clock.instant();
        var created = 0;
        var month = YearMonth.from(today());
        for (int i = 0; i <= schedule.monthsAhead(); i++, month = month.plusMonths(1)) {
            var start = schedule.occurrence(month);
            if (start.toInstant().isBefore(now) || hasRegularMeeting(schedule.cellId(), month)) {
                continue;
            }
            if (create(schedule, start)) {
                created++;
            }
        }
        return created;
    }

    private boolean create(CellSchedule schedule, java.time.ZonedDateTime start) {
        var id = UUID.randomUUID();
        var candidate = new Meeting(id, schedule.cellId(), schedule.cellId(), MeetingKind.REGULAR, schedule.mode(),
                MeetingState.SCHEDULED, MeetingService.title(null, MeetingKind.REGULAR, start.toInstant(), false),
                start.toInstant(), start.plusMinutes(schedule.plannedMinutes()).toInstant(), null, null, schedule.place(),
                null, null, null, false, null, false, true, null, null, SYSTEM, 0);
        Meeting meeting;
        try {
            meeting = rules.withAuthorisation(candidate);
        }
        catch (MeetingRefusals.RuleRefusal noAuthorisation) {
            // R1: without an authorisation on that date the occurrence is planned in person
            meeting = rules.withAuthorisation(new Meeting(id, candidate.unitId(), candidate.cellId(), candidate.kind(),
                    MeetingMode.IN_PERSON, candidate.state(), candidate.title(), candidate.startsAt(), candidate.endsAt(),
                    null, null, candidate.place(), null, null, null, false, null, false, true, null, null, SYSTEM, 0));
        }
        if (!meetings.insertGenerated(meeting)) {
            return false;
        }
        var position = 0;
        for (var step : AgendaTemplates.steps(AgendaTemplates.Template.REGULAR, null)) {
            meetings.insertItem(new AgendaItem(UUID.randomUUID(), id, ++position, step.title(), step.type(),
                    Classification.INTERNAL, false, null, null, step.plannedMinutes(), step.notes()));
        }
        meetings.recordStateChange(id, null, MeetingState.SCHEDULED, "monthly rule", SYSTEM, clock.instant());
        events.publishEvent(new MeetingEvents.MeetingScheduled(meeting.summary()));
        return true;
    }

    private boolean hasRegularMeeting(UUID cellId, YearMonth month) {
        var from = month.atDay(1).atStartOfDay(VietnamTime.ZONE).toInstant();
        var to = month.plusMonths(1).atDay(1).atStartOfDay(VietnamTime.ZONE).toInstant();
        return meetings.ofCell(cellId, from, to).stream().anyMatch(m -> MeetingTransition.counts(m.state())
                && (m.kind() == MeetingKind.REGULAR || m.kind() == MeetingKind.REGULAR_AND_THEMATIC));
    }

    @Transactional(readOnly = true)
    List<JdbcCellSchedules.StoredWarning> warnings(UUID cellId, Actor actor) {
        var cell = directory.unit(cellId).filter(u -> u.kind() == UnitKind.CELL).orElseThrow(MeetingRefusals::unitNotFound);
        if (!access.mayReadUnit(actor, cell)) {
            throw new AccessDenied("Bạn không được xem cảnh báo của chi bộ này.");
        }
        return schedules.warnings(cellId);
    }

    private Resource resource(CellSchedule s, boolean stored) {
        var next = new ArrayList<java.time.Instant>();
        var month = YearMonth.from(today());
        while (next.size() < 3) {
            var at = s.occurrence(month).toInstant();
            if (!at.isBefore(clock.instant())) {
                next.add(at);
            }
            month = month.plusMonths(1);
        }
        return new Resource(s.cellId(), s.dayOfMonth(), s.localTime(), s.plannedMinutes(), s.mode(), s.place(),
                s.documentLeadDays(), s.monthsAhead(), s.active(), s.activeFrom(), s.version(), stored, next);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), VietnamTime.ZONE);
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
