package vn.chibo.conferencing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

import vn.chibo.shared.DomainException;

/**
 * One webhook of jitsi-contrib's event_sync component, as it sends it (JITSI.md section 2): room fields on
 * every event ({@code room_name} and {@code room_jid} of the main room, {@code is_breakout},
 * {@code breakout_room_id} for breakout rooms), the occupant for joins and leaves, {@code all_occupants} at
 * destruction. Times are Unix seconds. {@code breakoutRoomId} is empty for the main room.
 */
record SyncEvent(Kind kind, String roomName, String roomJid, String breakoutRoomId, Instant createdAt,
        Instant destroyedAt, Occupant occupant, List<Occupant> allOccupants, String bodyHash) {

    enum Kind {
        ROOM_CREATED("muc-room-created"), OCCUPANT_JOINED("muc-occupant-joined"), OCCUPANT_LEFT("muc-occupant-left"),
        ROOM_DESTROYED("muc-room-destroyed");

        final String eventName;

        Kind(String eventName) {
            this.eventName = eventName;
        }
    }

    /** {@code id}, {@code name}, {@code email} come from the token's {@code context.user}; only {@code id} is trusted. */
    record Occupant(String occupantJid, String id, String name, String email, Instant joinedAt, Instant leftAt) {
    }

    static final class Malformed extends DomainException {
        Malformed(String what) {
            super("invalid-webhook", Kind.INVALID, "The Jitsi event is malformed: " + what);
        }
    }

    static SyncEvent parse(Kind kind, JsonNode body, String raw) {
        if (body == null || !body.isObject()) {
            throw new Malformed("not a JSON object");
        }
        var eventName = text(body, "event_name");
        if (eventName != null && !eventName.equals(kind.eventName)) {
            throw new Malformed("event_name " + eventName + " posted to the " + kind.eventName + " path");
        }
        var roomName = text(body, "room_name");
        if (roomName == null || roomName.isBlank()) {
            throw new Malformed("room_name is missing");
        }
        var breakout = body.path("is_breakout").asBoolean(false) ? text(body, "breakout_room_id") : null;
        var occupant = body.path("occupant").isObject() ? occupant(body.path("occupant")) : null;
        var all = new ArrayList<Occupant>();
        for (var each : body.path("all_occupants")) {
            if (each.isObject()) {
                all.add(occupant(each));
            }
        }
        return new SyncEvent(kind, roomName.trim().toLowerCase(Locale.ROOT),
                text(body, "room_jid") == null ? roomName : text(body, "room_jid").toLowerCase(Locale.ROOT),
                breakout == null ? "" : breakout.toLowerCase(Locale.ROOT), time(body, "created_at"),
                time(body, "destroyed_at"), occupant, List.copyOf(all), sha256(raw));
    }

    /** The natural key: a retry or a duplicate of the same event yields the same key. */
    String key() {
        var room = roomJid + "|" + breakoutRoomId;
        return switch (kind) {
            case ROOM_CREATED, ROOM_DESTROYED -> createdAt == null ? fallback() : kind.eventName + "|" + room + "|" + seconds(createdAt);
            case OCCUPANT_JOINED -> occupant == null || occupant.occupantJid() == null ? fallback()
                    : kind.eventName + "|" + room + "|" + occupant.occupantJid() + "|" + seconds(occupant.joinedAt());
            case OCCUPANT_LEFT -> occupant == null || occupant.occupantJid() == null ? fallback()
                    : kind.eventName + "|" + room + "|" + occupant.occupantJid() + "|" + seconds(occupant.joinedAt())
                            + "|" + seconds(occupant.leftAt());
        };
    }

    private String fallback() {
        return kind.eventName + "|" + roomJid + "|" + breakoutRoomId + "|sha256:" + bodyHash;
    }

    private static String seconds(Instant at) {
        return at == null ? "-" : String.valueOf(at.getEpochSecond());
    }

    private static Occupant occupant(JsonNode node) {
        return new Occupant(text(node, "occupant_jid"), text(node, "id"), text(node, "name"), text(node, "email"),
                time(node, "joined_at"), time(node, "left_at"));
    }

    private static String text(JsonNode node, String field) {
        var value = node.path(field);
        if (value.isString()) {
            return value.asString();
        }
        return value.isNumber() ? value.asString() : null;
    }

    private static Instant time(JsonNode node, String field) {
        var value = node.path(field);
        if (value.isNumber()) {
            return Instant.ofEpochSecond(value.asLong());
        }
        if (value.isString() && value.asString().matches("\\d{1,12}")) {
            return Instant.ofEpochSecond(Long.parseLong(value.asString()));
        }
        return null;
    }

    private static String sha256(String raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
