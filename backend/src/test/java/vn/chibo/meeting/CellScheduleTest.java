package vn.chibo.meeting;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;

import vn.chibo.meeting.MeetingEvents.ScheduleWarningRaised;
import vn.chibo.shared.Rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CellScheduleTest extends MeetingTestSupport {

    @Autowired
    CellSchedules schedules;

    @Autowired
    JdbcCellSchedules storedSchedules;

    @Autowired
    ScheduleChecks checks;

    @Autowired
    Meetings facade;

    @Autowired
    ApplicationEvents events;

    @Test
    void r20_aCellsMonthlyRuleCreatesTheNextRegularMeetingsOnce() throws Exception {
        var city = city();
        clock.set(local(2027, 3, 10, 9, 0));
        getAs("/api/cells/" + city.cell().id() + "/schedule", as(city.member())).andExpect(status().isOk())
                .andExpect(jsonPath("$.dayOfMonth").value(3)).andExpect(jsonPath("$.localTime").value("19:30:00"))
                .andExpect(jsonPath("$.stored").value(false))
                .andExpect(jsonPath("$.nextOccurrences[0]").value(local(2027, 4, 3, 19, 30).toString()));
        putJson("/api/cells/" + city.cell().id() + "/schedule", Map.of("dayOfMonth", 5), as(city.member()))
                .andExpect(status().isForbidden());
        putJson("/api/cells/" + city.cell().id() + "/schedule", Map.of("dayOfMonth", 31), as(city.secretary()))
                .andExpect(status().isBadRequest());
        putJson("/api/cells/" + city.cell().id() + "/schedule", Map.of("mode", "ONLINE"), as(city.secretary()))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.rule").value("R1"));
        assertThat(facade.documentLeadDays(city.cell().id())).isEqualTo(1);
        putJson("/api/cells/" + city.cell().id() + "/schedule", Map.of("dayOfMonth", 5, "localTime", "19:00",
                "monthsAhead", 2, "place", "Hội trường", "documentLeadDays", 2), as(city.secretary()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stored").value(true));
        assertThat(facade.documentLeadDays(city.cell().id())).isEqualTo(2);
        var from = local(2027, 3, 1, 0, 0);
        var to = local(2027, 7, 1, 0, 0);
        var created = meetings.ofCell(city.cell().id(), from, to);
        // March 5 has passed on March 10: April and May (two months ahead)
        assertThat(created).extracting(Meeting::startsAt).containsExactly(local(2027, 4, 5, 19, 0), local(2027, 5, 5, 19, 0));
        assertThat(created).allSatisfy(m -> {
            assertThat(m.state()).isEqualTo(MeetingState.SCHEDULED);
            assertThat(m.fromSchedule()).isTrue();
            assertThat(m.plannedMinutes()).isEqualTo(120);
            assertThat(meetings.agenda(m.id())).hasSize(8);
        });
        // running the job again, or on another node, creates nothing new
        assertThat(schedules.generate(storedSchedules.find(city.cell().id()).orElseThrow())).isZero();
        assertThat(meetings.ofCell(city.cell().id(), from, to)).hasSize(2);
        // a month that already holds a regular meeting is left alone
        clock.set(local(2027, 5, 10, 9, 0));
        create(city, city.cell(), "REGULAR", "IN_PERSON", local(2027, 6, 12, 19, 30), 120, true);
        assertThat(schedules.generate(storedSchedules.find(city.cell().id()).orElseThrow())).isEqualTo(1); // July only
    }

    @Test
    void r20_theDailyCheckWarnsOnceAboutAMissedMonthAndAQuarterWithoutAThematicMeeting() {
        var city = city();
        clock.set(local(2027, 1, 20, 9, 0));
        storedSchedules.insert(new CellSchedule(city.cell().id(), 3, LocalTime.of(19, 30), 120, MeetingMode.IN_PERSON, null,
                1, 2, true, LocalDate.of(2026, 9, 1), null));
        // October and November held (November combined with the thematic meeting), December missed
        held(city, "REGULAR", local(2026, 10, 3, 19, 30), 120);
        held(city, "REGULAR_AND_THEMATIC", local(2026, 11, 3, 19, 30), 125);
        var schedule = storedSchedules.find(city.cell().id()).orElseThrow();
        assertThat(checks.check(schedule, LocalDate.of(2027, 1, 20))).isEqualTo(1);
        var raised = events.stream(ScheduleWarningRaised.class).filter(w -> w.cellId().equals(city.cell().id())).toList();
        assertThat(raised).singleElement().satisfies(w -> {
            assertThat(w.rule()).isEqualTo(Rule.R20);
            assertThat(w.code()).isEqualTo("regular-meeting-missed");
            assertThat(w.period()).isEqualTo(LocalDate.of(2026, 12, 1));
        });
        assertThat(checks.check(schedule, LocalDate.of(2027, 1, 21))).isZero();
        // a quarter without any thematic meeting: Q1 2027 held only regular ones
        held(city, "REGULAR", local(2027, 1, 3, 19, 30), 120);
        held(city, "REGULAR", local(2027, 2, 3, 19, 30), 120);
        held(city, "REGULAR", local(2027, 3, 3, 19, 30), 120);
        assertThat(checks.check(schedule, LocalDate.of(2027, 4, 2))).isEqualTo(1);
        assertThat(storedSchedules.warnings(city.cell().id())).extracting(JdbcCellSchedules.StoredWarning::code)
                .containsExactlyInAnyOrder("regular-meeting-missed", "thematic-meeting-missed");
        assertThat(checks.check(schedule, LocalDate.of(2027, 4, 3))).isZero();
    }

    @Test
    void r19_theDailyCheckWarnsAboutAHeldMeetingShorterThanRequired() throws Exception {
        var city = city();
        clock.set(local(2027, 2, 10, 9, 0));
        storedSchedules.insert(new CellSchedule(city.cell().id(), 3, LocalTime.of(19, 30), 120, MeetingMode.IN_PERSON, null,
                1, 2, true, LocalDate.of(2027, 2, 1), null));
        var shortOne = held(city, "REGULAR", local(2027, 2, 3, 19, 30), 75);
        held(city, "THEMATIC", local(2027, 2, 5, 19, 30), 95);
        var schedule = storedSchedules.find(city.cell().id()).orElseThrow();
        assertThat(checks.check(schedule, LocalDate.of(2027, 2, 10))).isEqualTo(1);
        assertThat(events.stream(ScheduleWarningRaised.class).filter(w -> w.cellId().equals(city.cell().id())))
                .singleElement().satisfies(w -> {
                    assertThat(w.rule()).isEqualTo(Rule.R19);
                    assertThat(w.code()).isEqualTo("held-meeting-short");
                    assertThat(w.meetingId().value()).isEqualTo(shortOne);
                });
        assertThat(checks.check(schedule, LocalDate.of(2027, 2, 11))).isZero();
        getAs("/api/cells/" + city.cell().id() + "/schedule-warnings", as(city.reviewer())).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].rule").value("R19"));
        getAs("/api/cells/" + city.cell().id() + "/schedule-warnings", as(city.outsider())).andExpect(status().isForbidden());
    }

    @Autowired
    ScheduleJobs jobs;

    @Test
    void r20_theTimedJobsCoverEveryCellAndRunningThemTwiceChangesNothing() {
        var city = city();
        clock.set(local(2027, 6, 20, 9, 0));
        storedSchedules.insert(new CellSchedule(city.cell().id(), 3, LocalTime.of(19, 30), 120, MeetingMode.IN_PERSON, null,
                1, 1, true, LocalDate.of(2027, 5, 1), null));
        jobs.createOccurrences();
        jobs.createOccurrences();
        assertThat(meetings.ofCell(city.cell().id(), local(2027, 6, 1, 0, 0), local(2027, 9, 1, 0, 0)))
                .extracting(Meeting::startsAt).containsExactly(local(2027, 7, 3, 19, 30));
        jobs.dailyCheck();
        jobs.dailyCheck();
        assertThat(storedSchedules.warnings(city.cell().id())).extracting(JdbcCellSchedules.StoredWarning::code)
                .containsExactly("regular-meeting-missed");
    }

    /** A meeting that was held (ended) for the given minutes, stored directly. */
    private UUID held(City city, String kind, java.time.Instant start, int minutes) {
        var id = UUID.randomUUID();
        meetings.insert(new Meeting(id, city.cell().id(), city.cell().id(), MeetingKind.valueOf(kind), MeetingMode.IN_PERSON,
                MeetingState.ENDED, "Đã họp", start, start.plus(Duration.ofMinutes(120)), start,
                start.plus(Duration.ofMinutes(minutes)), null, null, null, null, false, null, false, false, null, null,
                "test", 0));
        return id;
    }
}
