package vn.chibo.voting;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chibo.shared.demo.DemoData;

import static org.assertj.core.api.Assertions.assertThat;

class VotingDemoDataTest extends VotingTestSupport {

    @Autowired
    List<DemoData> contributions;

    @Autowired
    TransactionTemplate transactions;

    private void seed() {
        contributions.stream().filter(c -> c.order() <= 300 || c instanceof VotingDemoData)
                .sorted(java.util.Comparator.comparingInt(DemoData::order))
                .forEach(c -> transactions.executeWithoutResult(s -> c.seed()));
    }

    @Test
    void theDemoCellsPastMeetingsHaveClosedOpenAndSecretVotesConsistentWithTheirElectorate() {
        seed();
        var count = jdbc.sql("select count(*) from voting.vote where opened_by = 'system:demo'").query(Long.class).single();
        assertThat(count).isGreaterThan(6);
        seed();
        assertThat(jdbc.sql("select count(*) from voting.vote where opened_by = 'system:demo'").query(Long.class).single())
                .isEqualTo(count);
        assertThat(jdbc.sql("select count(*) from voting.vote where opened_by = 'system:demo' and state <> 'CLOSED'")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(distinct mode) from voting.vote where opened_by = 'system:demo'")
                .query(Long.class).single()).isEqualTo(2);
        // each closed vote counts exactly the ballots of its eligible members, no more than the denominator allows
        assertThat(jdbc.sql("""
                select count(*) from voting.vote v where v.opened_by = 'system:demo' and (
                    v.yes + v.no + v.abstain <> v.eligible
                 or v.eligible <> (select count(*) from voting.elector e where e.vote_id = v.id and e.may_cast)
                 or v.yes + v.no + v.abstain <> (select count(*) from voting.open_ballot b where b.vote_id = v.id)
                                              + (select count(*) from voting.secret_ballot b where b.vote_id = v.id))
                """).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from voting.vote v join meeting.meeting m on m.id = v.meeting_id "
                + "where v.mode = 'SECRET' and m.mode = 'ONLINE'").query(Long.class).single()).isZero();
    }
}
