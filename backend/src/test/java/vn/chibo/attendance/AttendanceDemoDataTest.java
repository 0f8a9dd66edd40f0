package vn.chibo.attendance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.shared.demo.DemoData;
import vn.chibo.shared.time.VietnamTime;

import static org.assertj.core.api.Assertions.assertThat;

class AttendanceDemoDataTest extends AttendanceTestSupport {

    @Autowired
    List<DemoData> contributions;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    OrganisationDirectory directory;

    private void seed() {
        contributions.stream().filter(c -> c.order() <= 320).sorted(Comparator.comparingInt(DemoData::order))
                .forEach(c -> transactions.executeWithoutResult(s -> c.seed()));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private int heldMonthsThisYear(String cellCode) {
        var year = LocalDate.now(VietnamTime.ZONE).getYear();
        return jdbc.sql("""
                select count(distinct date_trunc('month', starts_at at time zone 'Asia/Ho_Chi_Minh'))
                from meeting.meeting where unit_id = :cell and state = 'ENDED'
                  and extract(year from starts_at at time zone 'Asia/Ho_Chi_Minh') = :year
                """).param("cell", AttendanceDemoData.unitId(cellCode)).param("year", year).query(Integer.class).single();
    }

    @Autowired
    ApplicationEvents events;

    @Test
    void r11_theDemoCityHasConfirmedRollsForEveryHeldMeetingAndTheStorysAbsentMembers() {
        var before = count("select count(*) from attendance.roll_confirmation where confirmed_by = 'system:demo'");
        seed();
        var rolls = count("select count(*) from attendance.roll_confirmation where confirmed_by = 'system:demo'");
        // each new demo roll is announced like a chair's confirmation, for the committee's figures
        assertThat(events.stream(RollChanged.class).filter(e -> !e.correction()).count()).isEqualTo(rolls - before);
        var facts = count("select count(*) from attendance.presence_fact where connection_id like 'demo-%'");
        seed();
        assertThat(count("select count(*) from attendance.roll_confirmation where confirmed_by = 'system:demo'"))
                .isEqualTo(rolls);
        assertThat(count("select count(*) from attendance.presence_fact where connection_id like 'demo-%'"))
                .isEqualTo(facts).isGreaterThan(500);

        // every held meeting of the demo (a group meeting among them) has its roll; none of the rest has one
        assertThat(count("""
                select count(*) from meeting.meeting m where m.created_by = 'system:demo' and m.state = 'ENDED'
                  and not exists (select 1 from attendance.roll_confirmation c where c.meeting_id = m.id)
                """)).isZero();
        assertThat(count("""
                select count(*) from attendance.roll_confirmation c join meeting.meeting m on m.id = c.meeting_id
                where m.created_by = 'system:demo' and (m.state <> 'ENDED' or m.unit_id <> m.cell_id)
                """)).isEqualTo(1);

        // the story cell meets online: rolls say present online, the ledger has rejoins after a dropped connection
        var story = AttendanceDemoData.unitId("CB-XAYDUNG");
        assertThat(count("""
                select count(*) from attendance.roll_line l join meeting.meeting m on m.id = l.meeting_id
                where m.unit_id = '%s' and l.status = 'PRESENT_IN_PERSON'
                """.formatted(story))).isZero();
        assertThat(count("""
                select count(*) from (select meeting_id, member_id from attendance.presence_fact
                  where source = 'room' and kind = 'JOIN' and connection_id like 'demo-%'
                  group by meeting_id, member_id having count(*) > 1) rejoined
                """)).isPositive();
        var rates = jdbc.sql("""
                select (snapshot -> 'rate' ->> 'percent')::numeric from attendance.roll_confirmation
                where confirmed_by = 'system:demo'
                """).query(java.math.BigDecimal.class).list();
        assertThat(rates).allSatisfy(r -> assertThat(r).isBetween(new java.math.BigDecimal("75"),
                new java.math.BigDecimal("100")));

        // R11: in the story cell one member at three months this year, one at two; elsewhere one at three; no one else
        var year = LocalDate.now(VietnamTime.ZONE).getYear();
        var storyMonths = heldMonthsThisYear("CB-XAYDUNG");
        var three = directory.memberByCardNumber(AttendanceDemoData.THREE_MONTHS).orElseThrow().id();
        var two = directory.memberByCardNumber(AttendanceDemoData.TWO_MONTHS).orElseThrow().id();
        var counts = records.unexcusedMonths(story, year).stream().filter(a -> a.count() >= 2)
                .collect(java.util.stream.Collectors.toMap(UnexcusedAbsences::memberId, UnexcusedAbsences::count));
        // months counted back from the latest held one: 1st, 3rd and 5th for one member, 2nd and 4th for the other
        var expected = new java.util.HashMap<java.util.UUID, Integer>();
        if ((storyMonths + 1) / 2 >= 2) {
            expected.put(three, Math.min(3, (storyMonths + 1) / 2));
        }
        if (storyMonths / 2 >= 2) {
            expected.put(two, Math.min(2, storyMonths / 2));
        }
        assertThat(counts).isEqualTo(expected);
        var elsewhere = directory.memberByCardNumber(AttendanceDemoData.THREE_MONTHS_ELSEWHERE).orElseThrow().id();
        var kp1Months = heldMonthsThisYear("CB-KP1");
        var kp1 = records.unexcusedMonths(AttendanceDemoData.unitId("CB-KP1"), year).stream()
                .filter(a -> a.count() >= 2).toList();
        assertThat(kp1).extracting(UnexcusedAbsences::memberId)
                .isEqualTo(kp1Months >= 2 ? List.of(elsewhere) : List.of());
        if (kp1Months >= 4) {
            assertThat(kp1.get(0).level()).isEqualTo(UnexcusedAbsences.Level.REMOVAL_PROCEDURE);
        }
        for (var code : List.of("CB-KP3", "CB-KP5", "CB-CAPNUOC", "CB-VPTU")) {
            assertThat(records.unexcusedMonths(AttendanceDemoData.unitId(code), year)).allMatch(a -> a.count() == 1);
        }
        if (storyMonths >= 5) {
            assertThat(count("select count(*) from attendance.absence_warning where member_id = '" + three + "'"))
                    .isEqualTo(2);
        }
    }
}
