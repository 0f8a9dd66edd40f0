package vn.chibo.meeting;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.shared.demo.DemoData;

import static org.assertj.core.api.Assertions.assertThat;

/** The monthly bulletin on the story cell's next regular meeting, and the reviewer as the cell's liaison. */
class MeetingDocumentsDemoDataTest extends MeetingTestSupport {

    @Autowired
    List<DemoData> contributions;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    OrganisationDirectory directory;

    private void seed() {
        contributions.stream()
                .filter(c -> c.order() <= 100 || c instanceof MeetingDemoData || c.name().startsWith("meeting "))
                .sorted(java.util.Comparator.comparingInt(DemoData::order))
                .forEach(c -> transactions.executeWithoutResult(s -> c.seed()));
    }

    @Test
    void theStoryCellsNextRegularMeetingCarriesThePublishedBulletinAndTheReviewerFollowsTheCell() {
        seed();
        seed();
        var story = MeetingDemoData.unitId("CB-XAYDUNG");
        var documents = jdbc.sql("""
                select d.file_name, d.published_at is not null as published, m.kind, m.state, c.content
                  from meeting.document d join meeting.meeting m on m.id = d.meeting_id
                  join meeting.document_content c on c.document_id = d.id
                 where m.cell_id = :cell and d.uploaded_by = 'demo'
                """).param("cell", story).query((rs, n) -> new Object[] { rs.getString(1), rs.getBoolean(2),
                rs.getString(3), rs.getString(4), rs.getBytes(5) }).list();
        assertThat(documents).hasSize(1);
        var bulletin = documents.get(0);
        assertThat((String) bulletin[0]).startsWith("Ban tin sinh hoat chi bo thang ").endsWith(".pdf");
        assertThat((Boolean) bulletin[1]).isTrue();
        assertThat(bulletin[3]).isEqualTo("SCHEDULED");
        assertThat(new String((byte[]) bulletin[4], 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        var liaison = jdbc.sql("select member_id from meeting.cell_liaison where cell_id = :cell").param("cell", story)
                .query(UUID.class).single();
        assertThat(liaison).isEqualTo(directory.memberByCardNumber("79060001").orElseThrow().id());
    }
}
