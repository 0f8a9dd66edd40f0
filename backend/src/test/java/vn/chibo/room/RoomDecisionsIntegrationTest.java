package vn.chibo.room;

import org.junit.jupiter.api.Test;

import vn.chibo.meeting.MeetingState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A connection's access decision is made once per meeting and reused by its later frames; every frame is still
 * checked against it, and it is made anew when the meeting changes.
 */
class RoomDecisionsIntegrationTest extends RoomTestSupport {

    @Test
    void aRemovedMembersNextSendIsRefusedAlthoughItsDecisionWasKept() throws Exception {
        var cell = new Cell(2, MeetingState.OPEN);
        var chair = connect(cell.chairActor()).watch(cell.meeting);
        var member = connect(cell.member(0)).watch(cell.meeting);
        member.send(cell.meeting, "leave", "{}");
        assertThat(member.reply().path("type").asString()).isEqualTo("left");

        chair.send(cell.meeting, "remove", "{\"memberId\":\"" + cell.members.get(0).id() + "\",\"reason\":\"Gây rối\"}");
        chair.eventsUntil("participant-removed");
        member.eventsUntil("participant-removed");

        member.send(cell.meeting, "leave", "{}");
        assertThat(member.error().path("code").asString()).isEqualTo("removed-from-meeting");
        member.send(cell.meeting, "join", "{}");
        assertThat(member.error().path("code").asString()).isEqualTo("removed-from-meeting");
        var present = chair.snapshot(cell.meeting).path("participants");
        assertThat(present).isEmpty();
    }

    @Test
    void aConnectionOfAnotherCellIsStillRefusedWhileTheMeetingsMembersHaveKeptDecisions() throws Exception {
        var cell = new Cell(1, MeetingState.OPEN);
        var other = new Cell(1, MeetingState.OPEN);
        var member = connect(cell.member(0)).watch(cell.meeting);
        member.join(cell.meeting);
        var outsider = connect(other.member(0));

        for (var attempt = 0; attempt < 3; attempt++) {
            outsider.send(cell.meeting, "join", "{}");
            assertThat(outsider.error().path("code").asString()).isEqualTo("access-denied");
            outsider.send(cell.meeting, "raise-hand", "{}");
            assertThat(outsider.error().path("code").asString()).isEqualTo("access-denied");
        }
        outsider.watch(cell.meeting);
        assertThat(outsider.stompError()).isEqualTo("access-denied");

        var snapshot = connect(cell.chairActor()).watch(cell.meeting).snapshot(cell.meeting);
        assertThat(snapshot.path("participants")).hasSize(1);
        assertThat(snapshot.path("queue")).isEmpty();
    }

    @Test
    void aMemberWhoseDecisionWasKeptStillCannotUseTheChairsControls() throws Exception {
        var cell = new Cell(1, MeetingState.OPEN);
        var member = connect(cell.member(0)).watch(cell.meeting);
        member.join(cell.meeting);

        for (var command : new String[] { "lock", "lock", "end" }) {
            member.send(cell.meeting, command, "{}");
            assertThat(member.error().path("code").asString()).isEqualTo("chair-only");
        }
        assertThat(member.snapshot(cell.meeting).path("locked").asBoolean()).isFalse();
        assertThat(meetings.find(cell.meeting).orElseThrow().state()).isEqualTo(MeetingState.OPEN);
    }

    @Test
    void aDecisionMadeBeforeTheChairOpenedTheRoomIsMadeAnew() throws Exception {
        var cell = new Cell(1, MeetingState.SCHEDULED);
        var chair = connect(cell.chairActor()).watch(cell.meeting);
        var member = connect(cell.member(0)).watch(cell.meeting);
        member.send(cell.meeting, "join", "{}");
        assertThat(member.error().path("code").asString()).isEqualTo("room-not-open");

        chair.send(cell.meeting, "open", "{}");
        member.eventsUntil("meeting-state-changed");

        assertThat(member.join(cell.meeting).path("role").asString()).isEqualTo("MEMBER");
    }
}
