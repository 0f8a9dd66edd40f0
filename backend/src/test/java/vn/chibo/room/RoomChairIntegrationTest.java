package vn.chibo.room;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import vn.chibo.meeting.MeetingState;

import static org.assertj.core.api.Assertions.assertThat;

/** The chair's controls and the speaker queue. */
class RoomChairIntegrationTest extends RoomTestSupport {

    @Autowired
    SpeakingTurns turns;

    @Test
    void theChairOpensRunsAndEndsTheMeetingAndSpeakingTurnsAreRecorded() throws Exception {
        var cell = new Cell(2, MeetingState.SCHEDULED);
        var chair = connect(cell.chairActor()).watch(cell.meeting);
        var member = connect(cell.member(0)).watch(cell.meeting);

        member.send(cell.meeting, "join", "{}");
        assertThat(member.error().path("code").asString()).isEqualTo("room-not-open");

        chair.send(cell.meeting, "open", "{}");
        assertThat(type(chair.event())).isEqualTo("meeting-state-changed OPEN");
        assertThat(member.join(cell.meeting).path("type").asString()).isEqualTo("joined");
        chair.eventsUntil("participant-joined");
        chair.send(cell.meeting, "start", "{}");
        chair.eventsUntil("meeting-state-changed");
        var item = meetings.agenda(cell.meeting).get(1);
        chair.send(cell.meeting, "agenda", "{\"itemId\":\"" + item.id() + "\"}");
        chair.eventsUntil("agenda-item-changed");
        member.send(cell.meeting, "raise-hand", "{}");
        var seen = member.eventsUntil("hand-raised");
        assertThat(seen.stream().map(RoomChairIntegrationTest::type).toList()).containsExactly(
                "meeting-state-changed OPEN", "participant-joined", "meeting-state-changed IN_PROGRESS",
                "agenda-item-changed", "hand-raised");
        assertThat(seen.get(3).path("item").path("title").asString()).isEqualTo("Thông tin thời sự");
        assertThat(member.snapshot(cell.meeting).path("queue").get(0).path("memberId").asString())
                .isEqualTo(cell.members.get(0).id().toString());

        chair.send(cell.meeting, "give-floor", "{\"memberId\":\"" + cell.members.get(0).id() + "\"}");
        var floor = member.eventsUntil("floor-given");
        assertThat(floor.stream().map(RoomChairIntegrationTest::type).toList()).containsExactly("hand-lowered", "floor-given");
        assertThat(floor.get(0).path("cause").asString()).isEqualTo("floor-given");
        assertThat(floor.get(1).path("speaker").path("agendaItemId").asString()).isEqualTo(item.id().toString());
        chair.send(cell.meeting, "end-floor", "{}");
        assertThat(type(member.event())).isEqualTo("floor-ended");

        // the turn is committed right after its event went out
        var recorded = turns.of(cell.meeting);
        for (int i = 0; i < 50 && (recorded.isEmpty() || recorded.get(0).endedAt() == null); i++) {
            Thread.sleep(100);
            recorded = turns.of(cell.meeting);
        }
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).memberId()).isEqualTo(cell.members.get(0).id());
        assertThat(recorded.get(0).agendaItemId()).isEqualTo(item.id());
        assertThat(recorded.get(0).endedAt()).isAfterOrEqualTo(recorded.get(0).startedAt());

        chair.send(cell.meeting, "lock", "{}");
        assertThat(type(member.event())).isEqualTo("room-lock-changed");
        var late = connect(cell.member(1));
        late.send(cell.meeting, "join", "{}");
        assertThat(late.error().path("code").asString()).isEqualTo("room-locked");

        chair.send(cell.meeting, "end", "{}");
        var end = member.eventsUntil("meeting-state-changed");
        assertThat(end.stream().map(RoomChairIntegrationTest::type).toList())
                .containsExactly("participant-left", "meeting-state-changed ENDED");
        assertThat(end.get(0).path("cause").asString()).isEqualTo("meeting-ended");
        assertThat(member.snapshot(cell.meeting).path("participants").get(0).path("present").asBoolean()).isFalse();
    }

    @Test
    void theChairMayOnlyPickAnItemOfThisMeetingsAgenda() throws Exception {
        var cell = new Cell(1, MeetingState.OPEN);
        var chair = connect(cell.chairActor());
        chair.send(cell.meeting, "agenda", "{\"itemId\":\"" + java.util.UUID.randomUUID() + "\"}");
        assertThat(chair.error().path("code").asString()).isEqualTo("no-such-agenda-item");
        chair.send(cell.meeting, "agenda", "{\"itemId\": 42}");
        assertThat(chair.error().path("code").asString()).isEqualTo("invalid-request");
        chair.send(cell.meeting, "end-floor", "{}");
        assertThat(chair.error().path("code").asString()).isEqualTo("no-floor");
        chair.send(cell.meeting, "start", "{}");
        chair.send(cell.meeting, "start", "{}");
        assertThat(chair.error().path("code").asString()).isEqualTo("meeting-transition-not-allowed");
    }

    @Test
    void aRemovedMemberIsDisconnectedAndCannotComeBack() throws Exception {
        var cell = new Cell(1, MeetingState.OPEN);
        var chair = connect(cell.chairActor()).watch(cell.meeting);
        var member = connect(cell.member(0)).watch(cell.meeting);
        member.join(cell.meeting);
        member.send(cell.meeting, "raise-hand", "{}");
        chair.eventsUntil("hand-raised");

        chair.send(cell.meeting, "remove", "{\"memberId\":\"" + cell.members.get(0).id() + "\",\"reason\":\"Gây rối\"}");

        var events = chair.eventsUntil("participant-left");
        assertThat(events.stream().map(RoomChairIntegrationTest::type).toList())
                .containsExactly("participant-removed", "hand-lowered", "participant-left");
        assertThat(events.get(2).path("cause").asString()).isEqualTo("removed");
        for (int i = 0; i < 50 && member.connected(); i++) {
            Thread.sleep(100);
        }
        assertThat(member.connected()).isFalse();
        var again = connect(cell.member(0));
        again.watch(cell.meeting);
        assertThat(again.stompError()).isEqualTo("removed-from-meeting");
        var audited = jdbc.sql("select count(*) from event_publication where event_type like '%AuditEvent' "
                + "and serialized_event like ?").param("%participant-removed%" ).query(Long.class).single();
        assertThat(audited).isEqualTo(1);
    }

    static String type(JsonNode event) {
        var type = event.path("type").asString();
        return event.has("state") ? type + " " + event.path("state").asString() : type;
    }

    static List<String> types(List<JsonNode> events) {
        return events.stream().map(RoomChairIntegrationTest::type).toList();
    }
}
