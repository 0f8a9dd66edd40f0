package vn.chibo.room;

import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import vn.chibo.meeting.MeetingId;

/**
 * How other modules (voting, minutes) tell everyone in a meeting's room that something changed: the event gets
 * the meeting's next sequence number and reaches every subscriber on every node, and a reconnecting client
 * replays it like the room's own events (docs/realtime-protocol.md, section 3). Payloads must never carry what a
 * member may not see (a secret ballot's choice, a draft the member may not read).
 */
@Component
public class RoomAnnouncements {

    private static final Pattern TYPE = Pattern.compile("[a-z]+(-[a-z]+)*");
    private static final java.util.Set<String> RESERVED = java.util.Set.of("seq", "type", "meetingId", "at");

    private final RoomStore store;
    private final JsonMapper json;

    RoomAnnouncements(RoomStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    /**
     * Announces an event of {@code type} (kebab-case, e.g. {@code vote-progress}) with {@code fields} besides
     * {@code seq}, {@code type}, {@code meetingId} and {@code at}; answers the event's sequence number.
     */
    public long announce(MeetingId meeting, String type, Map<String, ?> fields) {
        if (!TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("event type must be kebab-case: " + type);
        }
        var reserved = fields.keySet().stream().filter(RESERVED::contains).findFirst();
        if (reserved.isPresent()) {
            throw new IllegalArgumentException("field is set by the room: " + reserved.get());
        }
        var object = json.writeValueAsString(fields);
        var inner = object.substring(1, object.length() - 1);
        var fragment = "\"type\":\"" + type + "\"" + (inner.isEmpty() ? "" : "," + inner);
        return store.announce(meeting, fragment).seq();
    }
}
