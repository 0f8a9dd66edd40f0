package vn.chibo.organisation;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationDemoDataTest extends OrganisationTestSupport {

    @Autowired
    OrganisationDemoData demo;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoCityHasSixCellsOfAboutFourHundredMembersAndSeedingAgainChangesNothing() {
        transactions.executeWithoutResult(s -> demo.seed());
        var before = fingerprint();
        transactions.executeWithoutResult(s -> demo.seed());
        assertThat(fingerprint()).isEqualTo(before);

        var city = units.findByCode(OrganisationDemoData.CITY).orElseThrow();
        assertThat(city.name()).isEqualTo("Thành ủy Tân An");
        assertThat(city.id()).isEqualTo(OrganisationDemoData.unitId("TU-TANAN"));
        var all = units.subtrees(List.of(city));
        var cells = all.stream().filter(u -> u.kind() == UnitKind.CELL).toList();
        assertThat(cells).hasSize(6);
        var today = LocalDate.now();
        var total = cells.stream().mapToInt(c -> directory.membersOn(c.id(), today).size()).sum();
        assertThat(total).isEqualTo(400);

        var story = units.findByCode(OrganisationDemoData.STORY_CELL).orElseThrow();
        var storyMembers = directory.membersOn(story.id(), today);
        assertThat(storyMembers).hasSize(30);
        assertThat(directory.memberByCardNumber(OrganisationDemoData.SECRETARY)).hasValueSatisfying(m -> {
            assertThat(m.fullName()).isEqualTo("Nguyễn Văn Hùng");
            assertThat(m.cellId()).isEqualTo(story.id());
        });
        assertThat(directory.memberByCardNumber(OrganisationDemoData.PROBATIONARY_MEMBER).orElseThrow().status())
                .isEqualTo(MemberStatus.PROBATIONARY);
        assertThat(directory.memberByCardNumber(OrganisationDemoData.OFFICIAL_MEMBER).orElseThrow().status())
                .isEqualTo(MemberStatus.OFFICIAL);

        var large = units.findByCode(OrganisationDemoData.LARGE_CELL).orElseThrow();
        assertThat(directory.membersOn(large.id(), today).size()).isGreaterThanOrEqualTo(50);
        var groups = all.stream().filter(u -> large.id().equals(u.parentId())).toList();
        assertThat(groups).hasSize(3).allSatisfy(g -> {
            assertThat(g.leaderMemberId()).isNotNull();
            assertThat(directory.membersOn(g.id(), today)).extracting(MemberView::id).contains(g.leaderMemberId());
        });
        var leader = directory.memberByCardNumber(OrganisationDemoData.GROUP_LEADER).orElseThrow();
        assertThat(groups).anySatisfy(g -> assertThat(g.leaderMemberId()).isEqualTo(leader.id()));

        long probationary = cells.stream().flatMap(c -> directory.membersOn(c.id(), today).stream())
                .filter(m -> m.status() == MemberStatus.PROBATIONARY).count();
        assertThat(probationary).isBetween(30L, 50L);
        assertThat(directory.memberByCardNumber(OrganisationDemoData.REVIEWER)).isPresent();
        assertThat(directory.memberByCardNumber(OrganisationDemoData.ADMINISTRATOR)).isPresent();
        assertThat(jdbc.sql("select count(distinct kind) from organisation.member_flag where member_id = any(cast(:ids as uuid[]))")
                .param("ids", List.of("79010028", "79040040", "79010029").stream()
                        .map(c -> OrganisationDemoData.memberId(c).toString()).toArray(String[]::new))
                .query(Long.class).single()).isEqualTo(3);
    }

    private String fingerprint() {
        return jdbc.sql("""
                select (select count(*) from organisation.unit) || '/' || (select count(*) from organisation.unit_history)
                    || '/' || (select count(*) from organisation.member) || '/' || (select coalesce(sum(version), 0) from organisation.member)
                    || '/' || (select count(*) from organisation.membership) || '/' || (select count(*) from organisation.member_flag)
                """).query(String.class).single();
    }
}
