package vn.chibo.organisation;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import vn.chibo.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class MembershipHistoryTest extends OrganisationTestSupport {

    @Test
    void R14_membersOnCountsAMemberWhoMovedMidMonthInTheOldCellBeforeAndTheNewCellFromTheMoveOn() throws Exception {
        var city = city();
        var mover = member("Trương Văn Chuyển", city.cellA(), city.groupA1(), LocalDate.of(2026, 1, 1));
        var stayer = member("Đinh Thị Ở", city.cellA(), null, LocalDate.of(2026, 1, 1));
        var admin = as(actor(Role.ADMIN, city.committee()));

        mvc.perform(post("/api/organisation/members/" + mover.id() + "/move").with(admin).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cellId\":\"" + city.cellB().id() + "\",\"date\":\"2026-03-15\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.cellId").value(city.cellB().id().toString()))
                .andExpect(jsonPath("$.memberships.length()").value(2))
                .andExpect(jsonPath("$.memberships[0].to").value("2026-03-15"));

        assertThat(directory.membersOn(city.cellA().id(), LocalDate.of(2026, 3, 3)))
                .extracting(MemberView::id).containsExactlyInAnyOrder(mover.id(), stayer.id());
        assertThat(directory.membersOn(city.groupA1().id(), LocalDate.of(2026, 3, 14)))
                .extracting(MemberView::id).containsExactly(mover.id());
        assertThat(directory.membersOn(city.cellA().id(), LocalDate.of(2026, 3, 15)))
                .extracting(MemberView::id).containsExactly(stayer.id());
        assertThat(directory.membersOn(city.cellB().id(), LocalDate.of(2026, 3, 14))).isEmpty();
        assertThat(directory.membersOn(city.cellB().id(), LocalDate.of(2026, 3, 31)))
                .extracting(MemberView::id).containsExactly(mover.id());
        assertThat(directory.membersOn(city.cellA().id(), LocalDate.of(2025, 12, 31))).isEmpty();

        mvc.perform(get("/api/organisation/units/" + city.cellA().id() + "/members-on").param("date", "2026-03-03")
                        .with(admin))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2));
        mvc.perform(get("/api/organisation/members").param("unitId", city.cellA().id().toString())
                        .param("onDate", "2026-03-03").with(admin))
                .andExpect(jsonPath("$.total").value(2));
    }

    @Test
    void aMoveDatedBeforeTheCurrentMembershipBeganIsRefused() throws Exception {
        var city = city();
        var member = member("Lâm Văn Sớm", city.cellA(), null, LocalDate.of(2026, 2, 1));
        mvc.perform(post("/api/organisation/members/" + member.id() + "/move").with(as(actor(Role.ADMIN, city.committee())))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cellId\":\"" + city.cellB().id() + "\",\"date\":\"2026-01-15\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("date"));
        assertThat(members.memberships(member.id())).hasSize(1);
    }

    @Test
    void flagsKeepTheirPeriodsAndEndingOneKeepsItsHistory() throws Exception {
        var city = city();
        var member = member("Mai Văn Miễn", city.cellA(), null, LocalDate.of(2020, 1, 1));
        var secretary = as(actor(Role.SECRETARY, city.cellA()));
        var flagged = json.readTree(mvc.perform(post("/api/organisation/members/" + member.id() + "/flags").with(secretary)
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"TRANSFERRED_OUT\",\"from\":\"2026-02-01\",\"otherUnitId\":\"" + city.cellB().id()
                                + "\",\"note\":\"Biệt phái\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.flags[0].otherUnitName").value("Chi bộ Khu phố B"))
                .andReturn().getResponse().getContentAsString());
        mvc.perform(get("/api/organisation/members").param("unitId", city.cellA().id().toString())
                        .param("flag", "TRANSFERRED_OUT").param("onDate", "2026-03-01").with(secretary))
                .andExpect(jsonPath("$.total").value(1));
        var flagId = flagged.path("flags").get(0).path("id").asString();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .delete("/api/organisation/members/" + member.id() + "/flags/" + flagId).with(secretary).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.flags.length()").value(1))
                .andExpect(jsonPath("$.flags[0].to").isNotEmpty());
    }
}
