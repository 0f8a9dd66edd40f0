package vn.chibo.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

import vn.chibo.organisation.MemberView;
import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.shared.demo.DemoData;
import vn.chibo.shared.time.VietnamTime;

/**
 * The demo city's meetings (docs/demo-data.md): every cell's monthly rule, a year of held meetings (thematic
 * each quarter, one party-group meeting in CB-KP3, one cancelled meeting in CB-KP5), next month's scheduled
 * meeting with the regular agenda, the story cell's online authorisation, and a meeting of the story cell
 * that starts within the hour of seeding, for the live room. Ids derive from codes and months, so seeding
 * again inserts nothing (the live meeting is one per day).
 */
@Component
class MeetingDemoData implements DemoData {

    private record CellPlan(String code, int index, MeetingMode mode, String place) {
    }

    private static final List<CellPlan> CELLS = List.of(
            new CellPlan(STORY_CELL, 1, MeetingMode.ONLINE, null),
            new CellPlan("CB-KP3", 2, MeetingMode.IN_PERSON, "Nhà văn hóa Khu phố 3"),
            new CellPlan("CB-KP1", 3, MeetingMode.IN_PERSON, "Nhà văn hóa Khu phố 1"),
            new CellPlan("CB-KP5", 4, MeetingMode.IN_PERSON, "Trụ sở Khu phố 5"),
            new CellPlan("CB-CAPNUOC", 5, MeetingMode.IN_PERSON, "Hội trường Công ty Cấp nước Long An"),
            new CellPlan("CB-VPTU", 6, MeetingMode.IN_PERSON, "Phòng họp số 2, Văn phòng Thành ủy"));

    private static final String SYSTEM = "system:demo";

    private final JdbcMeetings meetings;
    private final JdbcCellSchedules schedules;
    private final JdbcOnlineAuthorisations authorisations;
    private final OnlineAuthorisations authorisationService;
    private final OrganisationDirectory directory;
    private final Clock clock;

