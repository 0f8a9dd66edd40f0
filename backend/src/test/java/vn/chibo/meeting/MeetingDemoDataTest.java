package vn.chibo.meeting;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.shared.demo.DemoData;
import vn.chibo.shared.time.VietnamTime;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingDemoDataTest extends MeetingTestSupport {

    @Autowired
    List<DemoData> contributions;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    MeetingDemoData demo;

    private void seed() {
        contributions.stream().filter(c -> c.order() <= 100 || c instanceof MeetingDemoData)
                .sorted(java.util.Comparator.comparingInt(DemoData::order))
                .forEach(c -> transactions.executeWithoutResult(s -> c.seed()));
    }

    @Test
    void theDemoCellsHaveAYearOfMeetingsTheirRuleAndTheStorysOnlineMeetings() {
        seed();
        var count = jdbc.sql("select count(*) from meeting.meeting where created_by = 'system:demo'").query(Long.class).single();
        seed();
        assertThat(jdbc.sql("select count(*) from meeting.meeting where created_by = 'system:demo'").query(Long.class).single())
                .isEqualTo(count);

        var story = MeetingDemoData.unitId("CB-XAYDUNG");
        var today = LocalDate.now(VietnamTime.ZONE);
        var nextMonth = YearMonth.from(today).plusMonths(1);
        var next = meetings.ofCell(story, nextMonth.atDay(1).atStartOfDay(VietnamTime.ZONE).toInstant(),
                nextMonth.atDay(2).atStartOfDay(VietnamTime.ZONE).plusDays(30).toInstant()).stream()
                .filter(Meeting::fromSchedule).findFirst().orElseThrow();
        var bithu = directory.memberByCardNumber("79010001").orElseThrow().id();
        assertThat(next.mode()).isEqualTo(MeetingMode.ONLINE);
        assertThat(next.state()).isEqualTo(MeetingState.SCHEDULED);
        assertThat(next.onlinePilot()).isTrue();
        assertThat(next.chairMemberId()).isEqualTo(bithu);
        assertThat(next.startsAt().atZone(VietnamTime.ZONE).toLocalDate()).isEqualTo(nextMonth.atDay(3));
        assertThat(next.startsAt().atZone(VietnamTime.ZONE).toLocalTime()).isEqualTo(LocalTime.of(19, 30));
        assertThat(meetings.agenda(next.id())).hasSize(8);

        var live = meetings.find(MeetingDemoData.id("CB-XAYDUNG:live:" + today)).orElseThrow();
        assertThat(live.state()).isEqualTo(MeetingState.SCHEDULED);
        assertThat(live.mode()).isEqualTo(MeetingMode.ONLINE);
        assertThat(Duration.between(java.time.Instant.now(), live.startsAt())).isBetween(Duration.ZERO, Duration.ofHours(1));
        assertThat(live.minuteTakerMemberId()).isEqualTo(directory.memberByCardNumber("79010002").orElseThrow().id());

        var year = meetings.ofCell(story, today.minusMonths(13).atStartOfDay(VietnamTime.ZONE).toInstant(),
                today.atStartOfDay(VietnamTime.ZONE).toInstant());
        assertThat(year.stream().filter(m -> m.state() == MeetingState.ENDED && m.kind() != MeetingKind.THEMATIC).count())
                .isGreaterThanOrEqualTo(11);
        assertThat(year).allSatisfy(m -> assertThat(m.startedAt() == null || m.endedAt().isAfter(m.startedAt())).isTrue());
        var all = jdbc.sql("select kind, state, unit_id <> cell_id as group_meeting from meeting.meeting where created_by = 'system:demo'")
                .query((rs, n) -> rs.getString("kind") + "/" + rs.getString("state") + "/" + rs.getBoolean("group_meeting")).list();
        assertThat(all).contains("REGULAR/CANCELLED/false", "REGULAR/ENDED/true", "THEMATIC/ENDED/false",
                "REGULAR_AND_THEMATIC/ENDED/false");
        assertThat(storedSchedules(story)).isTrue();
    }

    private boolean storedSchedules(java.util.UUID cell) {
        return jdbc.sql("select count(*) from meeting.cell_schedule where cell_id = :c").param("c", cell).query(Long.class).single() == 1;
    }
}
