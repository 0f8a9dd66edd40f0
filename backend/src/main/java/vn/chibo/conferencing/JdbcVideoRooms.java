package vn.chibo.conferencing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.chibo.meeting.MeetingId;

/** Which meeting a Jitsi room belongs to, and which rooms are live (open or in progress). */
@Repository
class JdbcVideoRooms {

    private static final String REGISTER = """
            insert into conferencing.video_room (room_name, meeting_id, live, registered_at)
            values (:room, :meeting, :live, :now)
            on conflict (room_name) do update set live = true
            where conferencing.video_room.meeting_id = excluded.meeting_id and excluded.live
            """;

    private static final String MEETING_OF = """
            select meeting_id from conferencing.video_room where room_name = :room
            """;

    private static final String SET_LIVE = """
            update conferencing.video_room set live = :live where meeting_id = :meeting
            """;

    private static final String LIVE = """
            select room_name, meeting_id from conferencing.video_room where live order by room_name
            """;

    /** One node at a time: the claim holds until {@code until}; a node that dies lets it lapse. */
    private static final String CLAIM = """
            update conferencing.video_room set claimed_until = :until
            where room_name = :room and live and (claimed_until is null or claimed_until <= :now)
            """;

    record LiveRoom(String roomName, MeetingId meetingId) {
    }

    private final JdbcClient jdbc;

    JdbcVideoRooms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Registers the room; {@code live} turns it live, while {@code false} never turns a live room off. */
    void register(String room, MeetingId meeting, boolean live, Instant now) {
        jdbc.sql(REGISTER).param("room", room).param("meeting", meeting.value()).param("live", live)
                .param("now", java.sql.Timestamp.from(now)).update();
    }

    Optional<MeetingId> meetingOf(String room) {
        return jdbc.sql(MEETING_OF).param("room", room).query(UUID.class).optional().map(MeetingId::new);
    }

    void setLive(MeetingId meeting, boolean live) {
        jdbc.sql(SET_LIVE).param("meeting", meeting.value()).param("live", live).update();
    }

    List<LiveRoom> live() {
        return jdbc.sql(LIVE).query((rs, n) -> new LiveRoom(rs.getString("room_name"),
                new MeetingId(rs.getObject("meeting_id", UUID.class)))).list();
    }

    boolean claim(String room, Instant now, Duration hold) {
        return jdbc.sql(CLAIM).param("room", room).param("now", java.sql.Timestamp.from(now))
                .param("until", java.sql.Timestamp.from(now.plus(hold))).update() == 1;
    }
}
