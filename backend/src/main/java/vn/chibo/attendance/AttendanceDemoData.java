package vn.chibo.attendance;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import vn.chibo.meeting.MeetingMode;
import vn.chibo.meeting.MeetingState;
import vn.chibo.meeting.MeetingSummary;
import vn.chibo.meeting.Meetings;
import vn.chibo.organisation.MemberStanding;
import vn.chibo.organisation.MemberView;
import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.shared.demo.DemoData;
import vn.chibo.shared.time.VietnamTime;

/**
 * The demo city's attendance (docs/demo-data.md): for every held meeting of the demo cells, the online cell's room
 * joins and leaves (late arrivals, dropped connections and rejoins) and a roll confirmed at the opening; absences
 * mostly excused, with R11's cases scripted: in the story cell 79010012 absent without reason in three months of
 * this year and 79010019 in two, in CB-KP1 79030025 in three. Seeding again changes nothing (confirmed meetings are
 * skipped).
 */
@Component
class AttendanceDemoData implements DemoData {

    static final List<String> UNITS = List.of("CB-XAYDUNG", "CB-KP3", "TO-KP3-1", "TO-KP3-2", "TO-KP3-3", "CB-KP1",
            "CB-KP5", "CB-CAPNUOC", "CB-VPTU");
    static final String THREE_MONTHS = "79010012";
    static final String TWO_MONTHS = "79010019";
    static final String THREE_MONTHS_ELSEWHERE = "79030025";
    private static final List<String> REASONS = List.of("Đi công tác", "Ốm, đang điều trị", "Việc gia đình",
            "Trực ca tại công trường", "Đi học lớp bồi dưỡng chính trị", "Chăm người nhà nằm viện");
    private static final String SYSTEM = "system:demo";

