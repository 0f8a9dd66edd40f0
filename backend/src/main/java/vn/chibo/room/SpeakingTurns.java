package vn.chibo.room;

import java.util.List;

import vn.chibo.meeting.MeetingId;

/** The speaking turns of a meeting's live room, for the minutes and the yearly evaluation. */
public interface SpeakingTurns {

    /** In the order they started. */
    List<SpeakingTurn> of(MeetingId meetingId);
}
