package vn.chibo.meeting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class OnlineAuthorisationTest extends MeetingTestSupport {

    private Map<String, Object> body(City city, List<?> unable) {
        var body = new HashMap<String, Object>();
        body.put("unitId", city.cell().id());
        body.put("referenceNumber", "07-QĐ/ĐU");
        body.put("issuedOn", LocalDate.now().toString());
        body.put("issuer", "Đảng ủy Phường Thử");
        body.put("validFrom", LocalDate.now().toString());
        body.put("validTo", LocalDate.now().plusYears(1).toString());
        body.put("reasonCategory", "DISPERSED_WORK");
        body.put("unableMemberIds", unable);
        return body;
    }

    @Test
    void r2_countsMoreThanHalfLeavingOutExemptAndSuspendedMembers() throws Exception {
        var city = city(10, 0);
        var ids = city.memberIds();
        flag(ids.get(8), "EXEMPT", LocalDate.of(2020, 1, 1));
        flag(ids.get(9), "SUSPENDED", LocalDate.of(2020, 1, 1));
        // 8 counted members: 4 unable is not more than half, 5 is
        postJson("/api/online-authorisations/check", Map.of("unitId", city.cell().id(), "issuedOn",
                LocalDate.now().toString(), "unableMemberIds", ids.subList(2, 6)), as(city.reviewer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.countedMembers").value(8))
                .andExpect(jsonPath("$.unableMembers").value(4)).andExpect(jsonPath("$.moreThanHalf").value(false))
                .andExpect(jsonPath("$.needed").value(5)).andExpect(jsonPath("$.warnings[0].rule").value("R2"));
        // the exempt and suspended members do not count even when listed
        postJson("/api/online-authorisations/check", Map.of("unitId", city.cell().id(), "issuedOn",
                LocalDate.now().toString(), "unableMemberIds", List.of(ids.get(2), ids.get(3), ids.get(4), ids.get(8), ids.get(9))),
                as(city.reviewer())).andExpect(jsonPath("$.unableMembers").value(3));
        var recorded = read(postJson("/api/online-authorisations", body(city, ids.subList(2, 7)), as(city.reviewer()))
                .andExpect(status().isCreated()));
        assertThat(recorded.path("moreThanHalf").asBoolean()).isTrue();
        assertThat(recorded.path("countedMembers").asInt()).isEqualTo(8);
        assertThat(recorded.path("validToday").asBoolean()).isTrue();
        // recorded below half: kept, with the R2 warning
        var below = read(postJson("/api/online-authorisations", body(city, ids.subList(2, 4)), as(city.admin()))
                .andExpect(status().isCreated()));
        assertThat(below.path("moreThanHalf").asBoolean()).isFalse();
        assertThat(below.path("warnings").findValuesAsString("rule")).containsExactly("R2");
        postJson("/api/online-authorisations", body(city, List.of(city.outsider().id())), as(city.reviewer()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("unable-member-not-in-unit"));
    }

    @Test
    void r1_onlyReviewersAndAdministratorsAboveRecordAndRevokeAndARevokedOneNoLongerAllowsOnlineMeetings() throws Exception {
        var city = city();
        postJson("/api/online-authorisations", body(city, List.of()), as(city.secretary()))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("access-denied"));
        var recorded = read(postJson("/api/online-authorisations", body(city, city.memberIds().subList(0, 6)),
                as(city.reviewer())).andExpect(status().isCreated()));
        getAs("/api/online-authorisations?unitId=" + city.cell().id(), as(city.secretary())).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].referenceNumber").value("07-QĐ/ĐU"));
        getAs("/api/online-authorisations?unitId=" + city.cell().id(), as(city.outsider())).andExpect(status().isForbidden());
        var online = create(city, "ONLINE", nextMonth(19, 30), 120, true);
        assertThat(online.path("authorisation").path("referenceNumber").asString()).isEqualTo("07-QĐ/ĐU");

        var id = recorded.path("id").asString();
        postJson("/api/online-authorisations/" + id + "/revoke", Map.of("reason", "Hết lý do"), as(city.secretary()))
                .andExpect(status().isForbidden());
        postJson("/api/online-authorisations/" + id + "/revoke", Map.of("reason", "Hết lý do"), as(city.reviewer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.revokedReason").value("Hết lý do"))
                .andExpect(jsonPath("$.validToday").value(false));
        postJson("/api/online-authorisations/" + id + "/revoke", Map.of("reason", "Lần nữa"), as(city.reviewer()))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("authorisation-already-revoked"));
        postJson("/api/meetings", Map.of("unitId", city.cell().id(), "kind", "REGULAR", "mode", "ONLINE", "startsAt",
                nextMonth(8, 0).toString(), "endsAt", nextMonth(10, 0).toString()), as(city.secretary()))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.rule").value("R1"));
        // the room of the scheduled online meeting does not open any more either
        postJson("/api/meetings/" + online.path("id").asString() + "/open", "{}", as(city.secretary()))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("online-not-authorised"));
    }
}
