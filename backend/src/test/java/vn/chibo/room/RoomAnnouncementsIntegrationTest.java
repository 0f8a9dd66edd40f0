package vn.chibo.room;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.chibo.meeting.MeetingState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Other modules' events travel through the room like its own: sequenced, fanned out, replayed on resume. */
class RoomAnnouncementsIntegrationTest extends RoomTestSupport {

    @Autowired
    RoomAnnouncements announcements;

    @Test
    void anAnnouncedEventTakesTheNextSequenceNumberAndIsReplayedToAClientThatMissedIt() throws Exception {
        var cell = new Cell(1, MeetingState.OPEN);
        var member = connect(cell.member(0)).watch(cell.meeting);
        var before = member.snapshot(cell.meeting).path("seq").asLong();

        var seq = announcements.announce(cell.meeting, "vote-progress", Map.of("voteId", "v1", "cast", 3));

        var event = member.event();
        assertThat(seq).isEqualTo(before + 1);
        assertThat(event.path("seq").asLong()).isEqualTo(seq);
        assertThat(event.path("type").asString()).isEqualTo("vote-progress");
        assertThat(event.path("meetingId").asString()).isEqualTo(cell.meeting.toString());
        assertThat(event.path("cast").asInt()).isEqualTo(3);
        var missed = member.since(cell.meeting, before);
        assertThat(missed.path("events").get(0).path("seq").asLong()).isEqualTo(seq);
        assertThat(missed.path("events").get(0).path("voteId").asString()).isEqualTo("v1");
    }

    @Test
    void anAnnouncementMayNotForgeTheRoomsOwnFieldsOrAnUnreadableType() {
        var cell = new Cell(1, MeetingState.OPEN);
        assertThatThrownBy(() -> announcements.announce(cell.meeting, "vote-progress", Map.of("seq", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seq");
        assertThatThrownBy(() -> announcements.announce(cell.meeting, "Vote\",\"x", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kebab-case");
    }
}
