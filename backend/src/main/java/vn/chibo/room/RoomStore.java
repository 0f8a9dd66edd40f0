package vn.chibo.room;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.chibo.meeting.MeetingId;
import vn.chibo.shared.redis.RedisKeySpace;

/** The room's state in Redis, changed only through {@link RoomScripts}. */
@Component
class RoomStore {

    private static final RedisScript<String> JOIN = RedisScript.of(RoomScripts.JOIN, String.class);
    private static final RedisScript<String> LEAVE = RedisScript.of(RoomScripts.LEAVE, String.class);
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> HEARTBEATS = RedisScript.of(RoomScripts.HEARTBEATS, List.class);
    /** Connections refreshed per heart-beat call at most (keeps one call short for Redis). */
    static final int HEARTBEAT_BATCH = 500;
    private static final RedisScript<String> SWEEP = RedisScript.of(RoomScripts.SWEEP, String.class);
    private static final RedisScript<String> REMOVE = RedisScript.of(RoomScripts.REMOVE, String.class);
    private static final RedisScript<String> END_ALL = RedisScript.of(RoomScripts.END_ALL, String.class);
    private static final RedisScript<String> STATE = RedisScript.of(RoomScripts.STATE, String.class);
    private static final RedisScript<String> LOCK = RedisScript.of(RoomScripts.LOCK, String.class);
    private static final RedisScript<String> AGENDA = RedisScript.of(RoomScripts.AGENDA, String.class);
    private static final RedisScript<String> ANNOUNCE = RedisScript.of(RoomScripts.ANNOUNCE, String.class);
    private static final RedisScript<String> RAISE = RedisScript.of(RoomScripts.RAISE, String.class);
    private static final RedisScript<String> LOWER = RedisScript.of(RoomScripts.LOWER, String.class);
    private static final RedisScript<String> GIVE_FLOOR = RedisScript.of(RoomScripts.GIVE_FLOOR, String.class);
    private static final RedisScript<String> END_FLOOR = RedisScript.of(RoomScripts.END_FLOOR, String.class);
    private static final RedisScript<String> SNAPSHOT = RedisScript.of(RoomScripts.SNAPSHOT, String.class);
    private static final RedisScript<String> SINCE = RedisScript.of(RoomScripts.SINCE, String.class);

    /** What a changing script answers: the seq after it, and the join/leave facts it queued. */
    record Outcome(long seq, List<String> facts) {
    }

