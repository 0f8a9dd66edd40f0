package vn.chibo.organisation;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the meeting module asks the directory: standings with flags on a date (R2), subtrees, party groups (R24). */
class DirectoryStandingsTest extends OrganisationTestSupport {

    @Test
    void standingsCarryTheFlagsActiveOnTheDate() {
        var city = city();
        var plain = member("Nguyễn Văn Thường", city.cellA(), null, LocalDate.of(2020, 1, 1));
        var exempt = member("Trần Văn Miễn", city.cellA(), city.groupA1(), LocalDate.of(2020, 1, 1));
        var suspended = member("Lê Văn Đình", city.cellA(), null, LocalDate.of(2020, 1, 1));
        members.addFlag(new MemberFlag(UUID.randomUUID(), exempt.id(), MemberFlag.Kind.EXEMPT, LocalDate.of(2024, 1, 1), null, null, null));
        members.addFlag(new MemberFlag(UUID.randomUUID(), suspended.id(), MemberFlag.Kind.SUSPENDED, LocalDate.of(2026, 8, 1),
                LocalDate.of(2026, 10, 31), null, null));

        var during = directory.standingsOn(city.cellA().id(), LocalDate.of(2026, 9, 1));
        assertThat(during).hasSize(3);
        assertThat(during).filteredOn(MemberStanding::countsForInPersonTest).extracting(s -> s.member().id())
                .containsExactly(plain.id());
        var after = directory.standingsOn(city.cellA().id(), LocalDate.of(2026, 11, 1));
        assertThat(after).filteredOn(MemberStanding::countsForInPersonTest).extracting(s -> s.member().id())
                .containsExactlyInAnyOrder(plain.id(), suspended.id());
        assertThat(directory.standingsOn(city.groupA1().id(), LocalDate.of(2026, 9, 1))).singleElement()
                .satisfies(s -> assertThat(s.exempt()).isTrue());
    }

    @Test
    void subtreesAndPartyGroupsWithTheirLeaders() {
        var city = city();
        assertThat(directory.unitsWithin(city.ward1().id())).extracting(UnitView::id)
                .containsExactly(city.ward1().id(), city.cellA().id(), city.groupA1().id());
        assertThat(directory.unitsWithin(UUID.randomUUID())).isEmpty();
        var leader = member("Đặng Văn Tổ", city.cellA(), city.groupA1(), LocalDate.of(2020, 1, 1));
        units.setLeaders(city.groupA1().id(), leader.id(), null);
        assertThat(directory.partyGroups(city.cellA().id())).singleElement().satisfies(g -> {
            assertThat(g.id()).isEqualTo(city.groupA1().id());
            assertThat(g.leaderMemberId()).isEqualTo(leader.id());
        });
        assertThat(directory.partyGroups(city.cellB().id())).isEmpty();
        assertThat(directory.partyGroups(city.ward1().id())).isEmpty();
    }
}