    private final Meetings meetings;
    private final OrganisationDirectory directory;
    private final JdbcLedger ledger;
    private final JdbcRolls rolls;
    private final Thresholds thresholds;
    private final Absences absences;
    private final AttendanceProperties properties;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AttendanceDemoData(Meetings meetings, OrganisationDirectory directory, JdbcLedger ledger, JdbcRolls rolls,
            Thresholds thresholds, Absences absences, AttendanceProperties properties, JsonMapper json, Clock clock,
            ApplicationEventPublisher events) {
        this.meetings = meetings;
        this.directory = directory;
        this.ledger = ledger;
        this.rolls = rolls;
        this.thresholds = thresholds;
        this.absences = absences;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public int order() {
        return 320;
    }

    @Override
    public String name() {
        return "attendance";
    }

    static UUID unitId(String code) {
        return UUID.nameUUIDFromBytes(("chibo-demo-unit:" + code).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Outcome seed() {
        var units = UNITS.stream().map(AttendanceDemoData::unitId).filter(id -> directory.unit(id).isPresent()).toList();
        if (units.isEmpty()) {
            return Outcome.of("skipped (no demo organisation)");
        }
        var now = clock.instant();
        var held = meetings.of(units, now.minus(Duration.ofDays(420)), now).stream()
                .filter(m -> m.state() == MeetingState.ENDED && m.startedAt() != null && m.endedAt() != null)
                .sorted(Comparator.comparing(MeetingSummary::startsAt)).toList();
        var scripted = scripted(held, now);
        var scriptedMembers = new HashSet<UUID>();
        scripted.values().forEach(scriptedMembers::addAll);
        var unexcusedInYear = new HashSet<String>();
        var confirmed = 0;
        for (var meeting : held) {
            if (rolls.confirmation(meeting.id().value()).isPresent()) {
                continue;
            }
            confirm(meeting, scripted.getOrDefault(meeting.id().value(), Set.of()), scriptedMembers, unexcusedInYear, now);
            confirmed++;
        }
        return Outcome.of(confirmed == 0 ? "already there" : confirmed + " rolls confirmed");
    }

    /** R11's scripted cases: which held meetings have which of them absent without reason. */
    private Map<UUID, Set<UUID>> scripted(List<MeetingSummary> held, Instant now) {
        var year = LocalDate.ofInstant(now, VietnamTime.ZONE).getYear();
        var byMeeting = new HashMap<UUID, Set<UUID>>();
        script(byMeeting, held, year, "CB-XAYDUNG", THREE_MONTHS, 1, 3, 5);
        script(byMeeting, held, year, "CB-XAYDUNG", TWO_MONTHS, 2, 4);
        script(byMeeting, held, year, "CB-KP1", THREE_MONTHS_ELSEWHERE, 1, 2, 4);
        return byMeeting;
    }

    /** The member misses every meeting of the cell's held months of this year counted back from the latest. */
    private void script(Map<UUID, Set<UUID>> byMeeting, List<MeetingSummary> held, int year, String cellCode,
            String card, int... monthsBack) {
        var member = directory.memberByCardNumber(card).map(MemberView::id);
        if (member.isEmpty()) {
            return;
        }
        var cell = unitId(cellCode);
        var ofCell = held.stream().filter(m -> m.unitId().equals(cell) && Absences.monthOf(m).getYear() == year).toList();
        var months = new ArrayList<>(new TreeSet<>(ofCell.stream().map(Absences::monthOf).toList()));
        for (var back : monthsBack) {
            if (back <= months.size()) {
                YearMonth month = months.get(months.size() - back);
                ofCell.stream().filter(m -> Absences.monthOf(m).equals(month))
                        .forEach(m -> byMeeting.computeIfAbsent(m.id().value(), k -> new HashSet<>()).add(member.get()));
            }
        }
    }

    private void confirm(MeetingSummary meeting, Set<UUID> unexcused, Set<UUID> scriptedMembers,
            Set<String> unexcusedInYear, Instant now) {
        var date = meeting.startsAt().atZone(VietnamTime.ZONE).toLocalDate();
        var online = meeting.mode() != MeetingMode.IN_PERSON;
        var lines = new ArrayList<JdbcRolls.Line>();
        var snapshotLines = new ArrayList<Map<String, Object>>();
        var window = new IntervalMerge.Window(meeting.startedAt(), meeting.endedAt(), now);
        for (var standing : directory.standingsOn(meeting.unitId(), date)) {
            var member = standing.member().id();
            var random = new Random(meeting.id().value().getMostSignificantBits() ^ member.getLeastSignificantBits());
            var status = flagged(standing);
            String reason = null;
            if (status == null) {
                var draw = random.nextDouble();
                if (unexcused.contains(member)) {
                    status = RollStatus.ABSENT_WITHOUT_REASON;
                }
                else if (draw < 0.07) {
                    status = RollStatus.ABSENT_WITH_REASON;
                    reason = REASONS.get(random.nextInt(REASONS.size()));
                }
                else if (draw < 0.08 && !scriptedMembers.contains(member)
                        && !unexcusedInYear.contains(date.getYear() + ":" + member)) {
                    // an occasional single month without reason, never a second one in the year outside the script
                    status = RollStatus.ABSENT_WITHOUT_REASON;
                }
                else {
                    status = online ? RollStatus.PRESENT_ONLINE : RollStatus.PRESENT_IN_PERSON;
                }
            }
            if (status == RollStatus.ABSENT_WITHOUT_REASON) {
                unexcusedInYear.add(date.getYear() + ":" + member);
            }
            if (online && status == RollStatus.PRESENT_ONLINE) {
                joinsAndLeaves(meeting, member, random);
            }
            lines.add(new JdbcRolls.Line(member, standing.member().fullName(), false, status, reason, 1));
        }
        var facts = ledger.factsOf(meeting.id().value());
        for (var line : lines) {
            var merged = IntervalMerge.merge(facts.getOrDefault(line.memberId(), List.of()), window,
                    properties.mergeSettings());
            var m = new LinkedHashMap<String, Object>();
            m.put("memberId", line.memberId());
            m.put("fullName", line.fullName());
            m.put("guest", false);
            m.put("status", line.status().name());
            m.put("reason", line.reason());
            m.put("late", merged.late());
            m.put("leftEarly", merged.leftEarly());
            m.put("onlineSeconds", merged.totalSeconds());
            snapshotLines.add(m);
        }
        var rate = Attendance.rate(lines.stream().map(JdbcRolls.Line::status).toList(),
                thresholds.percentFor(meeting.unitId()));
        var confirmedAt = meeting.startedAt().plus(Duration.ofMinutes(12));
        var snapshot = new LinkedHashMap<String, Object>();
        snapshot.put("meetingId", meeting.id().value());
        snapshot.put("confirmedAt", confirmedAt.toString());
        snapshot.put("confirmedBy", SYSTEM);
        snapshot.put("lines", snapshotLines);
        snapshot.put("rate", rate);
        rolls.confirm(meeting.id().value(), confirmedAt, SYSTEM, json.writeValueAsString(snapshot), lines);
        absences.check(meeting, lines.stream().filter(l -> l.status() == RollStatus.ABSENT_WITHOUT_REASON)
                .map(JdbcRolls.Line::memberId).filter(unexcused::contains).toList());
        // like a chair's confirmation, so the figures built on rolls (the committee's review) count the demo's too
        events.publishEvent(new RollChanged(meeting.id(), meeting.unitId(), confirmedAt, null));
    }

    private static RollStatus flagged(MemberStanding standing) {
        return standing.transferredOut() ? RollStatus.TRANSFERRED
                : standing.suspended() ? RollStatus.SUSPENDED : standing.exempt() ? RollStatus.EXEMPT : null;
    }

    /**
     * A member's room connections: most join in the five minutes before the start, some late; a few lose their
     * connection (no heart-beat: {@code expired}) and rejoin a minute or two later; most stay to the end.
     */
    private void joinsAndLeaves(MeetingSummary meeting, UUID member, Random random) {
        var start = meeting.startedAt();
        var end = meeting.endedAt();
        var join = random.nextDouble() < 0.1 ? start.plus(Duration.ofMinutes(8 + random.nextInt(20)))
                : start.minus(Duration.ofSeconds(30 + random.nextInt(300)));
        var prefix = "demo-" + meeting.id().value().toString().substring(0, 8) + "-" + member.toString().substring(0, 8);
        var connection = 1;
        if (random.nextDouble() < 0.15) {
            var drop = join.plus(Duration.ofMinutes(20 + random.nextInt(40)));
            fact(meeting, member, prefix + "-" + connection, join, drop, "expired");
            join = drop.plus(Duration.ofSeconds(60 + random.nextInt(120)));
            connection++;
        }
        var leftEarly = random.nextDouble() < 0.05;
        var leave = leftEarly ? end.minus(Duration.ofMinutes(15 + random.nextInt(20))) : end;
        fact(meeting, member, prefix + "-" + connection, join, leave, leftEarly ? "left" : "meeting-ended");
    }

    private void fact(MeetingSummary meeting, UUID member, String connection, Instant from, Instant to, String cause) {
        var key = "room:" + connection;
        ledger.upsert(key + ":join", "room", PresenceFact.Kind.JOIN, meeting.id().value(), member, connection, "joined",
                from, null);
        ledger.upsert(key + ":leave", "room", PresenceFact.Kind.LEAVE, meeting.id().value(), member, connection, cause,
                to, null);
    }
}
