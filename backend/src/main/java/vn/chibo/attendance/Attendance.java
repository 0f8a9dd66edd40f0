package vn.chibo.attendance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import vn.chibo.meeting.MeetingId;
import vn.chibo.meeting.MeetingMode;
import vn.chibo.meeting.MeetingSummary;
import vn.chibo.meeting.Meetings;
import vn.chibo.organisation.MemberStanding;
import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.shared.Rule;
import vn.chibo.shared.audit.Auditor;
import vn.chibo.shared.security.Actor;
import vn.chibo.shared.time.VietnamTime;

/**
 * The attendance ledger (R10) and the roll call (R9, R12, R25): merges each member's facts into intervals, pre-fills
 * the roll from them and from the member records, keeps the minute-taker's entries, freezes the chair's confirmation
 * and appends corrections.
 */
@Service
class Attendance implements AttendanceRecords {

    /** One member's line in the ledger answer. */
    record LedgerLine(UUID memberId, String fullName, List<IntervalMerge.Interval> intervals, Instant firstJoin,
            Instant lastLeave, long totalSeconds, boolean late, boolean leftEarly, boolean presentNow) {
    }

    record LedgerView(UUID meetingId, Instant startedAt, Instant endedAt, long ghostGraceSeconds,
            long toleranceSeconds, boolean ownLineOnly, List<LedgerLine> lines) {
    }

    record Flags(boolean exempt, boolean suspended, boolean transferred) {
    }

    /**
     * A roll-call line. {@code suggested}: the status is the platform's suggestion, nobody set it yet. {@code version}
     * goes with the next PUT.
     */
    record RollLine(UUID memberId, String fullName, boolean guest, RollStatus status, String reason,
            boolean suggested, int version, Flags flags, boolean online, boolean late, boolean leftEarly,
            long onlineSeconds) {
    }

    record RollCallView(UUID meetingId, boolean confirmed, Instant confirmedAt, String confirmedBy, boolean mayEdit,
            boolean mayConfirm, boolean ownLineOnly, List<RollLine> lines, Roll.Rate rate, Rule rule) {
    }

    /** {@code note}: why a confirmed line is corrected (kept with the correction and in the audit log). */
    record LineBody(RollStatus status, String reason, Integer version, String note) {
    }

    record ManualBody(UUID memberId, Instant joinedAt, Instant leftAt, String note) {
    }

    private final Meetings meetings;
    private final OrganisationDirectory directory;
    private final JdbcLedger ledger;
    private final JdbcRolls rolls;
    private final AttendanceProperties properties;
    private final Thresholds thresholds;
    private final Absences absences;
    private final Auditor auditor;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Attendance(Meetings meetings, OrganisationDirectory directory, JdbcLedger ledger, JdbcRolls rolls,
            AttendanceProperties properties, Thresholds thresholds, Absences absences, Auditor auditor, JsonMapper json,
            Clock clock, ApplicationEventPublisher events) {
        this.meetings = meetings;
        this.directory = directory;
        this.ledger = ledger;
        this.rolls = rolls;
        this.properties = properties;
        this.thresholds = thresholds;
        this.absences = absences;
        this.auditor = auditor;
        this.json = json;
        this.clock = clock;
        this.events = events;
    }

    // ---- access ---------------------------------------------------------------------------------------------

    private MeetingSummary meeting(UUID id) {
        return meetings.find(new MeetingId(id)).orElseThrow(AttendanceRefusals.MeetingNotFound::new);
    }

    /** Sees every line: those who run the meeting, its minute-taker, and anyone holding a role over its unit. */
    private boolean seesAll(Actor actor, MeetingSummary meeting) {
        return mayEdit(actor, meeting) || actor.grants().stream()
                .anyMatch(g -> directory.isWithin(meeting.unitId(), g.unitId()));
    }

    private boolean mayEdit(Actor actor, MeetingSummary meeting) {
        return (actor.memberId() != null && actor.memberId().equals(meeting.minuteTakerMemberId()))
                || meetings.mayManage(actor, meeting.id());
    }

