package vn.chibo.room;

import java.util.OptionalInt;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.chibo.conferencing.LivePresence;
import vn.chibo.meeting.MeetingId;

/**
 * The live room's count of a meeting for the video reconciliation: members present now over WebSocket on any
 * node, each once however many devices they use (R10). Empty when Redis cannot answer.
 */
@Component
class RoomLivePresence implements LivePresence {

    private static final Logger log = LoggerFactory.getLogger(RoomLivePresence.class);

    private final RoomStore store;

    RoomLivePresence(RoomStore store) {
        this.store = store;
    }

    @Override
    public OptionalInt count(MeetingId meeting) {
        try {
            return OptionalInt.of((int) store.presentMembers(meeting));
        }
        catch (RuntimeException e) {
            log.warn("Live presence unavailable: {}", e.toString());
            return OptionalInt.empty();
        }
    }
}