    private final StringRedisTemplate redis;
    private final RedisKeySpace keys;
    private final RoomProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    RoomStore(StringRedisTemplate redis, RedisKeySpace keys, RoomProperties properties, JsonMapper json, Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /** {@code state}: the meeting's state, recorded if the room has none yet (null: not known here). */
    Outcome join(MeetingId meeting, String connection, UUID member, String node, String role, String person,
            boolean bypassLock, String state) {
        var now = now();
        return outcome(run(JOIN, meeting, now, connection, member.toString(), node, role,
                Long.toString(expiry(now)), person, bypassLock ? "1" : "0", state == null ? "" : state));
    }

    Outcome leave(MeetingId meeting, String connection, String cause) {
        return outcome(run(LEAVE, meeting, now(), connection, cause));
    }

    /** A connection present in a meeting, as the heart-beats name it. */
    record Present(MeetingId meeting, String connection) {
    }

    /**
     * Refreshes the presence of these connections (at most {@link #HEARTBEAT_BATCH}) in one Lua call; answers
     * the positions of those no longer present (they were swept and must join again).
     */
    List<Integer> heartbeats(List<Present> connections) {
        var args = new ArrayList<String>(2 + connections.size());
        args.add(keys.keyPrefix());
        args.add(Long.toString(expiry(now())));
        for (var c : connections) {
            args.add(c.meeting() + " " + c.connection());
        }
        var answer = redis.execute(HEARTBEATS, List.of(), args.toArray());
        var gone = new ArrayList<Integer>();
        if (answer != null) {
            for (var position : answer) {
                gone.add(((Number) position).intValue());
            }
        }
        return gone;
    }

    Outcome sweep(int limit) {
        return outcome(redis.execute(SWEEP, List.of(), args("", now(), Integer.toString(limit))));
    }

    Outcome remove(MeetingId meeting, UUID member, String reason) {
        return outcome(run(REMOVE, meeting, now(), member.toString(), json.writeValueAsString(reason)));
    }

    Outcome endAll(MeetingId meeting) {
        return outcome(run(END_ALL, meeting, now()));
    }

    /** Sets the meeting's state; announced with an event only when it changed and {@code announce}. */
    Outcome state(MeetingId meeting, String state, boolean announce) {
        return outcome(run(STATE, meeting, now(), state, announce ? "1" : "0"));
    }

    Outcome lock(MeetingId meeting, boolean locked) {
        return outcome(run(LOCK, meeting, now(), locked ? "1" : "0"));
    }

    Outcome agenda(MeetingId meeting, String itemJson) {
        return outcome(run(AGENDA, meeting, now(), itemJson));
    }

    /** Sequences and fans out another module's event; {@code fields} is a JSON object fragment without braces. */
    Outcome announce(MeetingId meeting, String fields) {
        return outcome(run(ANNOUNCE, meeting, now(), fields));
    }

    Outcome raiseHand(MeetingId meeting, String connection, UUID member) {
        return outcome(run(RAISE, meeting, now(), connection, member.toString()));
    }

    Outcome lowerHand(MeetingId meeting, String connection, UUID member) {
        return outcome(run(LOWER, meeting, now(), connection, member.toString()));
    }

    Outcome giveFloor(MeetingId meeting, UUID member, String speakerJson, Instant at) {
        return outcome(run(GIVE_FLOOR, meeting, at, member.toString(), speakerJson));
    }

    Outcome endFloor(MeetingId meeting, Instant at) {
        return outcome(run(END_FLOOR, meeting, at));
    }

    JsonNode snapshot(MeetingId meeting) {
        return json.readTree(run(SNAPSHOT, meeting, now()));
    }

    /** The events after {@code lastSeq} as a {@code missed} message, or null when a resync is needed. */
    String since(MeetingId meeting, long lastSeq) {
        var answer = run(SINCE, meeting, now(), Long.toString(lastSeq), Integer.toString(properties.maxReplay()));
        return "resync".equals(answer) ? null : answer;
    }

    /** The oldest queued facts, for handing over those a node left behind. */
    List<String> queuedFacts(int count) {
        var facts = redis.opsForList().range(keys.key("room", "facts"), -count, -1);
        return facts == null ? List.of() : facts;
    }

    /** Removes the facts from the queue, in one round trip. */
    void factsHandedOver(List<String> facts) {
        var key = keys.key("room", "facts");
        redis.executePipelined(new org.springframework.data.redis.core.SessionCallback<Object>() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public Object execute(org.springframework.data.redis.core.RedisOperations operations) {
                for (var fact : facts) {
                    operations.opsForList().remove(key, 1, fact);
                }
                return null;
            }
        });
    }

    private String run(RedisScript<String> script, MeetingId meeting, Instant now, String... more) {
        return redis.execute(script, List.of(), args(meeting.toString(), now, more));
    }

    private Object[] args(String meeting, Instant now, String... more) {
        var all = new ArrayList<String>(5 + more.length);
        all.add(keys.keyPrefix());
        all.add(meeting);
        all.add(Long.toString(now.toEpochMilli()));
        all.add(now.toString());
        all.add(Integer.toString(properties.streamLength()));
        all.addAll(List.of(more));
        return all.toArray();
    }

    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    /** Members present now (one entry per member in {@code room:{m}:devices}, whatever their devices). */
    long presentMembers(MeetingId meeting) {
        return redis.opsForHash().size(keys.key("room", "{" + meeting + "}", "devices"));
    }

    boolean isRemoved(MeetingId meeting, UUID member) {
        return Boolean.TRUE.equals(redis.opsForSet().isMember(keys.key("room", "{" + meeting + "}", "removed"),
                member.toString()));
    }

    private long expiry(Instant now) {
        return now.plus(properties.presenceTtl()).toEpochMilli();
    }

    private Outcome outcome(String answer) {
        var node = json.readTree(answer);
        if (node.has("error")) {
            throw RoomRefusal.byCode(node.get("error").asString());
        }
        var facts = new ArrayList<String>();
        node.path("facts").forEach(f -> facts.add(f.asString()));
        return new Outcome(node.path("seq").asLong(), facts);
    }
}
