package vn.chibo.meeting;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;

import vn.chibo.meeting.MeetingEvents.MeetingCancelled;
import vn.chibo.meeting.MeetingEvents.MeetingEnded;
import vn.chibo.meeting.MeetingEvents.MeetingOpened;
import vn.chibo.meeting.MeetingEvents.MeetingPostponed;
import vn.chibo.meeting.MeetingEvents.MeetingRescheduled;
import vn.chibo.meeting.MeetingEvents.MeetingScheduled;
import vn.chibo.meeting.MeetingEvents.MeetingStarted;
import vn.chibo.meeting.MeetingEvents.MinutesAdopted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class MeetingLifecycleTest extends MeetingTestSupport {

    @Autowired
    ApplicationEvents events;

    @Autowired
    MeetingLifecycle lifecycle;

    private String path(Object id, String transition) {
        return "/api/meetings/" + id + "/" + transition;
    }

    @Test
    void aMeetingGoesFromDraftToMinutesAdoptedRecordingEveryStep() throws Exception {
        var city = city();
        var id = create(city, "IN_PERSON", nextMonth(19, 30), 120, false).path("id").asString();
        var secretary = as(city.secretary());

        postJson(path(id, "schedule"), "{}", secretary).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SCHEDULED"));
        postJson(path(id, "open"), "{}", secretary).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("OPEN"));
        postJson(path(id, "start"), "{}", secretary).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("IN_PROGRESS")).andExpect(jsonPath("$.startedAt").isNotEmpty());
        postJson(path(id, "end"), "{}", secretary).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ENDED")).andExpect(jsonPath("$.endedAt").isNotEmpty());
        var adopted = lifecycle.minutesAdopted(new MeetingId(UUID.fromString(id)), city.secretary().actor());
        assertThat(adopted.state()).isEqualTo(MeetingState.MINUTES_ADOPTED);

        assertThat(meetings.stateChanges(UUID.fromString(id))).extracting(JdbcMeetings.StateChange::to).containsExactly(
                MeetingState.DRAFT, MeetingState.SCHEDULED, MeetingState.OPEN, MeetingState.IN_PROGRESS, MeetingState.ENDED,
                MeetingState.MINUTES_ADOPTED);
        assertThat(events.stream(MeetingScheduled.class)).hasSize(1);
        assertThat(events.stream(MeetingOpened.class)).hasSize(1);
        assertThat(events.stream(MeetingStarted.class)).hasSize(1);
        assertThat(events.stream(MeetingEnded.class)).hasSize(1);
        assertThat(events.stream(MinutesAdopted.class)).hasSize(1);
    }

    @Test
    void illegalTransitionsAnswer409WithTheStateAndTheTransition() throws Exception {
        var city = city();
        var id = create(city, "IN_PERSON", nextMonth(19, 30), 120, false).path("id").asString();
        var secretary = as(city.secretary());
        for (var transition : new String[] { "open", "start", "end" }) {
            postJson(path(id, transition), "{}", secretary).andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("meeting-transition-not-allowed"))
                    .andExpect(jsonPath("$.state").value("DRAFT")).andExpect(jsonPath("$.transition").value(transition));
        }
        postJson(path(id, "postpone"), Map.of("reason", "Trùng lịch"), secretary).andExpect(status().isConflict())
                .andExpect(jsonPath("$.transition").value("postpone"));
        postJson(path(id, "schedule"), "{}", secretary).andExpect(status().isOk());
        postJson(path(id, "schedule"), "{}", secretary).andExpect(status().isConflict())
                .andExpect(jsonPath("$.state").value("SCHEDULED")).andExpect(jsonPath("$.transition").value("schedule"));
        postJson(path(id, "start"), "{}", secretary).andExpect(status().isConflict())
                .andExpect(jsonPath("$.transition").value("start"));
        postJson(path(id, "open"), "{}", secretary).andExpect(status().isOk());
        // editing stops once the room is open
        putJson("/api/meetings/" + id, Map.of("title", "Đổi tên"), secretary).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("meeting-transition-not-allowed")).andExpect(jsonPath("$.transition").value("edit"));
        postJson(path(id, "end"), "{}", secretary).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ENDED"));
        postJson(path(id, "cancel"), Map.of("reason", "Muộn rồi"), secretary).andExpect(status().isConflict())
                .andExpect(jsonPath("$.state").value("ENDED")).andExpect(jsonPath("$.transition").value("cancel"));
        postJson(path(id, "open"), "{}", secretary).andExpect(status().isConflict());
        postJson("/api/meetings/" + id + "/agenda", item("Muộn", "OTHER"), secretary).andExpect(status().isConflict());
    }

    @Test
    void cancellingNeedsAReasonAndKeepsIt() throws Exception {
        var city = city();
        var id = create(city, "IN_PERSON", nextMonth(19, 30), 120, true).path("id").asString();
        postJson(path(id, "cancel"), Map.of("reason", " "), as(city.secretary())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("reason-required"));
        postJson(path(id, "cancel"), Map.of("reason", "Bão lớn"), as(city.member())).andExpect(status().isForbidden());
        postJson(path(id, "cancel"), Map.of("reason", "Bão lớn"), as(city.secretary())).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CANCELLED")).andExpect(jsonPath("$.stateReason").value("Bão lớn"));
        assertThat(events.stream(MeetingCancelled.class)).singleElement().extracting(MeetingCancelled::reason).isEqualTo("Bão lớn");
        assertThat(meetings.stateChanges(UUID.fromString(id))).last().extracting(JdbcMeetings.StateChange::reason)
                .isEqualTo("Bão lớn");
        // a draft may be cancelled too
        var draft = create(city, "IN_PERSON", nextMonth(8, 0), 120, false).path("id").asString();
        postJson(path(draft, "cancel"), Map.of("reason", "Nhầm"), as(city.secretary())).andExpect(status().isOk());
    }

    @Test
    void postponingToANewTimeCreatesTheReplacementAndLinksIt() throws Exception {
        var city = city();
        var created = create(city, "IN_PERSON", nextMonth(19, 30), 120, true);
        var id = created.path("id").asString();
        postJson("/api/meetings/" + id + "/agenda", item("Thông tin thời sự", "INFORMATION"), as(city.secretary()))
                .andExpect(status().isCreated());
        var newStart = nextMonth(19, 30).plusSeconds(7 * 86400);
        var postponed = read(postJson(path(id, "postpone"), Map.of("reason", "Trùng hội nghị", "newStartsAt", newStart.toString()),
                as(city.secretary())).andExpect(status().isOk()));
        assertThat(postponed.path("state").asString()).isEqualTo("POSTPONED");
        var replacementId = postponed.path("postponedToId").asString();
        getAs("/api/meetings/" + replacementId, as(city.member())).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SCHEDULED")).andExpect(jsonPath("$.startsAt").value(newStart.toString()))
                .andExpect(jsonPath("$.plannedMinutes").value(120))
                .andExpect(jsonPath("$.agenda[0].title").value("Thông tin thời sự"));
        assertThat(events.stream(MeetingPostponed.class)).singleElement().extracting(MeetingPostponed::reason)
                .isEqualTo("Trùng hội nghị");
        // without a new time it is only postponed
        var other = create(city, "IN_PERSON", nextMonth(8, 0), 120, true).path("id").asString();
        postJson(path(other, "postpone"), Map.of("reason", "Chưa sắp xếp được"), as(city.secretary()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.postponedToId").isEmpty());
    }

    @Test
    void changingAScheduledMeetingNeedsTheCurrentVersionAndTellsTheMembers() throws Exception {
        var city = city();
        var created = create(city, "IN_PERSON", nextMonth(19, 30), 120, true);
        var id = created.path("id").asString();
        var version = created.path("version").asLong();
        putJson("/api/meetings/" + id, Map.of("place", "Hội trường B", "version", version), as(city.secretary()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.place").value("Hội trường B"))
                .andExpect(jsonPath("$.version").value(version + 1));
        putJson("/api/meetings/" + id, Map.of("place", "Hội trường C", "version", version), as(city.secretary()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("stale-version"));
        assertThat(events.stream(MeetingRescheduled.class)).hasSize(1);
        putJson("/api/meetings/" + id, Map.of("place", "Nhà tôi"), as(city.member())).andExpect(status().isForbidden());
    }

    @Test
    void theChairDrivesTheLiveRoomThroughTheLifecycle() throws Exception {
        var city = city();
        var id = new MeetingId(UUID.fromString(read(postJson("/api/meetings", Map.of("unitId", city.cell().id(), "kind",
                "REGULAR", "mode", "IN_PERSON", "startsAt", nextMonth(19, 30).toString(), "endsAt",
                nextMonth(21, 30).toString(), "schedule", true, "chairMemberId", city.member().id()), as(city.secretary()))
                .andExpect(status().isCreated())).path("id").asString()));
        var chair = city.member().actor();
        assertThat(lifecycle.open(id, chair).state()).isEqualTo(MeetingState.OPEN);
        assertThat(lifecycle.start(id, chair).startedAt()).isNotNull();
        assertThat(lifecycle.end(id, chair).state()).isEqualTo(MeetingState.ENDED);
        assertThatThrownBy(() -> lifecycle.open(id, city.outsider().actor()))
                .hasFieldOrPropertyWithValue("code", "access-denied");
    }
}