    /** Whether the actor sees every line (true), only their own (false), or is refused. */
    private boolean visibility(Actor actor, MeetingSummary meeting) {
        if (seesAll(actor, meeting)) {
            return true;
        }
        if (actor.memberId() != null && meetings.mayView(actor, meeting.id())) {
            return false;
        }
        throw AttendanceRefusals.viewNotAllowed();
    }

    // ---- ledger ---------------------------------------------------------------------------------------------

    private IntervalMerge.Window window(MeetingSummary meeting) {
        return new IntervalMerge.Window(meeting.startedAt(), meeting.endedAt(), clock.instant());
    }

    private Map<UUID, IntervalMerge.Result> merged(MeetingSummary meeting) {
        var window = window(meeting);
        var results = new LinkedHashMap<UUID, IntervalMerge.Result>();
        ledger.factsOf(meeting.id().value()).forEach((member, facts) -> results.put(member,
                IntervalMerge.merge(facts, window, properties.mergeSettings())));
        return results;
    }

    @Transactional(readOnly = true)
    LedgerView ledger(UUID meetingId, Actor actor) {
        var meeting = meeting(meetingId);
        var all = visibility(actor, meeting);
        var lines = new ArrayList<LedgerLine>();
        merged(meeting).forEach((member, r) -> {
            if (all || member.equals(actor.memberId())) {
                var name = directory.member(member).map(m -> m.fullName()).orElse(null);
                lines.add(new LedgerLine(member, name, r.intervals(), r.firstJoin(), r.lastLeave(), r.totalSeconds(),
                        r.late(), r.leftEarly(), r.presentNow()));
            }
        });
        lines.sort(Comparator.comparing(LedgerLine::fullName, Comparator.nullsLast(Comparator.naturalOrder())));
        return new LedgerView(meetingId, meeting.startedAt(), meeting.endedAt(), properties.ghostGrace().toSeconds(),
                properties.tolerance().toSeconds(), !all, lines);
    }

    /** The secretary's own entry: a member was there from … to … (e.g. in the hall while the network failed). */
    @Transactional
    LedgerView recordManual(UUID meetingId, ManualBody body, Actor actor) {
        var meeting = meeting(meetingId);
        if (!mayEdit(actor, meeting)) {
            throw AttendanceRefusals.editorsOnly();
        }
        if (body == null || body.memberId() == null || body.joinedAt() == null) {
            throw AttendanceRefusals.invalid("Cần chọn đảng viên và giờ vào.");
        }
        if (body.leftAt() != null && !body.leftAt().isAfter(body.joinedAt())) {
            throw AttendanceRefusals.invalid("Giờ ra phải sau giờ vào.");
        }
        if (!onRoll(meeting).containsKey(body.memberId())) {
            throw AttendanceRefusals.notOnRoll();
        }
        var entry = UUID.randomUUID().toString();
        ledger.upsert("manual:" + entry + ":join", "manual", PresenceFact.Kind.JOIN, meetingId, body.memberId(), entry,
                "joined", body.joinedAt(), actor.username());
        if (body.leftAt() != null) {
            ledger.upsert("manual:" + entry + ":leave", "manual", PresenceFact.Kind.LEAVE, meetingId, body.memberId(),
                    entry, "left", body.leftAt(), actor.username());
        }
        auditor.record("attendance.manual-fact", "meeting", meetingId, meeting.unitId(), Map.of("memberId",
                body.memberId().toString(), "joinedAt", body.joinedAt().toString(), "leftAt",
                String.valueOf(body.leftAt()), "note", body.note() == null ? "" : body.note()));
        return ledger(meetingId, actor);
    }

    // ---- roll call ------------------------------------------------------------------------------------------

    private record Person(String fullName, boolean guest, MemberStanding standing) {
    }

