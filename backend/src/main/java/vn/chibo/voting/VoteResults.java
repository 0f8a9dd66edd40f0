package vn.chibo.voting;

import java.util.List;

import vn.chibo.meeting.MeetingId;

/** What the minutes and reporting modules may ask the voting module. */
public interface VoteResults {

    /** The closed votes of a meeting in the order they were opened; open or cancelled votes are left out. */
    List<VoteResult> closedIn(MeetingId meetingId);
}
