package vn.chibo.conferencing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Bodies shaped exactly as jitsi-contrib's event_sync sends them (JITSI.md section 2, its README): room fields
 * on every event, Unix seconds, the parent room's name for breakout rooms plus {@code breakout_room_id}.
 */
final class EventSyncPayloads {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final String room;
    final String roomJid;
    private final String breakout;

    private EventSyncPayloads(String room, String breakout) {
        this.room = room;
        this.roomJid = room + "@conference.meet.jitsi";
        this.breakout = breakout;
    }

    static EventSyncPayloads mainRoom(String room) {
        return new EventSyncPayloads(room, null);
    }

    EventSyncPayloads breakout(String breakoutRoomId) {
        return new EventSyncPayloads(room, breakoutRoomId);
    }

    /** An occupant as event_sync records it: the XMPP identity of one connection plus context.user. */
    record Occupant(String jid, String id, String name, long joinedAt, Long leftAt) {

        Occupant leftAt(long at) {
            return new Occupant(jid, id, name, joinedAt, at);
        }

        Map<String, Object> json() {
            var map = new LinkedHashMap<String, Object>();
            map.put("name", name);
            map.put("email", null);
            map.put("id", id);
            map.put("occupant_jid", jid);
            map.put("joined_at", joinedAt);
            if (leftAt != null) {
                map.put("left_at", leftAt);
            }
            return map;
        }
    }

    static Occupant occupant(String connection, String memberId, String name, long joinedAt) {
        return new Occupant(connection + "@meet.jitsi/" + connection.substring(0, 4), memberId, name, joinedAt, null);
    }

    String created(long createdAt) {
        var body = room("muc-room-created");
        body.put("created_at", createdAt);
        return write(body);
    }

    String joined(Occupant occupant, int active) {
        var body = room("muc-occupant-joined");
        body.put("active_occupants_count", active);
        body.put("occupant", occupant.json());
        return write(body);
    }

    String left(Occupant occupant, int active) {
        var body = room("muc-occupant-left");
        body.put("active_occupants_count", active);
        body.put("occupant", occupant.json());
        return write(body);
    }

    String destroyed(long createdAt, long destroyedAt, Occupant... all) {
        var body = room("muc-room-destroyed");
        body.put("created_at", createdAt);
        body.put("destroyed_at", destroyedAt);
        var occupants = new ArrayList<Map<String, Object>>();
        for (var each : all) {
            occupants.add(each.json());
        }
        body.put("all_occupants", occupants);
        return write(body);
    }

    private Map<String, Object> room(String event) {
        var body = new LinkedHashMap<String, Object>();
        body.put("event_name", event);
        body.put("room_name", room);
        body.put("room_jid", roomJid);
        body.put("is_breakout", breakout != null);
        if (breakout != null) {
            body.put("breakout_room_id", breakout);
        }
        return body;
    }

    private static String write(Object body) {
        return JSON.writeValueAsString(body);
    }

    static List<String> paths() {
        return List.of("/events/room/created", "/events/occupant/joined", "/events/occupant/left", "/events/room/destroyed");
    }
}
