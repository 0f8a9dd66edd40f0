package vn.chibo.meeting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class MeetingRulesTest extends MeetingTestSupport {

    private static Map<String, Object> restricted(String title, String type, String classification, boolean secretBallot) {
        var body = new HashMap<String, Object>(Map.of("title", title, "type", type, "classification", classification,
                "secretBallot", secretBallot, "plannedMinutes", 20));
        return body;
    }

    @Test
    void r4_refusesRestrictedItemsOnAnOnlineOnlyMeetingAndProposesHybridOrInPerson() throws Exception {
        var city = city();
        authorise(city.cell(), LocalDate.now().minusDays(1), LocalDate.now().plusYears(1));
        var id = create(city, "ONLINE", nextMonth(19, 30), 120, true).path("id").asString();
        var agenda = "/api/meetings/" + id + "/agenda";
        for (var item : List.of(restricted("Xem xét kỷ luật đảng viên", "DISCIPLINE", "INTERNAL", false),
                restricted("Kết nạp đảng viên mới", "ADMISSION", "INTERNAL", false),
                restricted("Báo cáo nội bộ", "REPORT", "SECRET", false),
                restricted("Lấy phiếu tín nhiệm", "OTHER", "INTERNAL", true))) {
            postJson(agenda, item, as(city.secretary())).andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.code").value("restricted-item-online")).andExpect(jsonPath("$.rule").value("R4"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("HYBRID")));
        }
        assertThat(meetings.agenda(UUID.fromString(id))).isEmpty();
        // an ordinary item goes on; changing it into a restricted one is refused as well
        var ok = read(postJson(agenda, item("Thảo luận nhiệm vụ", "DISCUSSION"), as(city.secretary()))
                .andExpect(status().isCreated()));
        putJson(agenda + "/" + ok.path("id").asString(), restricted("Bầu chi ủy", "ELECTION", "INTERNAL", false),
                as(city.secretary())).andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.rule").value("R4"));
        // a hybrid meeting may hold the restricted item
        var hybrid = create(city, "HYBRID", nextMonth(8, 0), 120, true).path("id").asString();
        postJson("/api/meetings/" + hybrid + "/agenda", restricted("Xem xét kỷ luật", "DISCIPLINE", "INTERNAL", false),
                as(city.secretary())).andExpect(status().isCreated());
    }

    @Test
    void r4_refusesSwitchingAMeetingWithRestrictedItemsToOnline() throws Exception {
        var city = city();
        authorise(city.cell(), LocalDate.now().minusDays(1), LocalDate.now().plusYears(1));
        var created = create(city, "HYBRID", nextMonth(19, 30), 120, false);
        var id = created.path("id").asString();
        postJson("/api/meetings/" + id + "/agenda", restricted("Bầu bí thư", "ELECTION", "INTERNAL", true),
                as(city.secretary())).andExpect(status().isCreated());
        putJson("/api/meetings/" + id, Map.of("mode", "ONLINE"), as(city.secretary()))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("restricted-item-online"))
                .andExpect(jsonPath("$.rule").value("R4"));
        postJson("/api/meetings/check?id=" + id, Map.of("mode", "ONLINE"), as(city.secretary())).andExpect(status().isOk())
                .andExpect(jsonPath("$.refusals[0].code").value("restricted-item-online"))
                .andExpect(jsonPath("$.refusals[0].rule").value("R4"));
        putJson("/api/meetings/" + id, Map.of("mode", "IN_PERSON", "place", "Hội trường"), as(city.secretary()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.mode").value("IN_PERSON"));
    }

    @Test
    void r8_onlyTheChairTurnsRecordingOnAndNeverWithAnInspectionItem() throws Exception {
        var city = city();
        var body = new HashMap<String, Object>(Map.of("unitId", city.cell().id(), "kind", "REGULAR", "mode", "IN_PERSON",
                "startsAt", nextMonth(19, 30).toString(), "endsAt", nextMonth(21, 30).toString(), "schedule", true,
                "chairMemberId", city.member().id()));
        var id = read(postJson("/api/meetings", body, as(city.secretary())).andExpect(status().isCreated())).path("id").asString();
        assertThat(meetings.find(UUID.fromString(id)).orElseThrow().recordingEnabled()).isFalse();
        putJson("/api/meetings/" + id + "/recording", Map.of("enabled", true), as(city.secretary()))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("recording-chair-only"))
                .andExpect(jsonPath("$.rule").value("R8"));
        putJson("/api/meetings/" + id + "/recording", Map.of("enabled", true), as(city.member()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.recordingEnabled").value(true));
        // an inspection item turns it off, and it cannot be turned on again
        postJson("/api/meetings/" + id + "/agenda", item("Kiểm tra việc chấp hành", "INSPECTION"), as(city.secretary()))
                .andExpect(status().isCreated());
        assertThat(meetings.find(UUID.fromString(id)).orElseThrow().recordingEnabled()).isFalse();
        putJson("/api/meetings/" + id + "/recording", Map.of("enabled", true), as(city.member()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("recording-not-allowed-inspection")).andExpect(jsonPath("$.rule").value("R8"));
    }

    @Test
    void r19_warnsWhenThePlannedDurationIsShorterThanRequired() throws Exception {
        var city = city();
        var shortRegular = create(city, city.cell(), "REGULAR", "IN_PERSON", nextMonth(19, 30), 60, false);
        assertThat(shortRegular.path("warnings").findValuesAsString("code")).contains("planned-duration-short");
        assertThat(shortRegular.path("warnings").findValuesAsString("rule")).contains("R19");
        var combined = create(city, city.cell(), "REGULAR_AND_THEMATIC", "IN_PERSON", nextMonth(8, 0), 100, false);
        assertThat(combined.path("warnings").findValuesAsString("code")).contains("planned-duration-short");
        var longEnough = create(city, city.cell(), "REGULAR_AND_THEMATIC", "IN_PERSON", nextMonth(13, 0), 120, false);
        assertThat(longEnough.path("warnings").findValuesAsString("code")).doesNotContain("planned-duration-short");
        var extraordinary = create(city, city.cell(), "EXTRAORDINARY", "IN_PERSON", nextMonth(6, 0), 30, false);
        assertThat(extraordinary.path("warnings").findValuesAsString("code")).isEmpty();
        // the form's live check says the same without saving
        var start = nextMonth(19, 30);
        postJson("/api/meetings/check", Map.of("unitId", city.cell().id(), "kind", "REGULAR", "mode", "IN_PERSON",
                "startsAt", start.toString(), "endsAt", start.plusSeconds(80 * 60).toString()), as(city.secretary()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.warnings[*].code", hasItem("planned-duration-short")))
                .andExpect(jsonPath("$.refusals").isEmpty());
        postJson("/api/meetings/check", Map.of("unitId", city.cell().id(), "kind", "REGULAR", "mode", "ONLINE",
                "startsAt", start.toString(), "endsAt", start.plusSeconds(120 * 60).toString()), as(city.secretary()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.refusals[0].rule").value("R1"));
    }

    @Test
    void r18_theTemplatesGiveTheRegularAndThematicAgendas() throws Exception {
        var city = city();
        getAs("/api/agenda-templates", as(city.member())).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].template").value("REGULAR")).andExpect(jsonPath("$[0].items.length()").value(8))
                .andExpect(jsonPath("$[1].template").value("THEMATIC")).andExpect(jsonPath("$[1].items.length()").value(4));
        var id = create(city, "IN_PERSON", nextMonth(19, 30), 150, false).path("id").asString();
        var regular = read(postJson("/api/meetings/" + id + "/agenda/template", Map.of("template", "REGULAR"),
                as(city.secretary())).andExpect(status().isOk()));
        assertThat(regular.findValuesAsString("title")).hasSize(8).first().asString().startsWith("Khai mạc");
        assertThat(regular.get(7).path("title").asString()).isEqualTo("Đọc và thông qua biên bản");
        var both = read(postJson("/api/meetings/" + id + "/agenda/template",
                Map.of("template", "THEMATIC", "topic", "Chuyển đổi số"), as(city.secretary())).andExpect(status().isOk()));
        assertThat(both).hasSize(12);
        assertThat(both.get(9).path("title").asString()).isEqualTo("Trình bày chuyên đề: Chuyển đổi số");
        // created straight from a template, and reordered
        var start = nextMonth(8, 0);
        var created = read(postJson("/api/meetings", Map.of("unitId", city.cell().id(), "kind", "THEMATIC", "mode",
                "IN_PERSON", "startsAt", start.toString(), "endsAt", start.plusSeconds(5400).toString(), "template",
                "THEMATIC", "topic", "Nghị quyết Trung ương"), as(city.secretary())).andExpect(status().isCreated()));
        var ids = created.path("agenda").findValuesAsString("id");
        assertThat(ids).hasSize(4);
        var reversed = new java.util.ArrayList<>(ids);
        java.util.Collections.reverse(reversed);
        putJson("/api/meetings/" + created.path("id").asString() + "/agenda/order", Map.of("itemIds", reversed),
                as(city.secretary())).andExpect(status().isOk()).andExpect(jsonPath("$[0].title").value("Kết luận chuyên đề"))
                .andExpect(jsonPath("$[0].position").value(1));
        putJson("/api/meetings/" + created.path("id").asString() + "/agenda/order", Map.of("itemIds", ids.subList(0, 2)),
                as(city.secretary())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("agenda-order-incomplete"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .delete("/api/meetings/" + created.path("id").asString() + "/agenda/" + ids.get(0)).with(as(city.secretary()))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isNoContent());
        assertThat(meetings.agenda(UUID.fromString(created.path("id").asString()))).extracting(AgendaItem::position)
                .containsExactly(1, 2, 3);
    }

    @Test
    void r24_partyGroupsMeetOnlyInLargeCellsWithLeadersAndAtMostThreeMonthsAYear() throws Exception {
        var small = city(10, 1);
        var group = small.groups().get(0);
        var start = nextMonth(19, 30);
        postJson("/api/meetings", Map.of("unitId", group.id(), "kind", "REGULAR", "mode", "IN_PERSON", "startsAt",
                start.toString(), "endsAt", start.plusSeconds(7200).toString()), as(small.secretary()))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("party-group-cell-too-small"))
                .andExpect(jsonPath("$.rule").value("R24"));

        var large = city(50, 2);
        var year = LocalDate.now().getYear() + 1;
        var leader = actor(large.memberIds().get(0), "leader-" + large.cell().code(),
                new vn.chibo.shared.security.Grant(vn.chibo.shared.security.Role.GROUP_LEADER, large.groups().get(0).id()));
        // groups 1 and 2 meeting in the same month use one of the three months together
        for (int month = 1; month <= 3; month++) {
            for (var g : large.groups()) {
                var at = local(year, month, 3 + large.groups().indexOf(g), 19, 30);
                var created = read(postJson("/api/meetings", Map.of("unitId", g.id(), "kind", "REGULAR", "mode", "IN_PERSON",
                        "startsAt", at.toString(), "endsAt", at.plusSeconds(7200).toString()), as(large.secretary()))
                        .andExpect(status().isCreated()));
                assertThat(created.path("partyGroup").asBoolean()).isTrue();
                assertThat(created.path("cellId").asString()).isEqualTo(large.cell().id().toString());
                assertThat(created.path("warnings").findValuesAsString("code")).contains("party-group-meeting-count");
            }
        }
        var fourth = local(year, 4, 3, 19, 30);
        postJson("/api/meetings", Map.of("unitId", large.groups().get(0).id(), "kind", "REGULAR", "mode", "IN_PERSON",
                "startsAt", fourth.toString(), "endsAt", fourth.plusSeconds(7200).toString()), as(leader))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("party-group-meetings-exhausted")).andExpect(jsonPath("$.rule").value("R24"));
        // the group's leader may run their own group's meeting, not another group's
        var march = local(year, 3, 20, 19, 30);
        postJson("/api/meetings", Map.of("unitId", large.groups().get(0).id(), "kind", "THEMATIC", "mode", "IN_PERSON",
                "startsAt", march.toString(), "endsAt", march.plusSeconds(5400).toString()), as(leader))
                .andExpect(status().isCreated());
        postJson("/api/meetings", Map.of("unitId", large.groups().get(1).id(), "kind", "THEMATIC", "mode", "IN_PERSON",
                "startsAt", march.toString(), "endsAt", march.plusSeconds(5400).toString()), as(leader))
                .andExpect(status().isForbidden());
        // groups without a leader are not "set up"
        jdbc.sql("update organisation.unit set leader_member_id = null where id = :id").param("id", large.groups().get(1).id()).update();
        var next = local(year + 1, 1, 3, 19, 30);
        postJson("/api/meetings", Map.of("unitId", large.groups().get(0).id(), "kind", "REGULAR", "mode", "IN_PERSON",
                "startsAt", next.toString(), "endsAt", next.plusSeconds(7200).toString()), as(large.secretary()))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("party-group-not-set-up"));
    }
}
