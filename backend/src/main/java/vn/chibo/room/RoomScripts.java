package vn.chibo.room;

/**
 * The Lua scripts behind every change of a room in Redis (key layout in package-info). Each runs atomically,
 * so two nodes never disagree: a change, the sequence number of its event, the event in the meeting's stream
 * and its publication to every node happen together or not at all.
 *
 * <p>Every script gets {@code ARGV[1]} key prefix, {@code ARGV[2]} meeting id, {@code ARGV[3]} now in epoch
 * milliseconds, {@code ARGV[4]} now as ISO-8601, {@code ARGV[5]} stream length; its own arguments follow.
 * Keys are derived inside the scripts (one Redis, or Sentinel; not Redis Cluster).
 */
final class RoomScripts {

    private RoomScripts() {
    }

    private static final String PRELUDE = """
            local P = ARGV[1]
            local M = ARGV[2]
            local NOW_MS = tonumber(ARGV[3])
            local NOW = ARGV[4]
            local CAP = tonumber(ARGV[5])
            local KEEP = 172800
            local function k(m, part) return P .. 'room:{' .. m .. '}:' .. part end
            local PRESENCE = P .. 'room:presence'
            local FACTS = P .. 'room:facts'
            local function emit(m, body)
              local seq = redis.call('INCR', k(m, 'seq'))
              local json = '{"seq":' .. seq .. ',"meetingId":"' .. m .. '","at":"' .. NOW .. '",' .. body .. '}'
              local ok = pcall(redis.call, 'XADD', k(m, 'events'), 'MAXLEN', '~', CAP, seq .. '-0', 'e', json)
              if not ok then
                redis.call('DEL', k(m, 'events'))
                redis.call('XADD', k(m, 'events'), 'MAXLEN', '~', CAP, seq .. '-0', 'e', json)
              end
              redis.call('PUBLISH', k(m, 'bus'), json)
              for _, part in ipairs({'seq', 'events', 'room', 'people', 'devices', 'conns', 'hands', 'removed'}) do
                redis.call('EXPIRE', k(m, part), KEEP)
              end
              return seq
            end
            local function currentSeq(m) return tonumber(redis.call('GET', k(m, 'seq')) or '0') end
            local function fact(kind, m, member, conn, role, cause)
              local f = cjson.encode({kind = kind, meetingId = m, memberId = member, connectionId = conn,
                                      role = role, cause = cause, at = NOW, atMs = NOW_MS})
              redis.call('LPUSH', FACTS, f)
              return f
            end
            local function handCause(cause)
              if cause == 'removed' or cause == 'meeting-ended' then return cause end
              return 'left'
            end
            local function drop(m, conn, cause, facts)
              redis.call('ZREM', PRESENCE, m .. ' ' .. conn)
              local v = redis.call('HGET', k(m, 'conns'), conn)
              if not v then return end
              redis.call('HDEL', k(m, 'conns'), conn)
              local member, node, role = string.match(v, '(%S+) (%S+) (%S+)')
              local n = redis.call('HINCRBY', k(m, 'devices'), member, -1)
              if n <= 0 then
                redis.call('HDEL', k(m, 'devices'), member)
                if redis.call('ZREM', k(m, 'hands'), member) == 1 then
                  emit(m, '"type":"hand-lowered","memberId":"' .. member .. '","cause":"' .. handCause(cause) .. '"')
                end
                emit(m, '"type":"participant-left","memberId":"' .. member .. '","cause":"' .. cause .. '"')
              else
                emit(m, '"type":"participant-devices","memberId":"' .. member .. '","devices":' .. n)
              end
              table.insert(facts, fact('LEAVE', m, member, conn, role, cause))
            end
            local function result(seq, facts)
              local out = '{"seq":' .. seq
              if #facts > 0 then
                local quoted = {}
                for i, f in ipairs(facts) do quoted[i] = cjson.encode(f) end
                out = out .. ',"facts":[' .. table.concat(quoted, ',') .. ']'
              end
              return out .. '}'
            end
            local function refuse(code) return '{"error":"' .. code .. '"}' end
            """;

