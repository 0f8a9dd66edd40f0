package vn.chibo.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.chibo.shared.audit.AuditEvent;
import vn.chibo.shared.security.Actor;
import vn.chibo.shared.security.ActorAuthentication;
import vn.chibo.shared.security.Grant;
import vn.chibo.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static vn.chibo.audit.InMemoryOrganisation.CELL_1;
import static vn.chibo.audit.InMemoryOrganisation.GRASSROOTS_1;
import static vn.chibo.audit.InMemoryOrganisation.GRASSROOTS_2;
import static vn.chibo.audit.InMemoryOrganisation.ROOT;

@AuditTest
class AuditApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog log;

    @Autowired
    JsonMapper json;

    @Autowired
    Clock clock;

    /** Unique to each test, so entries other tests append never get in the way. */
    String objectType;

    AuditEntry inCell;
    AuditEntry inOtherGrassroots;
    AuditEntry withoutUnit;

    @BeforeEach
    void threeEntries() {
        objectType = "member-" + UUID.randomUUID();
        inCell = log.append(event("member-viewed", "m-1", CELL_1, clock.instant().minusSeconds(60)));
        inOtherGrassroots = log.append(event("member-changed", "m-2", GRASSROOTS_2, clock.instant().minusSeconds(30)));
        withoutUnit = log.append(event("member-viewed", "m-3", null, clock.instant()));
    }

    @Test
    void anAdministratorOfTheRootReadsEveryEntryNewestFirst() throws Exception {
        var page = entries(admin(ROOT), "objectType=" + objectType);

        assertThat(page.path("total").asLong()).isEqualTo(3);
        assertThat(seqs(page)).containsExactly(withoutUnit.seq(), inOtherGrassroots.seq(), inCell.seq());
        var newest = page.path("items").get(0);
        assertThat(newest.path("actorUsername").asString()).isEqualTo("admin.tester");
        assertThat(newest.path("objectId").asString()).isEqualTo("m-3");
        assertThat(newest.path("origin").asString()).isEqualTo("10.0.0.7");
        assertThat(newest.path("details").path("reason").asString()).isEqualTo("kiểm tra");
        assertThat(newest.path("hash").asString()).isEqualTo(withoutUnit.hash());
        assertThat(Instant.parse(newest.path("at").asString())).isEqualTo(withoutUnit.at());
    }

    @Test
    void anAdministratorOfALowerUnitReadsOnlyTheEntriesAboutTheirSubtree() throws Exception {
        var page = entries(admin(GRASSROOTS_1), "objectType=" + objectType);

        assertThat(seqs(page)).containsExactly(inCell.seq());
        assertThat(page.path("total").asLong()).isEqualTo(1);
    }

    @Test
    void anAdministratorOfAnotherBranchDoesNotSeeTheCellsEntries() throws Exception {
        assertThat(seqs(entries(admin(GRASSROOTS_2), "objectType=" + objectType))).containsExactly(inOtherGrassroots.seq());
    }

    @Test
    void entriesAreFilteredByActionObjectActorAndTime() throws Exception {
        var root = admin(ROOT);
        assertThat(seqs(entries(root, "objectType=" + objectType + "&action=member-viewed")))
                .containsExactly(withoutUnit.seq(), inCell.seq());
        assertThat(seqs(entries(root, "objectType=" + objectType + "&objectId=m-2"))).containsExactly(inOtherGrassroots.seq());
        assertThat(seqs(entries(root, "objectType=" + objectType + "&actor=nobody"))).isEmpty();
        assertThat(seqs(entries(root, "objectType=" + objectType + "&from=" + inOtherGrassroots.at() + "&to="
                + withoutUnit.at()))).containsExactly(inOtherGrassroots.seq());
    }

    @Test
    void entriesArePaged() throws Exception {
        var second = entries(admin(ROOT), "objectType=" + objectType + "&page=1&size=2");
        assertThat(seqs(second)).containsExactly(inCell.seq());
        assertThat(second.path("total").asLong()).isEqualTo(3);
        assertThat(second.path("page").asInt()).isEqualTo(1);
        assertThat(second.path("size").asInt()).isEqualTo(2);
    }

    @Test
    void anOversizedPageIsABadRequest() throws Exception {
        mvc.perform(get("/api/audit/entries?size=5000").with(admin(ROOT)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-request"));
    }

    @Test
    void someoneWhoIsNotAnAdministratorCannotReadTheLogOrVerifyTheChain() throws Exception {
        var secretary = as(new Grant(Role.SECRETARY, CELL_1), new Grant(Role.REVIEWER, ROOT));
        mvc.perform(get("/api/audit/entries").with(secretary))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access-denied"));
        mvc.perform(get("/api/audit/verification").with(secretary))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access-denied"));
    }

    @Test
    void anAnonymousCallerIsAskedToLogIn() throws Exception {
        mvc.perform(get("/api/audit/entries")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/audit/verification")).andExpect(status().isUnauthorized());
    }

    @Test
    void onlyAnAdministratorOfARootVerifiesTheChain() throws Exception {
        mvc.perform(get("/api/audit/verification").with(admin(GRASSROOTS_1)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access-denied"));

        var body = json.readTree(mvc.perform(get("/api/audit/verification").with(admin(ROOT)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(body.path("valid").asBoolean()).isTrue();
        assertThat(body.path("entries").asLong()).isGreaterThanOrEqualTo(withoutUnit.seq());
        assertThat(body.path("firstBrokenSeq").isNull()).isTrue();
        assertThat(body.path("reason").isNull()).isTrue();
        assertThat(body.path("lastHash").asString()).hasSize(64);
        assertThat(body.has("checkedAt")).isTrue();
    }

    private JsonNode entries(RequestPostProcessor who, String query) throws Exception {
        return json.readTree(mvc.perform(get("/api/audit/entries?" + query).with(who))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static List<Long> seqs(JsonNode page) {
        return page.path("items").valueStream().map(i -> i.path("seq").asLong()).toList();
    }

    private static RequestPostProcessor admin(UUID unit) {
        return as(new Grant(Role.ADMIN, unit));
    }

    private static RequestPostProcessor as(Grant... grants) {
        return authentication(new ActorAuthentication(new Actor(UUID.randomUUID(), UUID.randomUUID(), "someone",
                "Someone", List.of(grants))));
    }

    private AuditEvent event(String action, String objectId, UUID unitId, Instant at) {
        return new AuditEvent(at, UUID.randomUUID(), "admin.tester", action, objectType, objectId, unitId, "10.0.0.7",
                Map.of("reason", "kiểm tra"));
    }
}