    /** Everyone on the roll: the unit's members on the meeting date (with their flags), then invited guests. */
    private Map<UUID, Person> onRoll(MeetingSummary meeting) {
        var date = meeting.startsAt().atZone(VietnamTime.ZONE).toLocalDate();
        var people = new LinkedHashMap<UUID, Person>();
        for (var standing : directory.standingsOn(meeting.unitId(), date)) {
            people.put(standing.member().id(), new Person(standing.member().fullName(), false, standing));
        }
        for (var guest : meetings.guests(meeting.id())) {
            if (!people.containsKey(guest)) {
                people.put(guest, new Person(directory.member(guest).map(m -> m.fullName()).orElse(""), true, null));
            }
        }
        return people;
    }

    private RollStatus suggestion(MeetingSummary meeting, Person person, IntervalMerge.Result online) {
        var standing = person.standing();
        if (standing != null && standing.transferredOut()) {
            return RollStatus.TRANSFERRED;
        }
        if (standing != null && standing.suspended()) {
            return RollStatus.SUSPENDED;
        }
        if (standing != null && standing.exempt()) {
            return RollStatus.EXEMPT;
        }
        if (online.wasPresent()) {
            return RollStatus.PRESENT_ONLINE;
        }
        // nobody online: in an online-only meeting that means absent; in the hall the minute-taker marks it
        return meeting.mode() == MeetingMode.ONLINE && meeting.startedAt() != null ? RollStatus.ABSENT_WITHOUT_REASON
                : null;
    }

    /** The draft roll: entries set by the minute-taker or managers, suggestions for the rest. */
    private List<RollLine> draft(MeetingSummary meeting) {
        var online = merged(meeting);
        var entries = rolls.entries(meeting.id().value());
        var lines = new ArrayList<RollLine>();
        onRoll(meeting).forEach((id, person) -> {
            var result = online.getOrDefault(id, IntervalMerge.Result.NONE);
            var entry = entries.get(id);
            var status = entry == null ? suggestion(meeting, person, result) : entry.status();
            lines.add(line(id, person.fullName(), person.guest(), status, entry == null ? null : entry.reason(),
                    entry == null, entry == null ? 0 : entry.version(), person.standing(), result));
        });
        return sorted(lines);
    }

    private List<RollLine> confirmedLines(MeetingSummary meeting) {
        var online = merged(meeting);
        var people = onRoll(meeting);
        var lines = new ArrayList<RollLine>();
        for (var line : rolls.currentLines(meeting.id().value())) {
            var person = people.get(line.memberId());
            lines.add(line(line.memberId(), line.fullName(), line.guest(), line.status(), line.reason(), false,
                    line.version(), person == null ? null : person.standing(),
                    online.getOrDefault(line.memberId(), IntervalMerge.Result.NONE)));
        }
        return sorted(lines);
    }

    private static RollLine line(UUID id, String name, boolean guest, RollStatus status, String reason,
            boolean suggested, int version, MemberStanding standing, IntervalMerge.Result online) {
        var flags = standing == null ? new Flags(false, false, false)
                : new Flags(standing.exempt(), standing.suspended(), standing.transferredOut());
        return new RollLine(id, name, guest, status, reason, suggested, version, flags, online.wasPresent(),
                online.late(), online.leftEarly(), online.totalSeconds());
    }

    private static List<RollLine> sorted(List<RollLine> lines) {
        lines.sort(Comparator.comparing(RollLine::guest).thenComparing(RollLine::fullName)
                .thenComparing(RollLine::memberId));
        return lines;
    }

    /** R12: present / (summoned − exempt), guests left out, against the default threshold. */
    Roll.Rate rate(List<RollStatus> memberStatuses) {
        return rate(memberStatuses, properties.thresholdPercent());
    }

    /** R12: present / (summoned − exempt), guests left out; the threshold check is exact integer arithmetic. */
    static Roll.Rate rate(List<RollStatus> memberStatuses, int threshold) {
        int summoned = memberStatuses.size();
        int exempt = (int) memberStatuses.stream().filter(s -> s == RollStatus.EXEMPT).count();
        int present = (int) memberStatuses.stream().filter(s -> s != null && s.present()).count();
        return rate(summoned, exempt, present, threshold);
    }

