package vn.chibo.conferencing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.chibo.conferencing.JitsiPresenceChanged.Closure;
import vn.chibo.meeting.MeetingId;

/**
 * Connections of members to a meeting's call. Every write is an upsert on the connection's natural key (room,
 * breakout room, occupant JID) guarded by a WHERE that only lets a change through when it adds something, and
 * returns the row only then — so a caller publishes exactly when an interval changed.
 */
@Repository
class JdbcJitsiIntervals {

    private static final String COLUMNS = """
            id, meeting_id, member_id, breakout_room_id, joined_at, left_at, closed_by
            """;

    private static final String JOINED = """
            insert into conferencing.jitsi_interval (id, meeting_id, member_id, room_name, breakout_room_id,
                                                     occupant_jid, joined_at)
            values (:id, :meeting, :member, :room, :breakout, :jid, :joined)
            on conflict (room_name, breakout_room_id, occupant_jid) do update
            set joined_at = excluded.joined_at,
                left_at = case when conferencing.jitsi_interval.left_at is null then null
                               else greatest(conferencing.jitsi_interval.left_at, excluded.joined_at) end,
                version = conferencing.jitsi_interval.version + 1
            where conferencing.jitsi_interval.joined_at is null
            returning\s""" + COLUMNS;

    /** A leave (from `left` or from `destroyed.all_occupants`): overrides only an open row or a meeting-end guess. */
    private static final String CLOSED = """
            insert into conferencing.jitsi_interval (id, meeting_id, member_id, room_name, breakout_room_id,
                                                     occupant_jid, joined_at, left_at, closed_by)
            values (:id, :meeting, :member, :room, :breakout, :jid, :joined, :left, :closure)
            on conflict (room_name, breakout_room_id, occupant_jid) do update
            set joined_at = coalesce(conferencing.jitsi_interval.joined_at, excluded.joined_at),
                left_at = greatest(excluded.left_at, coalesce(conferencing.jitsi_interval.joined_at, excluded.joined_at)),
                closed_by = excluded.closed_by, version = conferencing.jitsi_interval.version + 1
            where conferencing.jitsi_interval.left_at is null or conferencing.jitsi_interval.closed_by = 'MEETING_ENDED'
            returning\s""" + COLUMNS;

    /** Everyone still in a room instance [created, destroyed] when it was destroyed. */
    private static final String CLOSE_ROOM = """
            update conferencing.jitsi_interval
            set left_at = greatest(:at, joined_at), closed_by = 'ROOM_DESTROYED', version = version + 1
            where room_name = :room and breakout_room_id = :breakout and left_at is null
              and (cast(:created as timestamptz) is null or joined_at >= :created) and joined_at <= :at
            returning\s""" + COLUMNS;

    private static final String CLOSE_MEETING = """
            update conferencing.jitsi_interval
            set left_at = greatest(:at, joined_at), closed_by = 'MEETING_ENDED', version = version + 1
            where meeting_id = :meeting and left_at is null
            returning\s""" + COLUMNS;

    private static final String OF_MEETING = """
            select\s""" + COLUMNS + """
            from conferencing.jitsi_interval where meeting_id = :meeting order by joined_at, id
            """;

    private static final String OPEN_IN_MAIN_ROOM = """
            select count(*) from conferencing.jitsi_interval
            where room_name = :room and breakout_room_id = '' and left_at is null
            """;

    /** One interval as stored; joinedAt may be null only while a `left` without a join time waits for its `joined`. */
    record Interval(UUID id, MeetingId meetingId, UUID memberId, String breakoutRoomId, Instant joinedAt,
            Instant leftAt, Closure closedBy) {

        JitsiPresenceChanged changed(String eventKey) {
            return new JitsiPresenceChanged(meetingId, memberId, id, breakoutRoomId, joinedAt, leftAt, closedBy, eventKey);
        }
    }

    /** Where a connection was: the meeting, the room (as Prosody names it) and the breakout room ('' = main). */
    record Place(MeetingId meeting, String room, String breakout) {
    }

    private final JdbcClient jdbc;

    JdbcJitsiIntervals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Interval> joined(Place place, UUID member, String jid, Instant joinedAt) {
        return jdbc.sql(JOINED).param("id", UUID.randomUUID()).param("meeting", place.meeting().value())
                .param("member", member).param("room", place.room()).param("breakout", place.breakout())
                .param("jid", jid).param("joined", ts(joinedAt)).query(JdbcJitsiIntervals::interval).optional();
    }

    Optional<Interval> closed(Place place, UUID member, String jid, Instant joinedAt, Instant leftAt, Closure closure) {
        var left = joinedAt != null && leftAt.isBefore(joinedAt) ? joinedAt : leftAt;
        return jdbc.sql(CLOSED).param("id", UUID.randomUUID()).param("meeting", place.meeting().value())
                .param("member", member).param("room", place.room()).param("breakout", place.breakout())
                .param("jid", jid).param("joined", ts(joinedAt)).param("left", ts(left)).param("closure", closure.name())
                .query(JdbcJitsiIntervals::interval).optional();
    }

    List<Interval> closeRoom(String room, String breakout, Instant createdAt, Instant destroyedAt) {
        return jdbc.sql(CLOSE_ROOM).param("room", room).param("breakout", breakout).param("created", ts(createdAt))
                .param("at", ts(destroyedAt)).query(JdbcJitsiIntervals::interval).list();
    }

    List<Interval> closeMeeting(MeetingId meeting, Instant at) {
        return jdbc.sql(CLOSE_MEETING).param("meeting", meeting.value()).param("at", ts(at))
                .query(JdbcJitsiIntervals::interval).list();
    }

    List<Interval> ofMeeting(MeetingId meeting) {
        return jdbc.sql(OF_MEETING).param("meeting", meeting.value()).query(JdbcJitsiIntervals::interval).list();
    }

    int openInMainRoom(String room) {
        return jdbc.sql(OPEN_IN_MAIN_ROOM).param("room", room).query(Integer.class).single();
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Interval interval(ResultSet rs, int row) throws SQLException {
        var joined = rs.getTimestamp("joined_at");
        var left = rs.getTimestamp("left_at");
        var closedBy = rs.getString("closed_by");
        return new Interval(rs.getObject("id", UUID.class), new MeetingId(rs.getObject("meeting_id", UUID.class)),
                rs.getObject("member_id", UUID.class), rs.getString("breakout_room_id"),
                joined == null ? null : joined.toInstant(), left == null ? null : left.toInstant(),
                closedBy == null ? null : Closure.valueOf(closedBy));
    }
}
