package vn.chibo.minutes;

import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;

import tools.jackson.databind.JsonNode;

import vn.chibo.meeting.MeetingId;
import vn.chibo.shared.audit.AuditEvent;
import vn.chibo.voting.DecisionType;
import vn.chibo.voting.VoteResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Acceptance 1 of the minutes: a full meeting's biên bản holds every R22 field, in the content, the DOCX and the PDF. */
class MinutesAcceptanceTest extends MinutesTestSupport {

    @Autowired
    ApplicationEvents events;

    private static final String TAKER = "Nguyễn Thị Ngọc Ánh";
    private static final String PLACE = "Nhà văn hóa Khu phố 3";

    private static String roll(MeetingId id) {
        return "/api/meetings/" + id + "/roll-call";
    }

    private void authoriseOnline(City city) throws Exception {
        var body = new HashMap<String, Object>();
        body.put("unitId", city.cell().id());
        body.put("referenceNumber", "07-QĐ/ĐU");
        body.put("issuedOn", LocalDate.now().toString());
        body.put("issuer", "Đảng ủy Phường 3");
        body.put("validFrom", LocalDate.now().toString());
        body.put("validTo", LocalDate.now().plusYears(1).toString());
        body.put("reasonCategory", "DISPERSED_WORK");
        body.put("unableMemberIds", city.memberIds().subList(10, 40));
        postJson("/api/online-authorisations", body, as(city.reviewer())).andExpect(status().is2xxSuccessful());
    }

    private static VoteResult vote(MeetingId id, UUID item, String subject, DecisionType type, int yes, int no,
            int abstain, int denominator, boolean passed, LocalDate day) {
        return new VoteResult(UUID.randomUUID(), id, item, subject, type, VoteResult.Mode.OPEN, yes, no, abstain,
                denominator, yes + no + abstain, passed, local(day, 20, 30), local(day, 20, 35));
    }