    MeetingDemoData(JdbcMeetings meetings, JdbcCellSchedules schedules, JdbcOnlineAuthorisations authorisations,
            OnlineAuthorisations authorisationService, OrganisationDirectory directory, Clock clock) {
        this.meetings = meetings;
        this.schedules = schedules;
        this.authorisations = authorisations;
        this.authorisationService = authorisationService;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public String name() {
        return "meetings";
    }

    static UUID id(String what) {
        return UUID.nameUUIDFromBytes(("chibo-demo-meeting:" + what).getBytes(StandardCharsets.UTF_8));
    }

    static UUID unitId(String code) {
        return DemoData.unitId(code);
    }

    @Override
    public Outcome seed() {
        var story = directory.unit(unitId(STORY_CELL));
        if (story.isEmpty()) {
            return Outcome.of("skipped (no demo organisation)");
        }
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, VietnamTime.ZONE);
        var thisMonth = YearMonth.from(today);
        var authorisation = storyAuthorisation(today);
        var inserted = 0;
        for (var plan : CELLS) {
            var cellId = unitId(plan.code());
            if (directory.unit(cellId).isEmpty()) {
                continue;
            }
            schedules.insert(new CellSchedule(cellId, 3, LocalTime.of(19, 30), 120, plan.mode(), plan.place(), 1, 2, true,
                    thisMonth.minusMonths(12).atDay(1), null));
            var chair = member(plan.index(), 1);
            var minuteTaker = member(plan.index(), 2);
            for (int back = 12; back >= -1; back--) {
                var month = thisMonth.minusMonths(back);
                var start = month.atDay(3).atTime(19, 30).atZone(VietnamTime.ZONE).toInstant();
                var held = start.plus(Duration.ofHours(3)).isBefore(now);
                if (!held && back >= 0 && month.equals(thisMonth) && start.isBefore(now)) {
                    continue; // this month's meeting is under way: leave it out
                }
                if (plan.code().equals("CB-KP3") && back == 4) {
                    inserted += groupMeeting(month, plan);
                    continue;
                }
                var cancelled = plan.code().equals("CB-KP5") && back == 2;
                var thematicMonth = month.getMonthValue() % 3 == 2;
                var kind = held && thematicMonth && plan.index() % 2 == 0 ? MeetingKind.REGULAR_AND_THEMATIC : MeetingKind.REGULAR;
                var minutes = kind == MeetingKind.REGULAR_AND_THEMATIC ? 150 : 120;
                var state = cancelled ? MeetingState.CANCELLED : held ? MeetingState.ENDED : MeetingState.SCHEDULED;
                var startedAt = held && !cancelled ? start.plus(Duration.ofMinutes(2 + (month.getMonthValue() % 4))) : null;
                var endedAt = startedAt == null ? null
                        : startedAt.plus(Duration.ofMinutes(minutes - 15 + (month.getMonthValue() * 7 % 20)));
                var online = plan.mode().usesVideo() && authorisation != null;
                var meetingId = id(plan.code() + ":" + month);
                var meeting = new Meeting(meetingId, cellId, cellId, kind, online ? plan.mode() : MeetingMode.IN_PERSON,
                        state, MeetingService.title(null, kind, start, false), start, start.plus(Duration.ofMinutes(minutes)),
                        startedAt, endedAt, online ? null : plan.place(), online ? Meeting.newVideoRoom() : null,
                        chair, minuteTaker, online, online ? authorisation : null, false, true,
                        cancelled ? "Bão số 5 gây ngập úng, chi bộ không thể họp; sinh hoạt bù vào tháng sau." : null, null,
                        SYSTEM, 0);
                if (meetings.insertGenerated(meeting)) {
                    inserted++;
                    meetings.recordStateChange(meetingId, null, MeetingState.SCHEDULED, "monthly rule", SYSTEM, start.minus(Duration.ofDays(20)));
                    if (state != MeetingState.SCHEDULED) {
                        meetings.recordStateChange(meetingId, MeetingState.SCHEDULED, state, meeting.stateReason(), SYSTEM,
                                endedAt != null ? endedAt : start.minus(Duration.ofDays(1)));
                    }
                    if (!held || kind == MeetingKind.REGULAR_AND_THEMATIC) {
                        agenda(meetingId, AgendaTemplates.Template.REGULAR, null, chair);
                    }
                    if (kind == MeetingKind.REGULAR_AND_THEMATIC) {
                        agenda(meetingId, AgendaTemplates.Template.THEMATIC, "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", chair);
                    }
                }
                if (held && thematicMonth && plan.index() % 2 == 1) {
                    inserted += thematic(plan, cellId, month, chair, minuteTaker, online ? authorisation : null);
                }
            }
        }
        inserted += liveMeeting(today, authorisation);
        return Outcome.of(inserted == 0 ? "already there" : inserted + " meetings added");
    }

    /** A separate thematic meeting on the 15th in the cells that do not combine it with the regular one. */
    private int thematic(CellPlan plan, UUID cellId, YearMonth month, UUID chair, UUID minuteTaker, UUID authorisation) {
        var meetingId = id(plan.code() + ":thematic:" + month);
        var start = month.atDay(15).atTime(19, 30).atZone(VietnamTime.ZONE).toInstant();
        if (start.plus(Duration.ofHours(3)).isAfter(clock.instant())) {
            return 0;
        }
        var online = authorisation != null;
        var meeting = new Meeting(meetingId, cellId, cellId, MeetingKind.THEMATIC, online ? plan.mode() : MeetingMode.IN_PERSON,
                MeetingState.ENDED, "Sinh hoạt chuyên đề tháng " + month.getMonthValue() + "/" + month.getYear()
                        + ": Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                start, start.plus(Duration.ofMinutes(90)), start.plus(Duration.ofMinutes(3)), start.plus(Duration.ofMinutes(98)),
                online ? null : plan.place(), online ? Meeting.newVideoRoom() : null, chair, minuteTaker, online,
                authorisation, false, false, null, null, SYSTEM, 0);
        if (!meetings.insertGenerated(meeting)) {
            return 0;
        }
        meetings.recordStateChange(meetingId, null, MeetingState.ENDED, null, SYSTEM, start.plus(Duration.ofMinutes(98)));
        agenda(meetingId, AgendaTemplates.Template.THEMATIC, "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", chair);
        return 1;
    }