    /**
     * ARGV 6 connection, 7 member, 8 node, 9 role, 10 expires at (ms), 11 person fragment, 12 may bypass the lock,
     * 13 the meeting's state as the joining node knows it (recorded when the room has none yet; empty: unknown).
     */
    static final String JOIN = PRELUDE + """
            local CONN, MEMBER, NODE, ROLE, EXP, PERSON, BYPASS = ARGV[6], ARGV[7], ARGV[8], ARGV[9], ARGV[10], ARGV[11], ARGV[12]
            if ARGV[13] ~= '' and not redis.call('HGET', k(M, 'room'), 'state') then
              redis.call('HSET', k(M, 'room'), 'state', ARGV[13])
            end
            if redis.call('SISMEMBER', k(M, 'removed'), MEMBER) == 1 then return refuse('removed-from-meeting') end
            if redis.call('HEXISTS', k(M, 'conns'), CONN) == 1 then
              redis.call('ZADD', PRESENCE, EXP, M .. ' ' .. CONN)
              return result(currentSeq(M), {})
            end
            if BYPASS ~= '1' and redis.call('HGET', k(M, 'room'), 'locked') == '1'
                and redis.call('HEXISTS', k(M, 'people'), MEMBER) == 0 then
              return refuse('room-locked')
            end
            redis.call('HSET', k(M, 'conns'), CONN, MEMBER .. ' ' .. NODE .. ' ' .. ROLE)
            redis.call('ZADD', PRESENCE, EXP, M .. ' ' .. CONN)
            redis.call('HSET', k(M, 'people'), MEMBER, PERSON)
            local n = redis.call('HINCRBY', k(M, 'devices'), MEMBER, 1)
            local seq
            if n == 1 then
              seq = emit(M, '"type":"participant-joined","participant":{' .. PERSON .. ',"present":true,"devices":1}')
            else
              seq = emit(M, '"type":"participant-devices","memberId":"' .. MEMBER .. '","devices":' .. n)
            end
            return result(seq, {fact('JOIN', M, MEMBER, CONN, ROLE, 'joined')})
            """;

    /** ARGV 6 connection, 7 cause. */
    static final String LEAVE = PRELUDE + """
            local facts = {}
            drop(M, ARGV[6], ARGV[7], facts)
            return result(currentSeq(M), facts)
            """;

    /**
     * The presence heart-beats of many connections in one call (a node sends those of all its connections due a
     * refresh, in batches), without the prelude: one {@code ZADD XX CH} pushes every expiry forward and counts
     * the connections still present (XX: one swept meanwhile is not put back; CH: every expiry moves forward, so
     * each present one counts). Only when some are missing does {@code ZMSCORE} say which. ARGV 1 key prefix,
     * 2 expires at (ms), then the presence entries ("meetingId connectionId"). Answers the positions (0-based)
     * of the entries no longer present (swept: they must join again).
     */
    static final String HEARTBEATS = """
            local PRESENCE = ARGV[1] .. 'room:presence'
            local EXP = ARGV[2]
            local n = #ARGV - 2
            local args = {}
            for i = 1, n do
              args[2 * i - 1] = EXP
              args[2 * i] = ARGV[i + 2]
            end
            local present = redis.call('ZADD', PRESENCE, 'XX', 'CH', unpack(args))
            local gone = {}
            if present < n then
              local scores = redis.call('ZMSCORE', PRESENCE, unpack(ARGV, 3))
              for i = 1, n do
                if not scores[i] then gone[#gone + 1] = i - 1 end
              end
            end
            return gone
            """;

    /** ARGV 6 how many expired connections at most. */
    static final String SWEEP = PRELUDE + """
            local due = redis.call('ZRANGEBYSCORE', PRESENCE, '-inf', NOW_MS, 'LIMIT', 0, tonumber(ARGV[6]))
            local facts = {}
            for _, entry in ipairs(due) do
              local m, conn = string.match(entry, '(%S+) (%S+)')
              if m then drop(m, conn, 'expired', facts) else redis.call('ZREM', PRESENCE, entry) end
            end
            return result(#due, facts)
            """;

