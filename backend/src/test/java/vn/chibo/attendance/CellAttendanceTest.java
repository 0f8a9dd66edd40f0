package vn.chibo.attendance;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;

import vn.chibo.meeting.MeetingId;
import vn.chibo.shared.Rule;
import vn.chibo.shared.alert.CellAlertRaised;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CellAttendanceTest extends AttendanceTestSupport {

    @Autowired
    ApplicationEvents events;

    /** Next calendar year: every meeting of the test lies in the future of the real clock. */
    static final int YEAR = LocalDate.now().getYear() + 1;

    static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(YEAR, month, dayOfMonth);
    }

    /**
     * A meeting held 19:30–21:30: everyone on its roll present in the hall except {@code marks}, entered as the
     * minute-taker's draft, then confirmed by the secretary over REST.
     */
    MeetingId held(City city, Unit unit, String kind, LocalDate day, Map<UUID, RollStatus> marks) throws Exception {
        var id = meeting(city, unit, kind, day);
        start(city, id, local(day, 19, 30));
        end(city, id, local(day, 21, 30));
        for (var line : records.rollOf(id).orElseThrow().lines()) {
            var status = marks.getOrDefault(line.memberId(), RollStatus.PRESENT_IN_PERSON);
            jdbc.sql("""
                    insert into attendance.roll_entry (meeting_id, member_id, status, reason, updated_by, updated_at, version)
                    values (:m, :p, :s, :r, 'thuky', now(), 1)
                    """).param("m", id.value()).param("p", line.memberId()).param("s", status.name())
                    .param("r", status == RollStatus.ABSENT_WITH_REASON ? "Đi công tác" : null).update();
        }
        postJson("/api/meetings/" + id + "/roll-call/confirm", "{}", as(city.secretary())).andExpect(status().isOk());
        return id;
    }

    static final RollStatus AWR = RollStatus.ABSENT_WITHOUT_REASON;

    @Test
    void r11_monthsAbsentWithoutReasonCountOncePerMonthIncludeGroupMeetingsAndFollowCorrections() throws Exception {
        var city = city(50, 2);
        var ids = city.memberIds();
        var lan = ids.get(4); // group 1
        var binh = ids.get(5); // group 2
        var cuong = ids.get(6); // group 1
        var lastYear = held(city, city.cell(), "REGULAR", LocalDate.of(YEAR - 1, 12, 3), Map.of(lan, AWR, binh, AWR));
        var january = held(city, city.cell(), "REGULAR", day(1, 3), Map.of(lan, AWR, binh, AWR));
        var february = held(city, city.cell(), "REGULAR", day(2, 3), Map.of(lan, AWR, cuong, AWR));
        var thematic = held(city, city.cell(), "THEMATIC", day(2, 20), Map.of(lan, AWR));
        var march = held(city, city.cell(), "REGULAR", day(3, 3), Map.of(cuong, AWR));
        var group = held(city, city.groups().get(0), "REGULAR", day(4, 3), Map.of(lan, AWR));
        var may = held(city, city.cell(), "REGULAR", day(5, 3),
                Map.of(binh, RollStatus.ABSENT_WITH_REASON, lan, RollStatus.ABSENT_WITH_REASON));
        // after confirmation: Bình was in fact absent without reason in March, Cường had told the secretary
        putJson("/api/meetings/" + march + "/roll-call/" + binh, Map.of("status", "ABSENT_WITHOUT_REASON", "version", 2),
                as(city.minuteTaker())).andExpect(status().isOk());
        putJson("/api/meetings/" + march + "/roll-call/" + cuong,
                Map.of("status", "ABSENT_WITH_REASON", "reason", "Nằm viện", "version", 2, "note", "Gia đình báo sau cuộc họp"),
                as(city.minuteTaker()))
                .andExpect(status().isOk());

        var counted = records.unexcusedMonths(city.cell().id(), YEAR);
        assertThat(counted).extracting(UnexcusedAbsences::memberId).containsExactly(lan, binh, cuong);
        var lanYear = counted.get(0);
        assertThat(lanYear.months()).containsExactly(
                new UnexcusedAbsences.Month(YearMonth.of(YEAR, 1), List.of(january)),
                new UnexcusedAbsences.Month(YearMonth.of(YEAR, 2), List.of(february, thematic)),
                new UnexcusedAbsences.Month(YearMonth.of(YEAR, 4), List.of(group)));
        assertThat(lanYear.count()).isEqualTo(3);
        assertThat(lanYear.level()).isEqualTo(UnexcusedAbsences.Level.REMOVAL_PROCEDURE);
        assertThat(counted.get(1).months()).extracting(UnexcusedAbsences.Month::month)
                .containsExactly(YearMonth.of(YEAR, 1), YearMonth.of(YEAR, 3));
        assertThat(counted.get(1).level()).isEqualTo(UnexcusedAbsences.Level.WARNING);
        assertThat(counted.get(2).months()).extracting(UnexcusedAbsences.Month::month)
                .containsExactly(YearMonth.of(YEAR, 2));
        assertThat(counted.get(2).level()).isEqualTo(UnexcusedAbsences.Level.NONE);
        assertThat(records.unexcusedMonths(city.cell().id(), YEAR - 1)).extracting(UnexcusedAbsences::count)
                .containsExactly(1, 1);

        // the committee's list: members at two months or more, with the meetings behind each month
        var secretary = as(city.secretary());
        getAs("/api/cells/" + city.cell().id() + "/absences?year=" + YEAR, secretary).andExpect(status().isOk())
                .andExpect(jsonPath("$.rule").value("R11")).andExpect(jsonPath("$.warnAt").value(2))
                .andExpect(jsonPath("$.removalProcedureAt").value(3))
                .andExpect(jsonPath("$.members.length()").value(2))
                .andExpect(jsonPath("$.members[0].memberId").value(lan.toString()))
                .andExpect(jsonPath("$.members[0].months").value(3))
                .andExpect(jsonPath("$.members[0].level").value("REMOVAL_PROCEDURE"))
                .andExpect(jsonPath("$.members[0].detail[1].month").value(YEAR + "-02"))
                .andExpect(jsonPath("$.members[0].detail[1].meetings.length()").value(2))
                .andExpect(jsonPath("$.members[0].detail[2].meetings[0].groupMeeting").value(true))
                .andExpect(jsonPath("$.members[0].warnedAt").isNotEmpty())
                .andExpect(jsonPath("$.members[0].removalFlaggedAt").isNotEmpty())
                .andExpect(jsonPath("$.members[1].memberId").value(binh.toString()))
                .andExpect(jsonPath("$.members[1].months").value(2))
                .andExpect(jsonPath("$.members[1].level").value("WARNING"))
                .andExpect(jsonPath("$.members[1].removalFlaggedAt").isEmpty());

        // each warning raised once: Lan at 2 (February) and 3 (April), Bình at 2 by the correction; Cường at 2 when
        // March was confirmed — the warning stays on record though the correction took him back to one month
        assertThat(jdbc.sql("select member_id::text || ':' || level from attendance.absence_warning where year = :y and cell_id = :c")
                .param("y", YEAR).param("c", city.cell().id()).query(String.class).list())
                .containsExactlyInAnyOrder(lan + ":2", lan + ":3", binh + ":2", cuong + ":2");
        assertThat(events.stream(AbsenceWarningRaised.class)).extracting(AbsenceWarningRaised::memberId,
                AbsenceWarningRaised::months, AbsenceWarningRaised::level).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(lan, 2, UnexcusedAbsences.Level.WARNING),
                        org.assertj.core.groups.Tuple.tuple(lan, 3, UnexcusedAbsences.Level.REMOVAL_PROCEDURE),
                        org.assertj.core.groups.Tuple.tuple(binh, 2, UnexcusedAbsences.Level.WARNING),
                        org.assertj.core.groups.Tuple.tuple(cuong, 2, UnexcusedAbsences.Level.WARNING));
        assertThat(events.stream(CellAlertRaised.class)).allMatch(a -> a.rule() == Rule.R11)
                .extracting(CellAlertRaised::code).containsExactlyInAnyOrder("unexcused-absence-warning",
                        "unexcused-absence-removal-procedure", "unexcused-absence-warning", "unexcused-absence-warning");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
                select count(*) from meeting.notification where member_id = :m and kind = 'CELL_ALERT'
                """).param("m", city.secretary().id()).query(Integer.class).single()).isEqualTo(4));
        assertThat(jdbc.sql("select count(*) from organisation.membership where member_id = :m and valid_to is null")
                .param("m", lan).query(Integer.class).single()).isEqualTo(1);

        // the member's own year: every confirmed roll she was on, in order, and her months
        getAs("/api/members/" + lan + "/attendance?year=" + YEAR, as(new Person(lan, actor(lan, "lan", null))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unexcusedMonths").value(3))
                .andExpect(jsonPath("$.level").value("REMOVAL_PROCEDURE"))
                .andExpect(jsonPath("$.meetings.length()").value(6))
                .andExpect(jsonPath("$.meetings[0].meetingId").value(january.toString()))
                .andExpect(jsonPath("$.meetings[4].groupMeeting").value(true))
                .andExpect(jsonPath("$.meetings[5].status").value("ABSENT_WITH_REASON"))
                .andExpect(jsonPath("$.meetings[5].reason").value("Đi công tác"))
                .andExpect(jsonPath("$.months[1].meetings[1].meetingId").value(thematic.toString()));
        getAs("/api/members/" + cuong + "/attendance?year=" + YEAR, secretary)
                .andExpect(jsonPath("$.unexcusedMonths").value(1))
                .andExpect(jsonPath("$.meetings[3].status").value("ABSENT_WITH_REASON"))
                .andExpect(jsonPath("$.meetings[3].corrected").value(true));
        assertThat(jdbc.sql("select note from attendance.roll_correction where member_id = :m").param("m", cuong)
                .query(String.class).single()).isEqualTo("Gia đình báo sau cuộc họp");
        assertThat(may).isNotNull();
        assertThat(lastYear).isNotNull();
    }

    @Test
    void r11_theAbsenceListIsForTheCellsOfficersAndReviewersAboveAndAMembersYearForThemAndTheMember() throws Exception {
        var city = city(4, 0);
        var cell = "/api/cells/" + city.cell().id() + "/absences";
        getAs(cell, as(city.secretary())).andExpect(status().isOk()).andExpect(jsonPath("$.members.length()").value(0));
        getAs(cell, as(city.reviewer())).andExpect(status().isOk());
        getAs(cell, as(city.member())).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("absences-not-visible")).andExpect(jsonPath("$.rule").value("R11"));
        var committee = new Person(city.memberIds().get(3),
                actor(city.memberIds().get(3), "chiuy", new vn.chibo.shared.security.Grant(
                        vn.chibo.shared.security.Role.CELL_COMMITTEE, city.cell().id())));
        getAs(cell, as(committee)).andExpect(status().isOk());
        getAs("/api/cells/" + UUID.randomUUID() + "/absences", as(city.reviewer())).andExpect(status().isNotFound());
        getAs(cell + "?year=1890", as(city.secretary())).andExpect(status().isBadRequest());
        var other = city(3, 0);
        getAs(cell, as(other.secretary())).andExpect(status().isForbidden());

        var history = "/api/members/" + city.member().id() + "/attendance";
        getAs(history, as(city.member())).andExpect(status().isOk()).andExpect(jsonPath("$.unexcusedMonths").value(0));
        getAs(history, as(city.secretary())).andExpect(status().isOk());
        getAs(history, as(city.reviewer())).andExpect(status().isOk());
        getAs(history, as(city.minuteTaker())).andExpect(status().isForbidden());
        getAs(history, as(other.secretary())).andExpect(status().isForbidden());
    }

    @Test
    void r25_theCellsMonthSumsTheRollsOfItsPartyGroupMeetings() throws Exception {
        var city = city(50, 2);
        var ids = city.memberIds();
        var day = day(6, 3);
        // group 1 (25 members, even indexes): 3 absent; group 2 (odd indexes): 1 exempt, 5 absent with reason
        flag(ids.get(1), "EXEMPT");
        held(city, city.groups().get(0), "REGULAR", day, Map.of(ids.get(0), AWR, ids.get(2), AWR, ids.get(4), AWR));
        held(city, city.groups().get(1), "REGULAR", day.plusDays(2), Map.of(ids.get(1), RollStatus.EXEMPT,
                ids.get(3), RollStatus.ABSENT_WITH_REASON, ids.get(5), RollStatus.ABSENT_WITH_REASON,
                ids.get(7), RollStatus.ABSENT_WITH_REASON, ids.get(9), RollStatus.ABSENT_WITH_REASON,
                ids.get(11), RollStatus.ABSENT_WITH_REASON));
        var path = "/api/cells/" + city.cell().id() + "/group-rolls?month=" + YearMonth.from(day);
        getAs(path, as(city.reviewer())).andExpect(status().isOk()).andExpect(jsonPath("$.rule").value("R25"))
                .andExpect(jsonPath("$.meetings.length()").value(2))
                .andExpect(jsonPath("$.meetings[0].groupName").value("Tổ đảng 1"))
                .andExpect(jsonPath("$.meetings[0].confirmed").value(true))
                .andExpect(jsonPath("$.meetings[0].rate.present").value(22))
                .andExpect(jsonPath("$.meetings[1].rate.present").value(19))
                .andExpect(jsonPath("$.meetings[1].rate.denominator").value(24))
                // 41 present of 50 summoned less 1 exempt = 49: 83.67 %, below 85
                .andExpect(jsonPath("$.total.summoned").value(50)).andExpect(jsonPath("$.total.exempt").value(1))
                .andExpect(jsonPath("$.total.present").value(41)).andExpect(jsonPath("$.total.denominator").value(49))
                .andExpect(jsonPath("$.total.percent").value(83.67))
                .andExpect(jsonPath("$.total.meetsThreshold").value(false));
        getAs("/api/cells/" + city.cell().id() + "/group-rolls?month=" + YearMonth.from(day).plusMonths(1),
                as(city.secretary())).andExpect(jsonPath("$.meetings.length()").value(0))
                .andExpect(jsonPath("$.total.denominator").value(0));
        getAs(path, as(city.member())).andExpect(status().isForbidden());
        getAs("/api/cells/" + city.cell().id() + "/group-rolls?month=" + YEAR + "-13", as(city.secretary()))
                .andExpect(status().isBadRequest());
    }
}