    @Test
    void r22_aFullMeetingsMinutesHoldEveryFieldInTheContentTheDocxAndThePdf() throws Exception {
        var city = city(50, 2);
        var ids = city.memberIds();
        rename(city.minuteTaker().id(), TAKER);
        rename(city.secretary().id(), "Trần Quốc Hưng");
        rename(city.member().id(), "Lê Thị Ốm");
        flag(ids.get(3), "EXEMPT");
        flag(ids.get(4), "SUSPENDED");
        flag(ids.get(5), "TRANSFERRED_OUT");
        authoriseOnline(city);
        var day = meetingDay();

        // R25: the first party group met on its own earlier in the month, with its own roll
        clock.set(local(day, 8, 0).minusSeconds(86_400 * 10));
        var group = city.groups().get(0);
        var groupBody = Map.of("unitId", group.id(), "kind", "REGULAR", "mode", "IN_PERSON", "place", "Nhà tổ trưởng",
                "startsAt", local(day.minusDays(1), 19, 30).toString(), "endsAt", local(day.minusDays(1), 21, 30).toString(),
                "schedule", true);
        var groupMeeting = new MeetingId(UUID.fromString(read(postJson("/api/meetings", groupBody, as(city.secretary()))
                .andExpect(status().isCreated())).path("id").asString()));
        for (var member : List.of(ids.get(0), ids.get(2), ids.get(8))) {
            putJson(roll(groupMeeting) + "/" + member, Map.of("status", "PRESENT_IN_PERSON", "version", 0),
                    as(city.secretary())).andExpect(status().isOk());
        }

        var id = meeting(city, city.cell(), "HYBRID", PLACE, day);
        start(city, id, local(day, 19, 30));
        var taker = city.minuteTaker();
        // the roll with every status: three from the member records, the others set by the minute-taker
        var statuses = new HashMap<UUID, Map<String, Object>>();
        statuses.put(city.minuteTaker().id(), Map.of("status", "PRESENT_ONLINE", "version", 0));
        statuses.put(city.member().id(), Map.of("status", "ABSENT_WITH_REASON", "reason", "Ốm, nằm viện", "version", 0));
        statuses.put(ids.get(6), Map.of("status", "ABSENT_WITHOUT_REASON", "version", 0));
        for (int i = 0; i < ids.size(); i++) {
            if (i != 3 && i != 4 && i != 5) {
                statuses.putIfAbsent(ids.get(i), Map.of("status", "PRESENT_IN_PERSON", "version", 0));
            }
        }
        for (var entry : statuses.entrySet()) {
            putJson(roll(id) + "/" + entry.getKey(), entry.getValue(), as(taker)).andExpect(status().isOk());
        }
        postJson(roll(id) + "/confirm", "{}", as(city.secretary())).andExpect(status().isOk());

        var agenda = agenda(city, id);
        var itemA = UUID.fromString(agenda.get(1).path("id").asString());
        var itemB = UUID.fromString(agenda.get(2).path("id").asString());
        turn(id, ids.get(7), itemA, local(day, 19, 50), local(day, 19, 55));
        turn(id, ids.get(8), itemA, local(day, 19, 56), local(day, 20, 1));
        turn(id, city.minuteTaker().id(), itemB, local(day, 20, 5), local(day, 20, 9));
        votes.closed.put(id, List.of(
                vote(id, itemA, "Nghị quyết tháng", DecisionType.ORDINARY_RESOLUTION, 40, 2, 1, 43, true, day),
                vote(id, itemB, "Đề nghị kết nạp quần chúng Võ Thị Ưu", DecisionType.ADMISSION_RECOMMENDATION, 25, 15, 3,
                        43, false, day)));

        write(id, "item:" + itemA + ":opinions",
                "<p>Đồng chí 07 đề nghị <b>tăng cường</b> kiểm tra<script>alert('x')</script></p><ul><li>Điểm một</li></ul>",
                0, taker).andExpect(status().isOk());
        write(id, "item:" + itemA + ":conclusion", "<p>Chủ trì kết luận: thống nhất.</p>", 0, taker).andExpect(status().isOk());
        write(id, "conclusions", "<p>Chi bộ thống nhất các chỉ tiêu tháng tới.</p>", 0, taker).andExpect(status().isOk());
        write(id, "tasks", "<p>Đồng chí Hưng chỉ đạo; đồng chí Ánh theo dõi.</p>", 0, taker).andExpect(status().isOk());
        write(id, "self-assessment", "<p>Buổi sinh hoạt đạt chất lượng tốt.</p>", 0, taker).andExpect(status().isOk());
        end(city, id, local(day, 21, 25));
        adoptAndSign(city, id);

        var view = read(getAs(minutes(id), as(city.member())).andExpect(status().isOk()));
        assertThat(view.path("state").asString()).isEqualTo("SIGNED");
        assertThat(view.path("meetingState").asString()).isEqualTo("MINUTES_ADOPTED");
        var c = view.path("content");
        // organisation and the Party header (no national motto on a Party document)
        assertThat(c.path("header").path("party").asString()).isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM");
        assertThat(c.path("header").path("upperCommittee").asString()).isEqualTo("ĐẢNG BỘ PHƯỜNG 3");
        assertThat(c.path("header").path("unit").asString()).startsWith("CHI BỘ KHU PHỐ 3");
        assertThat(c.path("header").path("placeAndDate").asString()).startsWith("Tân An, ngày ");
        assertThat(c.path("title").asString()).isEqualTo("BIÊN BẢN");
        assertThat(c.path("organisation").path("ancestors").toString()).contains("Thành ủy Tân An", "Đảng bộ Phường 3");
        // date and time
        assertThat(c.path("time").path("startedLocal").asString()).startsWith("19 giờ 30 phút");
        assertThat(c.path("time").path("endedLocal").asString()).startsWith("21 giờ 25 phút");
        // place and platform
        assertThat(c.path("place").path("mode").asString()).isEqualTo("HYBRID");
        assertThat(c.path("place").path("text").asString()).contains(PLACE, "trực tuyến",
                "Hướng dẫn số 03-HD/TW ngày 27/12/2022");
        // totals by category and present by category
        assertThat(c.path("members").path("total").asInt()).isEqualTo(50);
        assertThat(c.path("members").path("official").asInt()).isEqualTo(43);
        assertThat(c.path("members").path("probationary").asInt()).isEqualTo(7);
        assertThat(c.path("members").path("exempt").asInt()).isEqualTo(1);
        assertThat(c.path("members").path("suspended").asInt()).isEqualTo(1);
        assertThat(c.path("members").path("transferred").asInt()).isEqualTo(1);
        assertThat(c.path("present").path("total").asInt()).isEqualTo(45);
        assertThat(c.path("present").path("online").asInt()).isEqualTo(1);
        assertThat(c.path("present").path("inPerson").asInt()).isEqualTo(44);
        assertThat(c.path("present").path("probationary").asInt()).isEqualTo(6);
        assertThat(c.path("rate").path("denominator").asInt()).isEqualTo(49);
        // absentees by name with reasons
        var absentees = new ArrayList<String>();
        c.path("absentees").forEach(a -> absentees.add(a.path("fullName").asString() + "|" + a.path("status").asString()
                + "|" + (a.path("reason").isNull() ? "" : a.path("reason").asString())));
        assertThat(absentees).containsExactlyInAnyOrder("Lê Thị Ốm|ABSENT_WITH_REASON|Ốm, nằm viện",
                "Đảng viên 06|ABSENT_WITHOUT_REASON|", "Đảng viên 03|EXEMPT|", "Đảng viên 04|SUSPENDED|",
                "Đảng viên 05|TRANSFERRED|");
        // chair and minute-taker
        assertThat(c.path("chair").path("fullName").asString()).isEqualTo("Trần Quốc Hưng");
        assertThat(c.path("minuteTaker").path("fullName").asString()).isEqualTo(TAKER);
        // agenda, speakers per item, opinions (sanitised) and conclusions
        assertThat(c.path("agenda").size()).isEqualTo(agenda.size());
        var first = item(c, itemA);
        assertThat(names(first.path("speakers"))).containsExactly("Đảng viên 07", "Đảng viên 08");
        assertThat(names(item(c, itemB).path("speakers"))).containsExactly(TAKER);
        assertThat(first.path("opinions").asString()).contains("<b>tăng cường</b>", "<li>Điểm một</li>")
                .doesNotContain("script", "alert");
        assertThat(first.path("conclusion").asString()).contains("thống nhất");
        // each vote: yes / no / abstain / denominator / rule / passed
        var v = c.path("votes");
        assertThat(v.size()).isEqualTo(2);
        assertThat(List.of(v.get(0).path("yes").asInt(), v.get(0).path("no").asInt(), v.get(0).path("abstain").asInt(),
                v.get(0).path("denominator").asInt())).containsExactly(40, 2, 1, 43);
        assertThat(v.get(0).path("rule").asString()).isEqualTo("R14");
        assertThat(v.get(0).path("passed").asBoolean()).isTrue();
        assertThat(v.get(1).path("rule").asString()).isEqualTo("R15");
        assertThat(v.get(1).path("threshold").asString()).isEqualTo("AT_LEAST_TWO_THIRDS");
        assertThat(v.get(1).path("passed").asBoolean()).isFalse();
        // conclusions, tasks, self-assessment
        assertThat(c.path("conclusions").asString()).contains("chỉ tiêu");
        assertThat(c.path("tasks").asString()).contains("theo dõi");
        assertThat(c.path("selfAssessment").asString()).contains("chất lượng tốt");
        // R25: the group's own roll rolls up into the cell's minutes
        assertThat(c.path("groupRollUp").size()).isEqualTo(1);
        assertThat(c.path("groupRollUp").get(0).path("groupName").asString()).isEqualTo("Tổ đảng số 1");
        assertThat(c.path("groupRollUp").get(0).path("present").asInt()).isEqualTo(3);
        // signatures over the content hash
        var hash = view.path("contentHash").asString();
        assertThat(hash).hasSize(64);
        assertThat(view.path("signatures").size()).isEqualTo(2);
        view.path("signatures").forEach(s -> assertThat(s.path("contentHash").asString()).isEqualTo(hash));
        assertThat(c.path("signatories").toString()).contains("Trần Quốc Hưng", TAKER);

        // the DOCX, read back with POI
        var docx = getAs(minutes(id) + "/export.docx", as(city.member())).andExpect(status().isOk())
                .andExpect(header().string("X-Content-SHA256", hash)).andReturn().getResponse().getContentAsByteArray();
        String docxText;
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
                var extractor = new XWPFWordExtractor(document)) {
            docxText = extractor.getText();
        }
        assertPrinted(docxText, hash);

