package vn.chibo.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

import vn.chibo.attendance.Roll;
import vn.chibo.attendance.RollStatus;
import vn.chibo.meeting.MeetingId;
import vn.chibo.meeting.MeetingKind;
import vn.chibo.meeting.MeetingMode;
import vn.chibo.meeting.MeetingState;
import vn.chibo.meeting.MeetingSummary;
import vn.chibo.reporting.ReportingViews.Figures;
import vn.chibo.shared.security.Actor;
import vn.chibo.shared.security.ActorAuthentication;
import vn.chibo.shared.security.Grant;
import vn.chibo.shared.security.Role;
import vn.chibo.shared.time.VietnamTime;

/**
 * The committee's review on a small generated city of its own (2025): two grassroots organisations, three cells, one
 * with two party groups; a member who moves between districts in July, an exempt member from April to June, a member
 * transferred out in September, guests, a short meeting, online and hybrid meetings, late minutes, a cancelled
 * meeting and corrected rolls. The figures must equal a brute-force recomputation from the rolls themselves.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReportingReviewTest {

    static final int YEAR = 2025;

    @Autowired
    ReportingProjection projection;

    @Autowired
    ReportingQueries queries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    record Unit(UUID id, String path) {
    }

    /** A meeting as recorded, with its final roll; the brute force reads only these. */
    record Held(MeetingSummary meeting, Roll roll, boolean cancelled, Instant minutesAdoptedAt) {
    }

    Unit city, north, south, a1, a2, b1, groupOne, groupTwo;
    final Map<UUID, String> names = new HashMap<>();
    final List<Held> held = new ArrayList<>();
    UUID mover, absentee, exempt, transferred;

    Unit unit(String kind, String name, Unit parent) {
        var id = UUID.randomUUID();
        var path = (parent == null ? "" : parent.path()) + id + "/";
        jdbc.sql("""
                insert into organisation.unit (id, kind, code, name, parent_id, path, valid_from)
                values (:id, :kind, :code, :name, :parent, :path, date '2010-01-01')
                """).param("id", id).param("kind", kind).param("code", kind.charAt(0) + "-" + id.toString().substring(0, 8))
                .param("name", name).param("parent", parent == null ? null : parent.id()).param("path", path).update();
        return new Unit(id, path);
    }

    List<UUID> members(String prefix, int count) {
        var ids = new ArrayList<UUID>();
        for (int i = 0; i < count; i++) {
            var id = UUID.randomUUID();
            names.put(id, prefix + " " + i);
            ids.add(id);
        }
        return ids;
    }

    static Instant local(int month, int day, int hour, int minute) {
        return LocalDateTime.of(LocalDate.of(YEAR, month, day), LocalTime.of(hour, minute)).atZone(VietnamTime.ZONE).toInstant();
    }

    @BeforeEach
    void generate() {
        city = unit("COMMITTEE", "Thành ủy Kiểm thử", null);
        north = unit("GRASSROOTS", "Đảng ủy phường Bắc", city);
        south = unit("GRASSROOTS", "Đảng ủy phường Nam", city);
        a1 = unit("CELL", "Chi bộ A1", north);
        a2 = unit("CELL", "Chi bộ A2", north);
        b1 = unit("CELL", "Chi bộ B1", south);
        groupOne = unit("PARTY_GROUP", "Tổ 1", a1);
        groupTwo = unit("PARTY_GROUP", "Tổ 2", a1);
        var random = new Random(20250101);
        var inA1 = members("Đảng viên A1", 12);
        var inA2 = members("Đảng viên A2", 7);
        var inB1 = members("Đảng viên B1", 9);
        mover = inA2.get(0);
        absentee = inA1.get(1);
        exempt = inA1.get(2);
        transferred = inB1.get(3);
        var guest = members("Khách mời", 1).get(0);
        for (int month = 1; month <= 12; month++) {
            for (var cell : List.of(a1, a2, b1)) {
                if (cell == a2 && month == 3) {
                    continue; // R20: a missed month
                }
                var roster = new ArrayList<>(cell == a1 ? inA1 : cell == a2 ? inA2 : inB1);
                if (month >= 7) {
                    roster.remove(mover);
                    if (cell == b1) {
                        roster.add(mover);
                    }
                }
                var thematicMonth = month % 3 == 2;
                var kind = thematicMonth && cell != b1 ? MeetingKind.REGULAR_AND_THEMATIC : MeetingKind.REGULAR;
                var mode = month == 5 ? MeetingMode.ONLINE : month == 6 ? MeetingMode.HYBRID : MeetingMode.IN_PERSON;
                var start = cell == b1 && month == 7 ? local(7, 1, 0, 30) : local(month, 3, 8, 0);
                var minutes = cell == a2 && month == 4 ? 75 : kind == MeetingKind.REGULAR_AND_THEMATIC ? 125 : 95;
                held.add(record(cell.id(), cell.id(), kind, mode, start, minutes, roster, random, month,
                        cell == a1 && month % 4 == 0 ? guest : null, month == 10 ? Duration.ofDays(4) : Duration.ofDays(1)));
                if (cell == b1 && thematicMonth) {
                    held.add(record(cell.id(), cell.id(), MeetingKind.THEMATIC, MeetingMode.IN_PERSON, local(month, 20, 14, 0),
                            100, roster, random, month, null, null));
                }
                if (cell == a1) {
                    for (var group : List.of(groupOne, groupTwo)) {
                        var half = group == groupOne ? roster.subList(0, 6) : roster.subList(6, roster.size());
                        held.add(record(group.id(), cell.id(), MeetingKind.REGULAR, MeetingMode.IN_PERSON,
                                local(month, 15, 19, 0), 60, new ArrayList<>(half), random, month, null, null));
                    }
                }
            }
        }
        // a meeting recorded and then cancelled counts for nothing
        var cancelled = record(b1.id(), b1.id(), MeetingKind.REGULAR, MeetingMode.IN_PERSON, local(11, 25, 8, 0), 95,
                List.copyOf(inB1), random, 11, null, null);
        projection.cancelled(cancelled.meeting());
        held.add(new Held(cancelled.meeting(), cancelled.roll(), true, null));
        // corrections: a roll recorded again with one line changed replaces the first version
        for (int i = 0; i < held.size(); i += 7) {
            var h = held.get(i);
            if (h.cancelled()) {
                continue;
            }
            var lines = new ArrayList<>(h.roll().lines());
            var first = lines.get(0);
            var corrected = first.status() == RollStatus.ABSENT_WITHOUT_REASON ? RollStatus.ABSENT_WITH_REASON
                    : RollStatus.ABSENT_WITHOUT_REASON;
            lines.set(0, new Roll.Line(first.memberId(), first.fullName(), first.guest(), corrected, "đính chính"));
            var roll = new Roll(h.meeting().id(), true, h.roll().confirmedAt(), lines, h.roll().rate());
            projection.held(h.meeting(), Optional.of(roll));
            held.set(i, new Held(h.meeting(), roll, false, h.minutesAdoptedAt()));
        }
    }

    Held record(UUID unitId, UUID cellId, MeetingKind kind, MeetingMode mode, Instant start, int minutes, List<UUID> roster,
            Random random, int month, UUID guest, Duration minutesAfter) {
        var lines = new ArrayList<Roll.Line>();
        for (var member : roster) {
            RollStatus status;
            if (member.equals(exempt) && month >= 4 && month <= 6) {
                status = RollStatus.EXEMPT;
            } else if (member.equals(transferred) && month >= 9) {
                status = RollStatus.TRANSFERRED;
            } else if (member.equals(absentee) && (month == 2 || month == 5 || month == 8) && unitId.equals(cellId)) {
                status = RollStatus.ABSENT_WITHOUT_REASON;
            } else if (member.equals(mover) && (month == 4 || month == 9) && unitId.equals(cellId)) {
                status = RollStatus.ABSENT_WITHOUT_REASON;
            } else {
                var r = random.nextInt(100);
                status = r < 70 ? (mode == MeetingMode.ONLINE ? RollStatus.PRESENT_ONLINE : RollStatus.PRESENT_IN_PERSON)
                        : r < 80 ? (mode == MeetingMode.IN_PERSON ? RollStatus.PRESENT_IN_PERSON : RollStatus.PRESENT_ONLINE)
                        : r < 90 ? RollStatus.ABSENT_WITH_REASON : r < 95 ? RollStatus.ABSENT_WITHOUT_REASON : RollStatus.SUSPENDED;
            }
            lines.add(new Roll.Line(member, names.get(member), false, status, null));
        }
        if (guest != null) {
            lines.add(new Roll.Line(guest, names.get(guest), true, RollStatus.PRESENT_IN_PERSON, null));
        }
        var ended = start.plus(Duration.ofMinutes(minutes));
        var meeting = new MeetingSummary(MeetingId.random(), unitId, cellId, kind, mode, MeetingState.ENDED, "Họp " + kind + " " + month,
                start, ended, start, ended, null, null, "Hội trường", null, mode.usesVideo());
        var roll = new Roll(meeting.id(), true, start.plusSeconds(600), lines, null);
        projection.held(meeting, Optional.of(roll));
        Instant adopted = null;
        if (minutesAfter != null) {
            adopted = ended.plus(minutesAfter);
            projection.minutesAdopted(meeting, adopted);
        }
        return new Held(meeting, roll, false, adopted);
    }

    static int month(Instant at) {
        return at.atZone(VietnamTime.ZONE).getMonthValue();
    }

    /** Straight from the rolls: what every (cell, month) must show. */
    Map<UUID, Map<Integer, Figures>> bruteForce() {
        var result = new HashMap<UUID, Map<Integer, int[]>>();
        for (var h : held) {
            if (h.cancelled()) {
                continue;
            }
            var m = h.meeting();
            var v = result.computeIfAbsent(m.cellId(), k -> new TreeMap<>()).computeIfAbsent(month(m.startsAt()), k -> new int[16]);
            var group = !m.unitId().equals(m.cellId());
            var minutes = (int) Duration.between(m.startedAt(), m.endedAt()).toMinutes();
            if (!group && (m.kind() == MeetingKind.REGULAR || m.kind() == MeetingKind.REGULAR_AND_THEMATIC)) {
                v[0]++;
            }
            if (!group && (m.kind() == MeetingKind.THEMATIC || m.kind() == MeetingKind.REGULAR_AND_THEMATIC)) {
                v[1]++;
            }
            if (group) {
                v[2]++;
            }
            if (minutes < (m.kind() == MeetingKind.REGULAR_AND_THEMATIC ? 120 : 90)) {
                v[3]++;
            }
            v[4] += minutes;
            v[5] += m.mode() == MeetingMode.ONLINE ? 1 : 0;
            v[6] += m.mode() == MeetingMode.HYBRID ? 1 : 0;
            if (h.minutesAdoptedAt() != null) {
                v[7]++;
                if (!h.minutesAdoptedAt().isAfter(m.endedAt().plus(Duration.ofDays(2)))) {
                    v[8]++;
                }
            }
            for (var line : h.roll().lines()) {
                if (line.guest()) {
                    continue;
                }
                var s = line.status();
                if (s != RollStatus.EXEMPT && s != RollStatus.TRANSFERRED && s != RollStatus.SUSPENDED) {
                    v[9]++;
                }
                v[10] += s.present() ? 1 : 0;
                v[11] += s == RollStatus.PRESENT_ONLINE ? 1 : 0;
                v[12] += s == RollStatus.PRESENT_IN_PERSON ? 1 : 0;
                v[13] += s == RollStatus.ABSENT_WITH_REASON ? 1 : 0;
                v[14] += s == RollStatus.ABSENT_WITHOUT_REASON ? 1 : 0;
                v[15] += s == RollStatus.EXEMPT ? 1 : 0;
            }
        }
        var figures = new HashMap<UUID, Map<Integer, Figures>>();
        result.forEach((cell, months) -> months.forEach((month, v) -> figures.computeIfAbsent(cell, k -> new TreeMap<>())
                .put(month, new Figures(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13], v[14], v[15]))));
        return figures;
    }

    /** R11 straight from the rolls: each member's months with an absence without reason. */
    Map<UUID, Integer> unexcusedMonths() {
        var months = new HashMap<UUID, java.util.Set<Integer>>();
        for (var h : held) {
            if (h.cancelled()) {
                continue;
            }
            for (var line : h.roll().lines()) {
                if (!line.guest() && line.status() == RollStatus.ABSENT_WITHOUT_REASON) {
                    months.computeIfAbsent(line.memberId(), k -> new java.util.TreeSet<>()).add(month(h.meeting().startsAt()));
                }
            }
        }
        return months.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size()));
    }

    ReportingAccess.Subtree subtree(Unit unit) {
        return new ReportingAccess.Subtree(unit.id(), "", "", unit.path());
    }

    @Test
    void r12_r19_r20_r21_r3_theDashboardEqualsABruteForceRecomputationFromTheRollsForEveryCellAndMonth() {
        var expected = bruteForce();
        var dashboard = queries.dashboard(subtree(city), YEAR);
        assertThat(dashboard.cells()).extracting(ReportingViews.CellRow::cellId).containsExactly(a1.id(), a2.id(), b1.id());
        for (var cell : dashboard.cells()) {
            for (var month : cell.months()) {
                var want = expected.getOrDefault(cell.cellId(), Map.of()).getOrDefault(month.month(), Figures.NONE);
                assertThat(month.figures()).as("cell %s month %d", cell.name(), month.month()).isEqualTo(want);
                assertThat(month.ratePercent()).isEqualTo(ReportingViews.rate(want.present(), want.counted()));
                assertThat(month.regularMissing()).isEqualTo(want.regularHeld() == 0);
            }
        }
        var a2Row = dashboard.cells().get(1);
        assertThat(a2Row.months().get(2).regularMissing()).as("R20: A2 held nothing in March").isTrue();
        assertThat(a2Row.shortMeetings()).as("R19: A2's April meeting lasted 75 minutes").isEqualTo(1);
        assertThat(dashboard.cells().get(2).quarters()).allSatisfy(q -> assertThat(q.thematicMissing()).isFalse());
        assertThat(dashboard.pilot().onlineMeetings()).as("R3").isEqualTo(3);
        assertThat(dashboard.pilot().hybridMeetings()).as("R3").isEqualTo(3);
        assertThat(dashboard.minutesAdopted() - dashboard.minutesOnTime()).as("R21: October's minutes were late").isEqualTo(3);
        // the meeting at 00:30 on 1 July (Vietnam time) is July's, though it is still June in UTC
        assertThat(dashboard.cells().get(2).months().get(6).figures().regularHeld()).isEqualTo(1);
    }

    @Test
    void r11_theUnexcusedListEqualsTheRollsAndFlagsTheRemovalProcedureAtThreeMonthsWithoutActing() {
        var expected = unexcusedMonths().entrySet().stream().filter(e -> e.getValue() >= 2)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        var listed = queries.unexcused(subtree(city), YEAR, true);
        assertThat(listed.stream().collect(Collectors.toMap(ReportingViews.UnexcusedMember::memberId,
                ReportingViews.UnexcusedMember::months))).isEqualTo(expected);
        var absent = listed.stream().filter(m -> m.memberId().equals(absentee)).findFirst().orElseThrow();
        assertThat(absent.months()).isGreaterThanOrEqualTo(3);
        assertThat(absent.removalProcedure()).isTrue();
        assertThat(absent.level()).isEqualTo("REMOVAL_PROCEDURE");
        assertThat(absent.detail()).allSatisfy(d -> assertThat(d.meetings()).isNotEmpty());
        listed.stream().filter(m -> m.months() == 2).forEach(m -> assertThat(m.level()).isEqualTo("WARN"));
        // the mover's months are counted across both districts; the south sees only its own month's meetings
        var south = queries.unexcused(subtree(this.south), YEAR, true).stream()
                .filter(m -> m.memberId().equals(mover)).findFirst().orElseThrow();
        assertThat(south.months()).isEqualTo(expected.get(mover));
        assertThat(south.detail()).filteredOn(d -> d.month() == 4).singleElement()
                .satisfies(d -> assertThat(d.outside()).isTrue())
                .satisfies(d -> assertThat(d.cellId()).isNull())
                .satisfies(d -> assertThat(d.meetings()).isEmpty());
    }

    @Test
    void r12_replayingEveryRollLeavesTheFiguresUnchanged() {
        var before = queries.dashboard(subtree(city), YEAR);
        for (var h : held) {
            if (!h.cancelled()) {
                projection.held(h.meeting(), Optional.of(h.roll()));
            }
        }
        assertThat(queries.dashboard(subtree(city), YEAR)).isEqualTo(before);
    }

    Actor reviewerOf(Unit unit) {
        return new Actor(UUID.randomUUID(), null, "reviewer-" + unit.id(), "Cán bộ kiểm tra", List.of(new Grant(Role.REVIEWER, unit.id())));
    }

    @Test
    void r26_aReviewerSeesOnlyTheirSubtreeInTheApiAndInEveryExport() throws Exception {
        var reviewer = authentication(new ActorAuthentication(reviewerOf(north)));
        var base = "/api/reporting/units/";
        mvc.perform(get(base + city.id() + "/dashboard?year=" + YEAR).with(reviewer)).andExpect(status().isForbidden());
        mvc.perform(get(base + south.id() + "/unexcused?year=" + YEAR).with(reviewer)).andExpect(status().isForbidden());
        mvc.perform(get(base + b1.id() + "/meetings?year=" + YEAR).with(reviewer)).andExpect(status().isForbidden());
        mvc.perform(get(base + b1.id() + "/export/evaluation-members?format=csv&year=" + YEAR).with(reviewer))
                .andExpect(status().isForbidden());
        var southMeeting = held.stream().filter(h -> h.meeting().cellId().equals(b1.id())).findFirst().orElseThrow();
        mvc.perform(get("/api/reporting/meetings/" + southMeeting.meeting().id() + "/roll").with(reviewer))
                .andExpect(status().isForbidden());
        mvc.perform(get(base + north.id() + "/export/roll?format=csv&meeting=" + southMeeting.meeting().id()).with(reviewer))
                .andExpect(status().isNotFound());
        mvc.perform(get(base + north.id() + "/members/" + transferred + "?year=" + YEAR).with(reviewer))
                .andExpect(status().isNotFound());
        mvc.perform(get(base + north.id() + "/dashboard?year=" + YEAR)).andExpect(status().isUnauthorized());

        var dashboard = json.readTree(mvc.perform(get(base + north.id() + "/dashboard?year=" + YEAR).with(reviewer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        var cells = new ArrayList<String>();
        dashboard.get("cells").forEach(c -> cells.add(c.get("cellId").asString()));
        assertThat(cells).containsExactly(a1.id().toString(), a2.id().toString());

        var southNames = held.stream().filter(h -> h.meeting().cellId().equals(b1.id()))
                .flatMap(h -> h.roll().lines().stream()).map(Roll.Line::fullName).filter(n -> n.startsWith("Đảng viên B1"))
                .collect(Collectors.toSet());
        for (var table : List.of("dashboard", "unexcused", "evaluation-members", "evaluation-cells")) {
            var csv = new String(mvc.perform(get(base + north.id() + "/export/" + table + "?format=csv&year=" + YEAR).with(reviewer))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
            assertThat(csv).as(table).doesNotContain(b1.id().toString().substring(0, 8));
            southNames.forEach(name -> assertThat(csv).as(table).doesNotContain(name + ","));
            var xlsx = mvc.perform(get(base + north.id() + "/export/" + table + "?format=xlsx&year=" + YEAR).with(reviewer))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                var sheet = book.getSheetAt(0);
                for (var row : sheet) {
                    for (var cell : row) {
                        var text = cell.toString();
                        assertThat(southNames).as(table).doesNotContain(text);
                    }
                }
                assertThat(sheet.getLastRowNum()).as(table).isGreaterThan(0);
            }
        }
        var members = new String(mvc.perform(get(base + north.id() + "/export/evaluation-members?format=csv&year=" + YEAR)
                .with(reviewer)).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(members).contains(names.get(absentee)).contains(names.get(mover));
    }
}