    /** R24: once in the year the three groups of CB-KP3 meet in place of the plenary; the demo keeps group 1's. */
    private int groupMeeting(YearMonth month, CellPlan plan) {
        var groupId = unitId("TO-KP3-1");
        if (directory.unit(groupId).isEmpty()) {
            return 0;
        }
        var meetingId = id("TO-KP3-1:" + month);
        var start = month.atDay(3).atTime(19, 30).atZone(VietnamTime.ZONE).toInstant();
        var leader = directory.memberByCardNumber("79020001").map(MemberView::id).orElse(null);
        var meeting = new Meeting(meetingId, groupId, unitId(plan.code()), MeetingKind.REGULAR, MeetingMode.IN_PERSON,
                MeetingState.ENDED, MeetingService.title(null, MeetingKind.REGULAR, start, true), start,
                start.plus(Duration.ofMinutes(120)), start.plus(Duration.ofMinutes(5)), start.plus(Duration.ofMinutes(110)),
                "Nhà đồng chí tổ trưởng, Khu phố 3", null, leader, member(2, 4), false, null, false, false, null, null,
                SYSTEM, 0);
        if (!meetings.insertGenerated(meeting)) {
            return 0;
        }
        meetings.recordStateChange(meetingId, null, MeetingState.ENDED, null, SYSTEM, start.plus(Duration.ofMinutes(110)));
        return 1;
    }

    /** R1–R3: the story cell's authorisation, valid from a year ago for two years; R2 computed on the issue date. */
    private UUID storyAuthorisation(LocalDate today) {
        var authorisationId = id("authorisation:" + STORY_CELL);
        if (authorisations.find(authorisationId).isPresent()) {
            return authorisationId;
        }
        var cell = directory.unit(unitId(STORY_CELL)).orElseThrow();
        var issued = today.minusMonths(12).withDayOfMonth(1).minusDays(5);
        var unable = IntStream.rangeClosed(3, 22).mapToObj(seq -> member(1, seq)).filter(java.util.Objects::nonNull)
                .filter(m -> directory.membersOn(cell.id(), issued).stream().anyMatch(v -> v.id().equals(m))).toList();
        var count = authorisationService.count(cell, issued, unable);
        authorisations.insert(new OnlineAuthorisation(authorisationId, cell.id(), "125-QĐ/TU", issued,
                "Ban Thường vụ Thành ủy Tân An", issued.plusDays(5), issued.plusYears(2), 
                OnlineAuthorisation.ReasonCategory.DISPERSED_WORK,
                "Đảng viên làm việc tại các công trình xây dựng ở nhiều tỉnh, không thể tập trung sinh hoạt tại một địa điểm.",
                unable, count.countedMembers(), count.moreThanHalf(), null, null, SYSTEM, clock.instant()));
        return authorisationId;
    }

    /** The live room's meeting: today, starting within the hour, online, chaired by bithu with thuky taking minutes. */
    private int liveMeeting(LocalDate today, UUID authorisation) {
        if (authorisation == null) {
            return 0;
        }
        var meetingId = id(STORY_CELL + ":live:" + today);
        if (meetings.find(meetingId).isPresent()) {
            return 0;
        }
        var start = clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(30));
        var cellId = unitId(STORY_CELL);
        var meeting = new Meeting(meetingId, cellId, cellId, MeetingKind.EXTRAORDINARY, MeetingMode.ONLINE,
                MeetingState.SCHEDULED, "Sinh hoạt chi bộ trực tuyến: thông qua nghị quyết tháng", start,
                start.plus(Duration.ofMinutes(120)), null, null, null, Meeting.newVideoRoom(), member(1, 1),
                member(1, 2), true, authorisation, false, false, null, null, SYSTEM, 0);
        if (!meetings.insertGenerated(meeting)) {
            return 0;
        }
        meetings.recordStateChange(meetingId, null, MeetingState.SCHEDULED, null, SYSTEM, clock.instant());
        agenda(meetingId, AgendaTemplates.Template.REGULAR, null, member(1, 1));
        return 1;
    }

    private void agenda(UUID meetingId, AgendaTemplates.Template template, String topic, UUID presenter) {
        var position = meetings.agenda(meetingId).size();
        for (var step : AgendaTemplates.steps(template, topic)) {
            meetings.insertItem(new AgendaItem(id(meetingId + ":item:" + (position + 1)), meetingId, ++position,
                    step.title(), step.type(), Classification.INTERNAL, false, presenter, null, step.plannedMinutes(),
                    step.notes()));
        }
    }

    private UUID member(int cellIndex, int seq) {
        return directory.memberByCardNumber(String.format("79%02d%04d", cellIndex, seq)).map(MemberView::id).orElse(null);
    }
}