        // the PDF, its text extracted with PDFBox
        var pdf = getAs(minutes(id) + "/export.pdf", as(city.reviewer())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String pdfText;
        try (var document = Loader.loadPDF(pdf)) {
            pdfText = new PDFTextStripper().getText(document);
            assertThat(document.getPage(0).getResources().getFontNames()).isNotEmpty();
        }
        assertPrinted(pdfText, hash);

        assertThat(events.stream(AuditEvent.class).map(AuditEvent::action)).contains("minutes.viewed",
                "minutes.section-saved", "minutes.read-back", "minutes.adopted", "minutes.signed", "minutes.published",
                "minutes.exported");
    }

    private static void assertPrinted(String raw, String hash) {
        // the PDF wraps lines where the page ends them: words are compared across line ends
        var text = Normalizer.normalize(raw, Normalizer.Form.NFC).replaceAll("\\s+", " ");
        assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG BỘ PHƯỜNG 3", "BIÊN BẢN", TAKER, "Hướng dẫn",
                "03-HD/TW", PLACE, "Trần Quốc Hưng", "Lê Thị Ốm", "Ốm, nằm viện", "Vắng không lý do",
                "Đảng viên 07", "Đảng viên 08", "tăng cường", "Đề nghị kết nạp quần chúng Võ Thị Ưu", "tán thành 40",
                "không tán thành 2", "không biểu quyết 1", "(R14)", "(R15)", "KHÔNG THÔNG QUA", "chỉ tiêu",
                "theo dõi", "chất lượng tốt", "Tổ đảng số 1", "CHỦ TRÌ", "THƯ KÝ", "Đã ký", hash);
        assertThat(text).doesNotContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "alert");
    }

    private static JsonNode item(JsonNode content, UUID itemId) {
        for (var item : content.path("agenda")) {
            if (item.path("itemId").asString().equals(itemId.toString())) {
                return item;
            }
        }
        throw new AssertionError("no item " + itemId);
    }

    private static List<String> names(JsonNode speakers) {
        var names = new ArrayList<String>();
        speakers.forEach(s -> names.add(s.path("fullName").asString()));
        return names;
    }
}
