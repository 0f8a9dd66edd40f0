package vn.chibo.meeting.notice;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.chibo.meeting.MeetingId;
import vn.chibo.meeting.testing.MeetingFeaturesTestSupport;
import vn.chibo.shared.security.Actor;
import vn.chibo.shared.security.Grant;
import vn.chibo.shared.security.Role;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class NotificationApiTest extends MeetingFeaturesTestSupport {

    @Autowired
    Notices notices;

    @Test
    void aMemberReadsTheirNoticesNewestFirstAndMarksThemRead() throws Exception {
        var city = city();
        var meetingId = new MeetingId(UUID.randomUUID());
        notices.notify(List.of(city.member().id()), NoticeKind.INVITATION, meetingId, "Giấy mời", "Mời dự họp");
        clock.advance(java.time.Duration.ofMinutes(1));
        notices.notify(List.of(city.member().id(), city.secretary().id()), NoticeKind.CHANGE, meetingId, "Thay đổi", "Đổi giờ");

        var body = mvc.perform(get("/api/notifications").with(as(city.memberActor()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.unread").value(2))
                .andExpect(jsonPath("$.items[0].kind").value("CHANGE"))
                .andExpect(jsonPath("$.items[0].meetingId").value(meetingId.toString()))
                .andExpect(jsonPath("$.items[1].title").value("Giấy mời"))
                .andReturn().getResponse().getContentAsString();
        var first = json.readTree(body).get("items").get(0).get("id").asString();

        mvc.perform(post("/api/notifications/{id}/read", first).with(csrf()).with(as(city.memberActor())))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/notifications?unread=true").with(as(city.memberActor())))
                .andExpect(jsonPath("$.items.length()").value(1)).andExpect(jsonPath("$.unread").value(1));
        mvc.perform(post("/api/notifications/read-all").with(csrf()).with(as(city.memberActor())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.marked").value(1));
        mvc.perform(get("/api/notifications").with(as(city.memberActor()))).andExpect(jsonPath("$.unread").value(0));
        mvc.perform(get("/api/notifications").with(as(city.secretaryActor()))).andExpect(jsonPath("$.unread").value(1));
    }

    @Test
    void nobodyMarksAnotherMembersNotice() throws Exception {
        var city = city();
        notices.notify(List.of(city.secretary().id()), NoticeKind.INVITATION, null, "Giấy mời", "Mời dự họp");
        var id = jdbc.sql("select id from meeting.notification where member_id = :m").param("m", city.secretary().id())
                .query(UUID.class).single();
        mvc.perform(post("/api/notifications/{id}/read", id).with(csrf()).with(as(city.memberActor())))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("notification-not-found"));
        mvc.perform(get("/api/notifications")).andExpect(status().isUnauthorized());
        var accountWithoutMember = new Actor(UUID.randomUUID(), null, "system", "Hệ thống", List.of());
        mvc.perform(get("/api/notifications").with(as(accountWithoutMember))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("no-member-record"));
    }

    @Test
    void r21_aReviewerAboveTheCellAssignsItsLiaisonAndTheCellsOfficersSeeWho() throws Exception {
        var city = city();
        var body = "{\"memberId\":\"" + city.reviewer().id() + "\"}";
        mvc.perform(put("/api/cells/{c}/liaison", city.cell().id()).contentType("application/json").content(body)
                .with(csrf()).with(as(city.reviewerActor()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.memberId").value(city.reviewer().id().toString()))
                .andExpect(jsonPath("$.fullName").value("Võ Thị Thu Hà"));
        mvc.perform(get("/api/cells/{c}/liaison", city.cell().id()).with(as(city.secretaryActor())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.memberId").value(city.reviewer().id().toString()));
    }

    @Test
    void theLiaisonIsNotSetByTheCellItselfNorForAnUnknownCellOrMember() throws Exception {
        var city = city();
        var body = "{\"memberId\":\"" + city.reviewer().id() + "\"}";
        mvc.perform(put("/api/cells/{c}/liaison", city.cell().id()).contentType("application/json").content(body)
                .with(csrf()).with(as(city.secretaryActor()))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access-denied"));
        var adminOfTheCell = actor(city.secretary(), new Grant(Role.ADMIN, city.cell().id()));
        mvc.perform(put("/api/cells/{c}/liaison", city.cell().id()).contentType("application/json").content(body)
                .with(csrf()).with(as(adminOfTheCell))).andExpect(status().isForbidden());
        mvc.perform(put("/api/cells/{c}/liaison", UUID.randomUUID()).contentType("application/json").content(body)
                .with(csrf()).with(as(city.reviewerActor()))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("unit-not-a-cell"));
        mvc.perform(put("/api/cells/{c}/liaison", city.cell().id()).contentType("application/json")
                .content("{\"memberId\":\"" + UUID.randomUUID() + "\"}").with(csrf()).with(as(city.reviewerActor())))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("member-not-found"));
        mvc.perform(put("/api/cells/{c}/liaison", city.cell().id()).contentType("application/json").content("{}")
                .with(csrf()).with(as(city.reviewerActor()))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-request"));
        mvc.perform(get("/api/cells/{c}/liaison", city.cell().id()).with(as(city.memberActor())))
                .andExpect(status().isForbidden());
    }
}
