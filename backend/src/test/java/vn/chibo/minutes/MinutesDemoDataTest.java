package vn.chibo.minutes;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chibo.shared.demo.DemoData;

import static org.assertj.core.api.Assertions.assertThat;

class MinutesDemoDataTest extends MinutesTestSupport {

    @Autowired
    List<DemoData> contributions;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcMinutes store;

    private void seed() {
        contributions.stream().filter(c -> c.order() <= 300 || c instanceof MinutesDemoData)
                .sorted(Comparator.comparingInt(DemoData::order))
                .forEach(c -> transactions.executeWithoutResult(s -> c.seed()));
    }

    @Test
    void r23_theDemosPastMeetingsHaveSignedMinutesAndTheMostRecentOneADraft() {
        seed();
        var story = MinutesDemoData.unitId("CB-XAYDUNG");
        var rows = jdbc.sql("""
                select n.meeting_id, n.state, m.state as meeting_state from minutes.minutes n
                join meeting.meeting m on m.id = n.meeting_id where n.cell_id = :cell order by m.starts_at""")
                .param("cell", story).query((rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        assertThat(rows).hasSizeGreaterThan(3);
        assertThat(rows.get(rows.size() - 1).subList(1, 3)).containsExactly("DRAFT", "ENDED");
        assertThat(rows.subList(0, rows.size() - 1)).allSatisfy(r -> assertThat(r.subList(1, 3))
                .containsExactly("SIGNED", "MINUTES_ADOPTED"));

        var signed = store.find(java.util.UUID.fromString(rows.get(0).get(0))).orElseThrow();
        assertThat(CanonicalJson.sha256(signed.content())).isEqualTo(signed.contentHash());
        assertThat(store.signatures(signed.meetingId())).extracting(JdbcMinutes.Signature::contentHash)
                .containsOnly(signed.contentHash()).hasSize(2);
        assertThat(signed.publishedAt()).isNotNull();

        var count = jdbc.sql("select count(*) from minutes.minutes").query(Long.class).single();
        seed();
        assertThat(jdbc.sql("select count(*) from minutes.minutes").query(Long.class).single()).isEqualTo(count);
    }
}
