package vn.chibo.meeting;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;

import vn.chibo.shared.audit.AuditEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class MeetingEndpointsTest extends MeetingTestSupport {

    @Autowired
    ApplicationEvents events;

    @Autowired
    Meetings facade;

    @Test
    void aSecretaryCreatesAMeetingAddsAnItemAndMembersSeeIt() throws Exception {
        var city = city();
        var startsAt = nextMonth(19, 30);
        var created = create(city, "IN_PERSON", startsAt, 120, false);
        var id = created.path("id").asString();
        assertThat(created.path("state").asString()).isEqualTo("DRAFT");
        assertThat(created.path("title").asString()).startsWith("Sinh hoạt chi bộ thường kỳ tháng");
        assertThat(created.path("chair").path("memberId").asString()).isEqualTo(city.secretary().id().toString());
        assertThat(created.path("minuteTaker").path("fullName").asString()).isEqualTo("Đảng viên 1");
        assertThat(created.path("plannedMinutes").asInt()).isEqualTo(120);
        assertThat(created.path("permissions").path("manage").asBoolean()).isTrue();
        assertThat(created.path("onlinePilot").asBoolean()).isFalse();

        postJson("/api/meetings/" + id + "/agenda", item("Thông tin thời sự", "INFORMATION"), as(city.secretary()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.position").value(1))
                .andExpect(jsonPath("$.documents").isArray());

        getAs("/api/meetings/" + id, as(city.member())).andExpect(status().isOk())
                .andExpect(jsonPath("$.agenda[0].title").value("Thông tin thời sự"))
                .andExpect(jsonPath("$.agenda[0].documents").isEmpty())
                .andExpect(jsonPath("$.unitName").value(org.hamcrest.Matchers.startsWith("Chi bộ Thử")))
                .andExpect(jsonPath("$.permissions.manage").value(false));
        getAs("/api/meetings/" + id, as(city.reviewer())).andExpect(status().isOk());
        getAs("/api/meetings/" + id, as(city.outsider())).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access-denied"));
        postJson("/api/meetings/" + id + "/agenda", item("Chen ngang", "OTHER"), as(city.member()))
                .andExpect(status().isForbidden());

        var meetingId = new MeetingId(java.util.UUID.fromString(id));
        assertThat(facade.find(meetingId)).get().extracting(MeetingSummary::state).isEqualTo(MeetingState.DRAFT);
        assertThat(facade.agenda(meetingId)).extracting(AgendaItemSummary::title).containsExactly("Thông tin thời sự");
        assertThat(facade.mayView(city.member().actor(), meetingId)).isTrue();
        assertThat(facade.mayView(city.outsider().actor(), meetingId)).isFalse();
        assertThat(facade.mayManage(city.secretary().actor(), meetingId)).isTrue();
        assertThat(facade.mayManage(city.reviewer().actor(), meetingId)).isFalse();
        assertThat(facade.recordingEnabled(meetingId)).isFalse();
        assertThat(facade.of(java.util.List.of(city.cell().id()), startsAt.minusSeconds(60), startsAt.plusSeconds(60)))
                .hasSize(1);
        assertThat(events.stream(AuditEvent.class).map(AuditEvent::action)).contains("meeting-created", "agenda-item-added");
    }

    @Test
    void othersCannotCreateMeetingsForACell() throws Exception {
        var city = city();
        var startsAt = nextMonth(19, 30);
        for (var who : java.util.List.of(city.member(), city.reviewer(), city.admin(), city.outsider())) {
            postJson("/api/meetings", Map.of("unitId", city.cell().id(), "kind", "REGULAR", "mode", "IN_PERSON",
                    "startsAt", startsAt.toString(), "endsAt", startsAt.plusSeconds(7200).toString()), as(who))
                    .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("access-denied"));
        }
    }

    @Test
    void refusesEndsBeforeStartsAndUnknownUnits() throws Exception {
        var city = city();
        var startsAt = nextMonth(19, 30);
        postJson("/api/meetings", Map.of("unitId", city.cell().id(), "kind", "REGULAR", "mode", "IN_PERSON",
                "startsAt", startsAt.toString(), "endsAt", startsAt.minusSeconds(60).toString()), as(city.secretary()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("invalid-request"));
        postJson("/api/meetings", Map.of("unitId", java.util.UUID.randomUUID(), "kind", "REGULAR", "mode", "IN_PERSON",
                "startsAt", startsAt.toString(), "endsAt", startsAt.plusSeconds(7200).toString()), as(city.secretary()))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("unit-not-found"));
        postJson("/api/meetings", Map.of("unitId", city.grassroots().id(), "kind", "REGULAR", "mode", "IN_PERSON",
                "startsAt", startsAt.toString(), "endsAt", startsAt.plusSeconds(7200).toString()), as(city.secretary()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("meeting-unit-not-cell"));
    }

    @Test
    void r1_refusesAnOnlineMeetingWithoutAValidAuthorisationOnItsDate() throws Exception {
        var city = city();
        var startsAt = nextMonth(19, 30);
        var body = Map.of("unitId", city.cell().id(), "kind", "REGULAR", "mode", "ONLINE", "startsAt", startsAt.toString(),
                "endsAt", startsAt.plusSeconds(7200).toString());
        postJson("/api/meetings", body, as(city.secretary())).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("online-not-authorised")).andExpect(jsonPath("$.rule").value("R1"));
        // an authorisation that ended before the meeting's date does not help
        authorise(city.grassroots(), LocalDate.now().minusYears(1), LocalDate.now().minusDays(1));
        postJson("/api/meetings", Map.of("unitId", city.cell().id(), "kind", "REGULAR", "mode", "HYBRID", "startsAt",
                startsAt.toString(), "endsAt", startsAt.plusSeconds(7200).toString()), as(city.secretary()))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.rule").value("R1"));
        // one held by the grassroots organisation above the cell, valid on the date, does
        var authorisation = authorise(city.grassroots(), LocalDate.now(), LocalDate.now().plusYears(1));
        var created = read(postJson("/api/meetings", body, as(city.secretary())).andExpect(status().isCreated()));
        assertThat(created.path("authorisation").path("id").asString()).isEqualTo(authorisation.id().toString());
        assertThat(created.path("videoRoom").asString()).startsWith("chibo-");
    }

    @Test
    void r3_anAuthorisedOnlineMeetingIsLabelledAsThePilot() throws Exception {
        var city = city();
        authorise(city.cell(), LocalDate.now(), LocalDate.now().plusYears(1));
        var created = create(city, "ONLINE", nextMonth(19, 30), 120, true);
        assertThat(created.path("onlinePilot").asBoolean()).isTrue();
        assertThat(created.path("state").asString()).isEqualTo("SCHEDULED");
        var inPerson = create(city, "IN_PERSON", nextMonth(8, 0), 120, false);
        assertThat(inPerson.path("onlinePilot").asBoolean()).isFalse();
        assertThat(inPerson.path("videoRoom").isNull()).isTrue();
    }

    @Test
    void theCalendarListsTheMeetingsEachActorMaySee() throws Exception {
        var city = city();
        var start = nextMonth(19, 30);
        var own = create(city, "IN_PERSON", start, 120, true).path("id").asString();
        // a meeting of the other cell, with this cell's member invited as a guest
        var otherSecretary = actor(city.outsider().id(), "bt-other", new vn.chibo.shared.security.Grant(
                vn.chibo.shared.security.Role.SECRETARY, city.otherCell().id()));
        var other = read(postJson("/api/meetings", Map.of("unitId", city.otherCell().id(), "kind", "THEMATIC", "mode",
                "IN_PERSON", "startsAt", start.toString(), "endsAt", start.plusSeconds(5400).toString(), "guestMemberIds",
                java.util.List.of(city.member().id())), as(otherSecretary)).andExpect(status().isCreated()));
        assertThat(other.path("guests").get(0).path("fullName").asString()).isEqualTo("Đảng viên 1");
        var range = "?from=" + start.minusSeconds(86400) + "&to=" + start.plusSeconds(86400);

        var forMember = read(getAs("/api/meetings" + range, as(city.member())).andExpect(status().isOk()));
        assertThat(forMember.findValuesAsString("id")).containsExactlyInAnyOrder(own, other.path("id").asString());
        var forReviewer = read(getAs("/api/meetings" + range + "&unitId=" + city.cell().id(), as(city.reviewer())));
        assertThat(forReviewer.findValuesAsString("id")).containsExactly(own);
        assertThat(forReviewer.get(0).path("unitName").asString()).startsWith("Chi bộ Thử");
        assertThat(forReviewer.get(0).path("permissions").path("manage").asBoolean()).isFalse();
        var forSecretary = read(getAs("/api/meetings" + range, as(city.secretary())));
        assertThat(forSecretary.findValuesAsString("id")).containsExactly(own);
        assertThat(forSecretary.get(0).path("permissions").path("manage").asBoolean()).isTrue();
        getAs("/api/meetings/" + other.path("id").asString(), as(city.member())).andExpect(status().isOk());
        getAs("/api/meetings/" + own + "/agenda", as(city.member())).andExpect(status().isOk());
        getAs("/api/meetings/" + own + "/agenda", as(otherSecretary)).andExpect(status().isForbidden());
        getAs("/api/meetings?from=" + start + "&to=" + start.minusSeconds(1), as(city.member()))
                .andExpect(status().isBadRequest());
        // editing without guests keeps them
        putJson("/api/meetings/" + other.path("id").asString(), Map.of("place", "Hội trường"), as(otherSecretary))
                .andExpect(status().isOk()).andExpect(jsonPath("$.guests[0].memberId").value(city.member().id().toString()));
    }

    @Test
    void unknownThingsAndOutsidersAreRefusedWithTheirCodes() throws Exception {
        var city = city();
        var id = create(city, "IN_PERSON", nextMonth(19, 30), 120, false).path("id").asString();
        var secretary = as(city.secretary());
        getAs("/api/meetings/" + java.util.UUID.randomUUID(), secretary).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("meeting-not-found"));
        putJson("/api/meetings/" + id + "/agenda/" + java.util.UUID.randomUUID(), item("X", "OTHER"), secretary)
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("agenda-item-not-found"));
        postJson("/api/online-authorisations/" + java.util.UUID.randomUUID() + "/revoke", Map.of("reason", "x"),
                as(city.reviewer())).andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("authorisation-not-found"));
        putJson("/api/meetings/" + id, Map.of("chairMemberId", java.util.UUID.randomUUID()), secretary)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("member-not-found"));
        postJson("/api/meetings/" + id + "/agenda", Map.of("title", "", "type", "OTHER"), secretary)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("invalid-request"));
        // the live check is for those who may create or manage
        var start = nextMonth(19, 30);
        postJson("/api/meetings/check", Map.of("unitId", city.cell().id(), "kind", "REGULAR", "mode", "IN_PERSON",
                "startsAt", start.toString(), "endsAt", start.plusSeconds(7200).toString()), as(city.outsider()))
                .andExpect(status().isForbidden());
        postJson("/api/meetings/check?id=" + id, Map.of("kind", "REGULAR"), as(city.member())).andExpect(status().isForbidden());
        getAs("/api/cells/" + city.otherCell().id() + "/schedule", as(city.member())).andExpect(status().isForbidden());
        getAs("/api/cells/" + city.grassroots().id() + "/schedule", secretary).andExpect(status().isNotFound());
        postJson("/api/online-authorisations/check", Map.of("unitId", city.cell().id()), as(city.member()))
                .andExpect(status().isForbidden());
    }
}
