package vn.chibo.organisation;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import vn.chibo.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class OrganisationTreeTest extends OrganisationTestSupport {

    @Test
    void anAdministratorAddsRenamesMovesAndDissolvesAUnitAndItsHistoryKeepsEveryPeriod() throws Exception {
        var city = city();
        var admin = as(actor(Role.ADMIN, city.committee()));

        var created = json.readTree(mvc.perform(post("/api/organisation/units").with(admin).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("kind", "CELL",
                                "code", "CBM-" + city.suffix(), "name", "Chi bộ Trường học", "parentId", city.ward1().id(),
                                "validFrom", "2024-01-01"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.path[0]").value(city.committee().id().toString()))
                .andExpect(jsonPath("$.path[1]").value(city.ward1().id().toString()))
                .andReturn().getResponse().getContentAsString());
        var id = created.path("id").asString();

        mvc.perform(patch("/api/organisation/units/" + id).with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Chi bộ Trường THCS Phường 1\",\"validFrom\":\"2025-01-01\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("Chi bộ Trường THCS Phường 1"));
        mvc.perform(post("/api/organisation/units/" + id + "/move").with(admin).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentId\":\"" + city.ward3().id() + "\",\"validFrom\":\"2025-06-01\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.parentId").value(city.ward3().id().toString()))
                .andExpect(jsonPath("$.path[1]").value(city.ward3().id().toString()));
        assertThat(directory.isWithin(java.util.UUID.fromString(id), city.ward3().id())).isTrue();
        assertThat(directory.isWithin(java.util.UUID.fromString(id), city.ward1().id())).isFalse();

        mvc.perform(post("/api/organisation/units/" + id + "/dissolve").with(admin).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"2026-01-31\",\"reason\":\"Sáp nhập\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.dissolvedAt").value("2026-01-31"));

        var history = json.readTree(mvc.perform(get("/api/organisation/units/" + id + "/history").with(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(history).hasSize(4);
        assertThat(history.get(0).path("event").asString()).isEqualTo("CREATED");
        assertThat(history.get(0).path("validTo").asString()).isEqualTo("2025-01-01");
        assertThat(history.get(0).path("name").asString()).isEqualTo("Chi bộ Trường học");
        assertThat(history.get(1).path("event").asString()).isEqualTo("RENAMED");
        assertThat(history.get(1).path("parentId").asString()).isEqualTo(city.ward1().id().toString());
        assertThat(history.get(2).path("event").asString()).isEqualTo("MOVED");
        assertThat(history.get(2).path("parentId").asString()).isEqualTo(city.ward3().id().toString());
        assertThat(history.get(2).path("validTo").asString()).isEqualTo("2026-01-31");
        assertThat(history.get(3).path("event").asString()).isEqualTo("DISSOLVED");
        assertThat(history.get(3).path("by").asString()).isEqualTo("admin-" + city.committee().code());
        // nothing is deleted: the dissolved unit still answers
        mvc.perform(get("/api/organisation/units/" + id).with(admin)).andExpect(status().isOk());
    }

    @Test
    void movingAGrassrootsOrganisationCarriesItsWholeSubtree() throws Exception {
        var city = city();
        var admin = as(actor(Role.ADMIN, city.committee()));
        mvc.perform(post("/api/organisation/units/" + city.ward1().id() + "/move").with(admin).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"parentId\":\"" + city.ward3().id() + "\"}"))
                .andExpect(status().isOk());
        assertThat(directory.isWithin(city.groupA1().id(), city.ward3().id())).isTrue();
        assertThat(directory.unit(city.groupA1().id()).orElseThrow().path())
                .containsExactly(city.committee().id(), city.ward3().id(), city.ward1().id(), city.cellA().id());
    }

    @Test
    void aUnitWithMembersOrLiveChildrenCannotBeDissolved() throws Exception {
        var city = city();
        member("Nguyễn Văn Một", city.cellB(), null, LocalDate.of(2020, 1, 1));
        var admin = as(actor(Role.ADMIN, city.committee()));
        mvc.perform(post("/api/organisation/units/" + city.cellB().id() + "/dissolve").with(admin).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("unit-has-members"));
        mvc.perform(post("/api/organisation/units/" + city.ward1().id() + "/dissolve").with(admin).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("unit-has-children"));
    }

    @Test
    void aUnitCannotBeMovedIntoItsOwnSubtreeNorBadInputStoredHalfway() throws Exception {
        var city = city();
        var admin = as(actor(Role.ADMIN, city.committee()));
        mvc.perform(post("/api/organisation/units/" + city.ward1().id() + "/move").with(admin).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"parentId\":\"" + city.cellA().id() + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("parentId"));
        mvc.perform(post("/api/organisation/units").with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"PARTY_GROUP\",\"code\":\"bad code!\",\"name\":\"\",\"parentId\":\""
                                + city.ward1().id() + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("invalid-request"))
                .andExpect(jsonPath("$.errors.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(2)));
        assertThat(units.findByCode("bad code!")).isEmpty();
    }

    @Test
    void aSecretaryCannotChangeTheTreeAndAnAdministratorOnlyBelowTheirUnit() throws Exception {
        var city = city();
        mvc.perform(patch("/api/organisation/units/" + city.cellA().id()).with(as(actor(Role.SECRETARY, city.cellA())))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Đổi tên\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("access-denied"));
        mvc.perform(patch("/api/organisation/units/" + city.cellB().id()).with(as(actor(Role.ADMIN, city.ward1())))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Đổi tên\"}"))
                .andExpect(status().isForbidden());
    }
}
