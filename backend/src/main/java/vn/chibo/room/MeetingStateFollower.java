package vn.chibo.room;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.chibo.meeting.MeetingEvents.MeetingCancelled;
import vn.chibo.meeting.MeetingEvents.MeetingEnded;
import vn.chibo.meeting.MeetingEvents.MeetingOpened;
import vn.chibo.meeting.MeetingEvents.MeetingPostponed;
import vn.chibo.meeting.MeetingEvents.MeetingRescheduled;
import vn.chibo.meeting.MeetingEvents.MeetingStarted;

/**
 * Transitions made outside the room (the REST API) reach the room's clients too; those the room made itself
 * are already announced, and announcing a state twice emits nothing. A rescheduled meeting (its chair,
 * minute-taker or guests may have changed) makes every node decide access to it anew.
 */
@Component
class MeetingStateFollower {

    private final Room room;
    private final RoomBus bus;

    MeetingStateFollower(Room room, RoomBus bus) {
        this.room = room;
        this.bus = bus;
    }

    @ApplicationModuleListener
    void on(MeetingRescheduled event) {
        bus.invalidate(event.meeting().id());
    }

    @ApplicationModuleListener
    void on(MeetingOpened event) {
        room.announce(event.meeting());
    }

    @ApplicationModuleListener
    void on(MeetingStarted event) {
        room.announce(event.meeting());
    }

    @ApplicationModuleListener
    void on(MeetingEnded event) {
        room.ended(event.meeting());
    }

    @ApplicationModuleListener
    void on(MeetingCancelled event) {
        room.ended(event.meeting());
    }

    @ApplicationModuleListener
    void on(MeetingPostponed event) {
        room.ended(event.meeting());
    }
}