    /** R12 from the counts (e.g. the sum of a cell's group rolls, R25). */
    static Roll.Rate rate(int summoned, int exempt, int present, int threshold) {
        int denominator = summoned - exempt;
        var percent = denominator == 0 ? null
                : BigDecimal.valueOf(present * 100L).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
        var meets = denominator > 0 && present * 100L >= (long) threshold * denominator;
        return new Roll.Rate(summoned, exempt, present, denominator, percent, threshold, meets);
    }

    private Roll.Rate rateOf(MeetingSummary meeting, List<RollLine> lines) {
        return rate(lines.stream().filter(l -> !l.guest()).map(RollLine::status).toList(),
                thresholds.percentFor(meeting.unitId()));
    }

    @Transactional(readOnly = true)
    RollCallView rollCall(UUID meetingId, Actor actor) {
        var meeting = meeting(meetingId);
        var all = visibility(actor, meeting);
        var confirmation = rolls.confirmation(meetingId);
        var lines = confirmation.isPresent() ? confirmedLines(meeting) : draft(meeting);
        var rate = rateOf(meeting, lines);
        var shown = all ? lines : lines.stream().filter(l -> l.memberId().equals(actor.memberId())).toList();
        return new RollCallView(meetingId, confirmation.isPresent(),
                confirmation.map(JdbcRolls.Confirmation::confirmedAt).orElse(null),
                confirmation.map(JdbcRolls.Confirmation::confirmedBy).orElse(null), mayEdit(actor, meeting),
                meetings.mayManage(actor, meeting.id()), !all, shown, rate, Rule.R12);
    }

    /** Sets a member's status: a draft edit before the chair confirms, an appended and audited correction after. */
    @Transactional
    RollCallView setLine(UUID meetingId, UUID memberId, LineBody body, Actor actor) {
        var meeting = meeting(meetingId);
        if (!mayEdit(actor, meeting)) {
            throw AttendanceRefusals.editorsOnly();
        }
        if (body == null || body.status() == null || body.version() == null) {
            throw AttendanceRefusals.invalid("Cần chọn tình trạng điểm danh và gửi kèm phiên bản của dòng.");
        }
        var reason = body.reason() == null || body.reason().isBlank() ? null : body.reason().strip();
        if (body.status() == RollStatus.ABSENT_WITH_REASON && reason == null) {
            throw AttendanceRefusals.reasonRequired();
        }
        if (!onRoll(meeting).containsKey(memberId)) {
            throw AttendanceRefusals.notOnRoll();
        }
        var note = body.note() == null || body.note().isBlank() ? null : body.note().strip();
        var now = clock.instant();
        var confirmation = rolls.confirmation(meetingId);
        if (confirmation.isEmpty()) {
            if (!rolls.setEntry(meetingId, memberId, body.status(), reason, body.version(), actor.username(), now)) {
                throw AttendanceRefusals.staleVersion();
            }
        } else {
            var current = rolls.currentLines(meetingId).stream().filter(l -> l.memberId().equals(memberId))
                    .findFirst().orElseThrow(AttendanceRefusals::notOnRoll);
            if (current.version() != body.version()
                    || !rolls.correct(meetingId, memberId, body.status(), reason, body.version() + 1, actor.username(),
                            now, note)) {
                throw AttendanceRefusals.staleVersion();
            }
            auditor.record("attendance.roll-corrected", "meeting", meetingId, meeting.unitId(),
                    Map.of("memberId", memberId.toString(), "from", current.status().name(), "to",
                            body.status().name(), "reason", reason == null ? "" : reason, "note",
                            note == null ? "" : note));
            if (body.status() == RollStatus.ABSENT_WITHOUT_REASON) {
                absences.check(meeting, List.of(memberId));
            }
            events.publishEvent(new RollChanged(meeting.id(), meeting.unitId(), now, memberId));
        }
        return rollCall(meetingId, actor);
    }