    /** ARGV 6 member, 7 reason as a JSON string. Drops every connection of the member and bars them. */
    static final String REMOVE = PRELUDE + """
            local MEMBER = ARGV[6]
            redis.call('SADD', k(M, 'removed'), MEMBER)
            local seq = emit(M, '"type":"participant-removed","memberId":"' .. MEMBER .. '","reason":' .. ARGV[7])
            local facts = {}
            local conns = redis.call('HGETALL', k(M, 'conns'))
            for i = 1, #conns, 2 do
              if string.sub(conns[i + 1], 1, #MEMBER) == MEMBER then drop(M, conns[i], 'removed', facts) end
            end
            if redis.call('ZREM', k(M, 'hands'), MEMBER) == 1 then
              emit(M, '"type":"hand-lowered","memberId":"' .. MEMBER .. '","cause":"removed"')
            end
            return result(currentSeq(M), facts)
            """;

    /** Every connection leaves because the meeting ended; the queue is cleared. */
    static final String END_ALL = PRELUDE + """
            local facts = {}
            local conns = redis.call('HKEYS', k(M, 'conns'))
            for _, conn in ipairs(conns) do drop(M, conn, 'meeting-ended', facts) end
            local hands = redis.call('ZRANGE', k(M, 'hands'), 0, -1)
            for _, member in ipairs(hands) do
              emit(M, '"type":"hand-lowered","memberId":"' .. member .. '","cause":"meeting-ended"')
            end
            redis.call('DEL', k(M, 'hands'))
            return result(currentSeq(M), facts)
            """;

    /** ARGV 6 state, 7 '1' to announce it (otherwise only set when unknown). */
    static final String STATE = PRELUDE + """
            local old = redis.call('HGET', k(M, 'room'), 'state')
            if ARGV[7] ~= '1' then
              if not old then redis.call('HSET', k(M, 'room'), 'state', ARGV[6]) end
              return result(currentSeq(M), {})
            end
            if old == ARGV[6] then return result(currentSeq(M), {}) end
            redis.call('HSET', k(M, 'room'), 'state', ARGV[6])
            return result(emit(M, '"type":"meeting-state-changed","state":"' .. ARGV[6] .. '"'), {})
            """;

    /** ARGV 6 '1' locked or '0'. */
    static final String LOCK = PRELUDE + """
            local old = redis.call('HGET', k(M, 'room'), 'locked') or '0'
            if old == ARGV[6] then return result(currentSeq(M), {}) end
            redis.call('HSET', k(M, 'room'), 'locked', ARGV[6])
            local locked = 'false'
            if ARGV[6] == '1' then locked = 'true' end
            return result(emit(M, '"type":"room-lock-changed","locked":' .. locked), {})
            """;

    /**
     * ARGV 6 the event's own fields as a JSON object fragment without braces ({@code "type":"vote-opened",...}),
     * written by another module through {@link RoomAnnouncements}; sequenced and fanned out like the room's own.
     */
    static final String ANNOUNCE = PRELUDE + """
            return result(emit(M, ARGV[6]), {})
            """;

    /** ARGV 6 the item as JSON, or 'null'. */
    static final String AGENDA = PRELUDE + """
            if ARGV[6] == 'null' then redis.call('HDEL', k(M, 'room'), 'item')
            else redis.call('HSET', k(M, 'room'), 'item', ARGV[6]) end
            return result(emit(M, '"type":"agenda-item-changed","item":' .. ARGV[6]), {})
            """;

    /** ARGV 6 connection, 7 member. Raising again keeps the first time. */
    static final String RAISE = PRELUDE + """
            local v = redis.call('HGET', k(M, 'conns'), ARGV[6])
            if not v or string.sub(v, 1, #ARGV[7]) ~= ARGV[7] then return refuse('not-joined') end
            if redis.call('ZSCORE', k(M, 'hands'), ARGV[7]) then return result(currentSeq(M), {}) end
            redis.call('ZADD', k(M, 'hands'), NOW_MS, ARGV[7])
            return result(emit(M, '"type":"hand-raised","memberId":"' .. ARGV[7] .. '","raisedAt":"' .. NOW .. '"'), {})
            """;

    /** ARGV 6 connection, 7 member. */
    static final String LOWER = PRELUDE + """
            local v = redis.call('HGET', k(M, 'conns'), ARGV[6])
            if not v or string.sub(v, 1, #ARGV[7]) ~= ARGV[7] then return refuse('not-joined') end
            if redis.call('ZREM', k(M, 'hands'), ARGV[7]) == 0 then return result(currentSeq(M), {}) end
            return result(emit(M, '"type":"hand-lowered","memberId":"' .. ARGV[7] .. '","cause":"lowered"'), {})
            """;

