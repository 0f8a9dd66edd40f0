package vn.chibo.organisation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;

import vn.chibo.shared.audit.AuditEvent;
import vn.chibo.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class MemberAccessTest extends OrganisationTestSupport {

    @Autowired
    ApplicationEvents events;

    @Test
    void aSecretaryCannotReadOrChangeAnotherCellsMembers() throws Exception {
        var city = city();
        var own = member("Nguyễn Văn Mình", city.cellA(), null, LocalDate.of(2020, 1, 1));
        var other = member("Trần Văn Khác", city.cellB(), null, LocalDate.of(2020, 1, 1));
        var secretary = as(actor(Role.SECRETARY, city.cellA()));

        mvc.perform(get("/api/organisation/members/" + own.id()).with(secretary)).andExpect(status().isOk());
        mvc.perform(get("/api/organisation/members/" + other.id()).with(secretary))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("member-not-found"));
        mvc.perform(patch("/api/organisation/members/" + other.id()).with(secretary).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"fullName\":\"Đổi\",\"version\":0}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/organisation/members/" + other.id() + "/flags").with(secretary).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"EXEMPT\",\"from\":\"2026-01-01\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/organisation/members").param("unitId", city.cellB().id().toString()).with(secretary))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("access-denied"));
        mvc.perform(get("/api/organisation/units/" + city.cellB().id() + "/members/export").with(secretary))
                .andExpect(status().isForbidden());
        // moving their own member to another cell needs an administrator
        mvc.perform(post("/api/organisation/members/" + own.id() + "/move").with(secretary).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"cellId\":\"" + city.cellB().id() + "\"}"))
                .andExpect(status().isForbidden());
        assertThat(members.find(other.id()).orElseThrow()).isEqualTo(other);
        assertThat(directory.member(own.id()).orElseThrow().cellId()).isEqualTo(city.cellA().id());

        // and their own cell they may change
        mvc.perform(patch("/api/organisation/members/" + own.id()).with(secretary).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"fullName\":\"Nguyễn Văn Mới\",\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.fullName").value("Nguyễn Văn Mới"))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void aReviewerSeesExactlyTheirSubtreeAndChangesNothing() throws Exception {
        var city = city();
        var inside = member("Lê Thị Trong", city.cellA(), city.groupA1(), LocalDate.of(2020, 1, 1));
        var outside = member("Lê Thị Ngoài", city.cellB(), null, LocalDate.of(2020, 1, 1));
        var reviewer = as(actor(Role.REVIEWER, city.ward1()));

        var listed = json.readTree(mvc.perform(get("/api/organisation/units").with(reviewer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        var ids = new HashSet<UUID>();
        listed.forEach(u -> ids.add(UUID.fromString(u.path("id").asString())));
        assertThat(ids).containsExactlyInAnyOrder(city.ward1().id(), city.cellA().id(), city.groupA1().id());
        assertThat(listed.get(0).path("id").asString()).isEqualTo(city.ward1().id().toString());
        assertThat(listed.get(0).path("memberCount").asLong()).isEqualTo(1);

        mvc.perform(get("/api/organisation/members").param("unitId", city.ward1().id().toString()).with(reviewer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(inside.id().toString()))
                .andExpect(jsonPath("$.items[0].groupName").value("Tổ đảng A1"));
        mvc.perform(get("/api/organisation/members/" + outside.id()).with(reviewer)).andExpect(status().isNotFound());
        mvc.perform(get("/api/organisation/units/" + city.cellB().id()).with(reviewer)).andExpect(status().isForbidden());
        mvc.perform(get("/api/organisation/units/" + city.committee().id()).with(reviewer)).andExpect(status().isForbidden());
        mvc.perform(patch("/api/organisation/members/" + inside.id()).with(reviewer).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"fullName\":\"Đổi\",\"version\":0}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aGroupLeaderReadsTheirGroupAndAPlainMemberOnlyTheirOwnRecord() throws Exception {
        var city = city();
        var inGroup = member("Phạm Văn Tổ", city.cellA(), city.groupA1(), LocalDate.of(2020, 1, 1));
        var notInGroup = member("Phạm Văn Ngoài Tổ", city.cellA(), null, LocalDate.of(2020, 1, 1));
        var leader = as(actor(Role.GROUP_LEADER, city.groupA1()));
        mvc.perform(get("/api/organisation/members/" + inGroup.id()).with(leader)).andExpect(status().isOk());
        mvc.perform(get("/api/organisation/members/" + notInGroup.id()).with(leader)).andExpect(status().isNotFound());
        mvc.perform(get("/api/organisation/units/" + city.cellA().id()).with(leader)).andExpect(status().isOk());

        var self = as(plainMember(notInGroup));
        mvc.perform(get("/api/organisation/members/" + notInGroup.id()).with(self)).andExpect(status().isOk())
                .andExpect(jsonPath("$.memberships[0].cellName").value("Chi bộ Khu phố A"));
        mvc.perform(get("/api/organisation/members/" + inGroup.id()).with(self)).andExpect(status().isNotFound());
        mvc.perform(get("/api/organisation/units/" + city.cellA().id()).with(self)).andExpect(status().isOk());
        mvc.perform(get("/api/organisation/units/" + city.cellB().id()).with(self)).andExpect(status().isForbidden());
        mvc.perform(patch("/api/organisation/members/" + notInGroup.id()).with(self).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"fullName\":\"Tự đổi\",\"version\":0}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void readingAMemberRecordIsAudited() throws Exception {
        var city = city();
        var member = member("Hồ Thị Kiểm", city.cellA(), null, LocalDate.of(2020, 1, 1));
        var reviewer = actor(Role.REVIEWER, city.committee());
        mvc.perform(get("/api/organisation/members/" + member.id()).with(as(reviewer))).andExpect(status().isOk());
        assertThat(events.stream(AuditEvent.class)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("member-viewed");
            assertThat(e.objectId()).isEqualTo(member.id().toString());
            assertThat(e.actorUsername()).isEqualTo(reviewer.username());
            assertThat(e.unitId()).isEqualTo(city.cellA().id());
        });
    }

    @Test
    void badMemberInputAnswersAProblemWithEveryFieldErrorAndStoresNothing() throws Exception {
        var city = city();
        var secretary = as(actor(Role.SECRETARY, city.cellA()));
        mvc.perform(post("/api/organisation/members").with(secretary).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"cardNumber":"12x","fullName":"","dateOfBirth":"1990-01-01","admissionDate":"2099-01-01",
                                 "officialDate":"2020-01-01","status":"PROBATIONARY","cellId":"%s"}""".formatted(city.cellA().id())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("invalid-request"))
                .andExpect(jsonPath("$.errors[?(@.field == 'cardNumber')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'fullName')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'admissionDate')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'officialDate')]").exists());
        assertThat(directory.membersOn(city.cellA().id(), LocalDate.now())).isEmpty();
    }

    @Test
    void aSecretaryEntersAMemberWhoIsRegisteredForAnAccountAndAStaleVersionIsRefused() throws Exception {
        var city = city();
        var secretary = as(actor(Role.SECRETARY, city.cellA()));
        var card = String.valueOf(java.util.concurrent.ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L));
        var created = json.readTree(mvc.perform(post("/api/organisation/members").with(secretary).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"cardNumber":"%s","fullName":"Châu Thị Mới","dateOfBirth":"1995-04-30",
                                 "admissionDate":"2026-03-03","status":"PROBATIONARY","cellId":"%s","groupId":"%s"}"""
                                .formatted(card, city.cellA().id(), city.groupA1().id())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        var id = created.path("id").asString();
        assertThat(events.stream(MembersRegistered.class)).anySatisfy(e -> assertThat(e.members())
                .anySatisfy(r -> assertThat(r.cardNumber()).isEqualTo(card)));
        mvc.perform(post("/api/organisation/members").with(secretary).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(created.toString().replace("Châu Thị Mới", "Trùng Thẻ")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("card-number-taken"));

        mvc.perform(patch("/api/organisation/members/" + id).with(secretary).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"fullName\":\"Châu Thị Một\",\"version\":0}"))
                .andExpect(status().isOk());
        mvc.perform(patch("/api/organisation/members/" + id).with(secretary).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"fullName\":\"Châu Thị Hai\",\"version\":0}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("concurrent-change"));
    }
}