    /** R9: the chair confirms the roll; the snapshot is stored once and never changed. */
    @Transactional
    RollCallView confirm(UUID meetingId, Actor actor) {
        var meeting = meeting(meetingId);
        if (!meetings.mayManage(actor, meeting.id())) {
            throw AttendanceRefusals.chairOnly();
        }
        if (rolls.confirmation(meetingId).isPresent()) {
            throw AttendanceRefusals.alreadyConfirmed();
        }
        if (meeting.startedAt() == null) {
            throw AttendanceRefusals.notStarted();
        }
        var lines = draft(meeting);
        var missing = (int) lines.stream().filter(l -> l.status() == null).count();
        if (missing > 0) {
            throw AttendanceRefusals.incomplete(missing);
        }
        var now = clock.instant();
        var rate = rateOf(meeting, lines);
        var snapshot = new LinkedHashMap<String, Object>();
        snapshot.put("meetingId", meetingId);
        snapshot.put("confirmedAt", now.toString());
        snapshot.put("confirmedBy", actor.username());
        snapshot.put("lines", lines.stream().map(l -> {
            var m = new LinkedHashMap<String, Object>();
            m.put("memberId", l.memberId());
            m.put("fullName", l.fullName());
            m.put("guest", l.guest());
            m.put("status", l.status().name());
            m.put("reason", l.reason());
            m.put("late", l.late());
            m.put("leftEarly", l.leftEarly());
            m.put("onlineSeconds", l.onlineSeconds());
            return m;
        }).toList());
        snapshot.put("rate", rate);
        var stored = rolls.confirm(meetingId, now, actor.username(), json.writeValueAsString(snapshot),
                lines.stream().map(l -> new JdbcRolls.Line(l.memberId(), l.fullName(), l.guest(), l.status(),
                        l.reason(), l.version() + 1)).toList());
        if (!stored) {
            throw AttendanceRefusals.alreadyConfirmed();
        }
        auditor.record("attendance.roll-confirmed", "meeting", meetingId, meeting.unitId(),
                Map.of("present", String.valueOf(rate.present()), "denominator", String.valueOf(rate.denominator())));
        absences.check(meeting, lines.stream().filter(l -> !l.guest() && l.status() == RollStatus.ABSENT_WITHOUT_REASON)
                .map(RollLine::memberId).toList());
        events.publishEvent(new RollChanged(meeting.id(), meeting.unitId(), now, null));
        return rollCall(meetingId, actor);
    }

    // ---- API for other modules ------------------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public Optional<Roll> rollOf(MeetingId meetingId) {
        return meetings.find(meetingId).map(meeting -> {
            var confirmation = rolls.confirmation(meetingId.value());
            var lines = confirmation.isPresent() ? confirmedLines(meeting) : draft(meeting);
            return new Roll(meetingId, confirmation.isPresent(),
                    confirmation.map(JdbcRolls.Confirmation::confirmedAt).orElse(null),
                    lines.stream().map(l -> new Roll.Line(l.memberId(), l.fullName(), l.guest(), l.status(),
                            l.reason())).toList(), rateOf(meeting, lines));
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> presentAt(MeetingId meetingId, Instant at) {
        return ledger.presentAt(meetingId.value(), at);
    }

    @Override
    @Transactional(readOnly = true)
    public List<UnexcusedAbsences> unexcusedMonths(UUID cellId, int year) {
        return absences.ofCell(cellId, year);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Roll> groupRollsOf(UUID cellId, YearMonth month) {
        var groups = directory.partyGroups(cellId).stream().map(g -> g.id()).toList();
        if (groups.isEmpty()) {
            return List.of();
        }
        var from = month.atDay(1).atStartOfDay(VietnamTime.ZONE).toInstant();
        var to = month.plusMonths(1).atDay(1).atStartOfDay(VietnamTime.ZONE).toInstant();
        return meetings.of(groups, from, to).stream().map(m -> rollOf(m.id()).orElseThrow()).toList();
    }
}