    /** ARGV 6 member, 7 speaker JSON. Ends a running turn first. */
    static final String GIVE_FLOOR = PRELUDE + """
            local MEMBER = ARGV[6]
            if not redis.call('HGET', k(M, 'devices'), MEMBER) then return refuse('not-present') end
            local person = redis.call('HGET', k(M, 'people'), MEMBER) or ''
            if string.find(person, '"role":"OBSERVER"', 1, true) then return refuse('observer-cannot-speak') end
            local previous = redis.call('HGET', k(M, 'room'), 'speaker')
            if previous then
              local p = cjson.decode(previous)
              emit(M, '"type":"floor-ended","memberId":"' .. p.memberId .. '","startedAt":"' .. p.startedAt
                     .. '","endedAt":"' .. NOW .. '"')
            end
            if redis.call('ZREM', k(M, 'hands'), MEMBER) == 1 then
              emit(M, '"type":"hand-lowered","memberId":"' .. MEMBER .. '","cause":"floor-given"')
            end
            redis.call('HSET', k(M, 'room'), 'speaker', ARGV[7])
            return result(emit(M, '"type":"floor-given","speaker":' .. ARGV[7]), {})
            """;

    static final String END_FLOOR = PRELUDE + """
            local previous = redis.call('HGET', k(M, 'room'), 'speaker')
            if not previous then return refuse('no-floor') end
            redis.call('HDEL', k(M, 'room'), 'speaker')
            local p = cjson.decode(previous)
            return result(emit(M, '"type":"floor-ended","memberId":"' .. p.memberId .. '","startedAt":"' .. p.startedAt
                   .. '","endedAt":"' .. NOW .. '"'), {})
            """;

    /** The room's state read at one instant, with the seq it reflects. */
    static final String SNAPSHOT = PRELUDE + """
            local room = {}
            local fields = redis.call('HGETALL', k(M, 'room'))
            for i = 1, #fields, 2 do room[fields[i]] = fields[i + 1] end
            local devices = {}
            local d = redis.call('HGETALL', k(M, 'devices'))
            for i = 1, #d, 2 do devices[d[i]] = d[i + 1] end
            local people = {}
            local p = redis.call('HGETALL', k(M, 'people'))
            for i = 1, #p, 2 do
              local n = devices[p[i]] or '0'
              local present = 'false'
              if n ~= '0' then present = 'true' end
              table.insert(people, '{' .. p[i + 1] .. ',"present":' .. present .. ',"devices":' .. n .. '}')
            end
            local queue = {}
            local h = redis.call('ZRANGE', k(M, 'hands'), 0, -1, 'WITHSCORES')
            for i = 1, #h, 2 do
              table.insert(queue, '{"memberId":"' .. h[i] .. '","raisedAtMs":' .. h[i + 1] .. '}')
            end
            local function quoted(v) if v then return '"' .. v .. '"' end return 'null' end
            local locked = 'false'
            if room.locked == '1' then locked = 'true' end
            return '{"seq":' .. currentSeq(M) .. ',"state":' .. quoted(room.state) .. ',"locked":' .. locked
              .. ',"currentItem":' .. (room.item or 'null') .. ',"speaker":' .. (room.speaker or 'null')
              .. ',"participants":[' .. table.concat(people, ',') .. '],"queue":[' .. table.concat(queue, ',') .. ']}'
            """;

    /** ARGV 6 last seq the client saw, 7 most events to replay. Answers 'resync' or the missed events. */
    static final String SINCE = PRELUDE + """
            local seq = currentSeq(M)
            local last = tonumber(ARGV[6])
            if last == nil or last > seq or seq - last > tonumber(ARGV[7]) then return 'resync' end
            if last == seq then return '{"type":"missed","seq":' .. seq .. ',"events":[]}' end
            local entries = redis.call('XRANGE', k(M, 'events'), (last + 1) .. '-0', '+')
            if #entries ~= seq - last or entries[1][1] ~= (last + 1) .. '-0' then return 'resync' end
            local out = {}
            for i, e in ipairs(entries) do out[i] = e[2][2] end
            return '{"type":"missed","seq":' .. seq .. ',"events":[' .. table.concat(out, ',') .. ']}'
            """;
}
