package vn.chibo.meeting.document;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;

import vn.chibo.meeting.MeetingId;
import vn.chibo.meeting.MeetingState;
import vn.chibo.meeting.MeetingWarning;
import vn.chibo.meeting.MeetingSummary;
import vn.chibo.meeting.testing.MeetingFeaturesTestSupport;
import vn.chibo.shared.audit.AuditEvent;
import vn.chibo.shared.security.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class MeetingDocumentsApiTest extends MeetingFeaturesTestSupport {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    ApplicationEvents events;

    City city;
    MeetingSummary meeting;
    UUID item;

    void meetingInFiveDays() {
        city = city();
        meeting = meetings.insert(city.cell().id(), city.cell().id(), "Sinh hoạt chi bộ thường kỳ tháng 12/2026",
                START.plus(Duration.ofDays(5)), city.secretary().id());
        item = meetings.firstItem(meeting.id());
    }

    ResultActions upload(Actor actor, UUID itemId, String fileName, byte[] content, String classification) throws Exception {
        return mvc.perform(multipart("/api/meetings/{m}/agenda/{i}/documents", meeting.id().value(), itemId)
                .file(new MockMultipartFile("file", fileName, "application/pdf", content))
                .param("classification", classification).with(csrf()).with(as(actor)));
    }

    UUID uploaded(String fileName) throws Exception {
        var body = upload(city.secretaryActor(), item, fileName, PDF, "INTERNAL").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(body).get("id").asString());
    }

    ResultActions download(Actor actor, UUID documentId) throws Exception {
        return mvc.perform(get("/api/meetings/{m}/documents/{d}", meeting.id().value(), documentId).with(as(actor)));
    }

    ResultActions publish(Actor actor, UUID documentId) throws Exception {
        return mvc.perform(post("/api/meetings/{m}/documents/{d}/publish", meeting.id().value(), documentId)
                .with(csrf()).with(as(actor)));
    }

    @Test
    void theSecretaryUploadsABulletinThatMembersDownloadOnceItIsPublished() throws Exception {
        meetingInFiveDays();
        upload(city.secretaryActor(), item, "Bản tin tháng 12.pdf", PDF, "INTERNAL").andExpect(status().isCreated())
                .andExpect(jsonPath("$.fileName").value("Bản tin tháng 12.pdf"))
                .andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andExpect(jsonPath("$.size").value(PDF.length))
                .andExpect(jsonPath("$.sha256").value(org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}")))
                .andExpect(jsonPath("$.classification").value("INTERNAL"))
                .andExpect(jsonPath("$.publishedAt").doesNotExist());
        var documentId = UUID.fromString(json.readTree(mvc.perform(get("/api/meetings/{m}/documents", meeting.id().value())
                .with(as(city.secretaryActor()))).andReturn().getResponse().getContentAsString()).get(0).get("id").asString());

        mvc.perform(get("/api/meetings/{m}/documents", meeting.id().value()).with(as(city.memberActor())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        download(city.memberActor(), documentId).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("document-not-published"));

        publish(city.secretaryActor(), documentId).andExpect(status().isOk())
                .andExpect(jsonPath("$.publishedAt").exists()).andExpect(jsonPath("$.publishedLate").value(false));

        mvc.perform(get("/api/meetings/{m}/documents", meeting.id().value()).with(as(city.memberActor())))
                .andExpect(jsonPath("$[0].agendaItemId").value(item.toString()));
        download(city.memberActor(), documentId).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andExpect(content().bytes(PDF));
    }

    @Test
    void r7_everyDownloadIsAuditedWithTheFileAndItsChecksum() throws Exception {
        meetingInFiveDays();
        var documentId = uploaded("ban-tin.pdf");
        publish(city.secretaryActor(), documentId);
        download(city.memberActor(), documentId).andExpect(status().isOk());
        download(city.secretaryActor(), documentId).andExpect(status().isOk());

        var downloads = events.stream(AuditEvent.class)
                .filter(e -> e.action().equals("document-downloaded") && e.objectId().equals(documentId.toString())).toList();
        assertThat(downloads).hasSize(2);
        assertThat(downloads.get(0).unitId()).isEqualTo(city.cell().id());
        assertThat(downloads.get(0).details()).containsKeys("sha256", "fileName", "meetingId");
        assertThat(events.stream(AuditEvent.class).map(AuditEvent::action))
                .contains("document-uploaded", "document-published");
    }

    @Test
    void r5_refusesADocumentMarkedStateSecretBeforeStoringAnything() throws Exception {
        meetingInFiveDays();
        upload(city.secretaryActor(), item, "mat.pdf", PDF, "STATE_SECRET").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("state-secret-not-allowed"))
                .andExpect(jsonPath("$.rule").value("R5"));
        assertThat(jdbc.sql("select count(*) from meeting.document where meeting_id = :m").param("m", meeting.id().value())
                .query(Long.class).single()).isZero();
    }

    @Test
    void refusesAFileThatIsNotPdfOfficeOrAnImageByItsContent() throws Exception {
        meetingInFiveDays();
        upload(city.secretaryActor(), item, "ban-tin.pdf", "MZ this is a program".getBytes(StandardCharsets.ISO_8859_1),
                "PUBLIC").andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("document-type-not-allowed"));
    }

    @Test
    void refusesAFileLargerThanTheConfiguredLimit() throws Exception {
        meetingInFiveDays();
        var large = new byte[1024 * 1024 + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        upload(city.secretaryActor(), item, "lon.pdf", large, "PUBLIC").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("document-too-large"));
    }

    @Test
    void refusesAnEmptyFileAnUnknownClassificationAndAnUnknownAgendaItem() throws Exception {
        meetingInFiveDays();
        upload(city.secretaryActor(), item, "rong.pdf", new byte[0], "PUBLIC").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("document-empty"));
        upload(city.secretaryActor(), item, "a.pdf", PDF, "TOP").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-classification"));
        upload(city.secretaryActor(), UUID.randomUUID(), "a.pdf", PDF, "PUBLIC").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("agenda-item-not-found"));
    }

    @Test
    void onlyThoseWhoManageTheMeetingUploadPublishOrWithdraw() throws Exception {
        meetingInFiveDays();
        upload(city.memberActor(), item, "a.pdf", PDF, "PUBLIC").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access-denied"));
        var documentId = uploaded("a.pdf");
        publish(city.memberActor(), documentId).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access-denied"));
        mvc.perform(delete("/api/meetings/{m}/documents/{d}", meeting.id().value(), documentId).with(csrf())
                .with(as(city.reviewerActor()))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access-denied"));
    }

    @Test
    void nobodyOutsideTheMeetingDownloadsItsDocuments() throws Exception {
        meetingInFiveDays();
        var documentId = uploaded("a.pdf");
        publish(city.secretaryActor(), documentId);
        download(city.outsiderActor(), documentId).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access-denied"));
        download(city.reviewerActor(), documentId).andExpect(status().isOk());
        mvc.perform(get("/api/meetings/{m}/documents/{d}", UUID.randomUUID(), documentId).with(as(city.memberActor())))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("meeting-not-found"));
    }

    @Test
    void aWithdrawnDocumentIsNoLongerListedNorServed() throws Exception {
        meetingInFiveDays();
        var documentId = uploaded("a.pdf");
        publish(city.secretaryActor(), documentId);
        mvc.perform(delete("/api/meetings/{m}/documents/{d}", meeting.id().value(), documentId).with(csrf())
                .with(as(city.secretaryActor()))).andExpect(status().isNoContent());
        download(city.memberActor(), documentId).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("document-not-found"));
        download(city.secretaryActor(), documentId).andExpect(status().isNotFound());
        mvc.perform(delete("/api/meetings/{m}/documents/{d}", meeting.id().value(), documentId).with(csrf())
                .with(as(city.secretaryActor()))).andExpect(status().isNotFound());
    }

    @Test
    void noDocumentsChangeOnceTheMeetingIsCancelled() throws Exception {
        meetingInFiveDays();
        meetings.setState(meeting.id(), MeetingState.CANCELLED);
        upload(city.secretaryActor(), item, "a.pdf", PDF, "PUBLIC").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("meeting-closed-for-documents"));
    }

    @Test
    void r21_publishingLaterThanTheCellsLeadTimeWarnsTheSecretary() throws Exception {
        meetingInFiveDays();
        jdbc.sql("insert into meeting.cell_schedule (cell_id, document_lead_days) values (:c, 2)")
                .param("c", city.cell().id()).update();
        var documentId = uploaded("ban-tin.pdf");
        clock.advance(Duration.ofDays(4)); // one day before the meeting, the cell wants two

        publish(city.secretaryActor(), documentId).andExpect(status().isOk())
                .andExpect(jsonPath("$.publishedLate").value(true));

        assertThat(noticesOf(city.secretary().id())).singleElement().asString().startsWith("DOCUMENT_LATE");
        assertThat(jdbc.sql("select body from meeting.notification where member_id = :m").param("m", city.secretary().id())
                .query(String.class).single()).contains("ban-tin.pdf").contains("2 ngày").contains("R21");
        var warnings = documents.warnings(meeting.id());
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("documents-published-late");
            assertThat(w.rule()).isEqualTo(vn.chibo.shared.Rule.R21);
        });
    }

    @Test
    void r21_aDocumentStillUnpublishedAfterTheLeadTimeIsAWarningAndOnePublishedInTimeIsNot() throws Exception {
        meetingInFiveDays();
        var inTime = uploaded("dung-han.pdf");
        publish(city.secretaryActor(), inTime).andExpect(jsonPath("$.publishedLate").value(false));
        uploaded("chua-phat-hanh.pdf");
        assertThat(documents.warnings(meeting.id())).isEmpty();

        clock.advance(Duration.ofDays(4).plusHours(1)); // default lead time: one day
        assertThat(documents.warnings(meeting.id())).extracting(MeetingWarning::code).containsExactly("documents-not-published");
        assertThat(noticesOf(city.secretary().id())).isEmpty();
    }

    @Autowired
    MeetingDocuments documents;

    @Test
    void r21_theMeetingPageShowsPublishedDocumentsUnderTheirItemAndWarnsOfLateOnes() throws Exception {
        meetingInFiveDays();
        var published = uploaded("ban-tin.pdf");
        uploaded("nhap.pdf");
        clock.advance(Duration.ofDays(4).plusHours(12));
        publish(city.secretaryActor(), published);

        mvc.perform(get("/api/meetings/{m}", meeting.id().value()).with(as(city.memberActor()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.agenda[0].documents.length()").value(1))
                .andExpect(jsonPath("$.agenda[0].documents[0].id").value(published.toString()))
                .andExpect(jsonPath("$.agenda[0].documents[0].publishedAt").exists())
                .andExpect(jsonPath("$.warnings[?(@.code == 'documents-published-late')].rule").value("R21"))
                .andExpect(jsonPath("$.warnings[?(@.code == 'documents-not-published')].rule").value("R21"));
        mvc.perform(get("/api/meetings/{m}", meeting.id().value()).with(as(city.secretaryActor())))
                .andExpect(jsonPath("$.agenda[0].documents.length()").value(2));
    }

    @Test
    void theMeetingJsonListsDocumentsByAgendaItemAsTheActorMaySeeThem() throws Exception {
        meetingInFiveDays();
        var published = uploaded("a.pdf");
        uploaded("b.pdf");
        publish(city.secretaryActor(), published);
        assertThat(documents.byAgendaItem(meeting.id(), city.secretaryActor()).get(item)).hasSize(2);
        assertThat(documents.byAgendaItem(meeting.id(), city.memberActor()).get(item)).extracting(AgendaDocument::id)
                .containsExactly(published);
        assertThat(documents.byAgendaItem(meeting.id(), city.outsiderActor())).isEmpty();
        assertThat(documents.byAgendaItem(new MeetingId(UUID.randomUUID()), city.secretaryActor())).isEmpty();
    }
}
