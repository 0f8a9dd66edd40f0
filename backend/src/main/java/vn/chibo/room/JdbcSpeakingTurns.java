package vn.chibo.room;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.chibo.meeting.MeetingId;

@Repository
class JdbcSpeakingTurns implements SpeakingTurns {

    private static final String SELECT = """
            select id, meeting_id, member_id, agenda_item_id, started_at, ended_at
            from room.speaking_turn where meeting_id = :meeting order by started_at, id
            """;
    private static final String END_RUNNING = """
            update room.speaking_turn set ended_at = greatest(started_at, :at)
            where meeting_id = :meeting and ended_at is null
            """;
    /** Floor changes of one meeting wait for each other (the event of one goes out before its commit). */
    private static final String LOCK = "select pg_advisory_xact_lock(hashtextextended(:meeting, 60))";
    private static final String INSERT = """
            insert into room.speaking_turn (id, meeting_id, member_id, agenda_item_id, started_at)
            values (:id, :meeting, :member, :item, :at)
            """;

    private final JdbcClient jdbc;

    JdbcSpeakingTurns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SpeakingTurn> of(MeetingId meetingId) {
        return jdbc.sql(SELECT).param("meeting", meetingId.value())
                .query((rs, n) -> new SpeakingTurn(rs.getObject("id", UUID.class), meetingId,
                        rs.getObject("member_id", UUID.class), rs.getObject("agenda_item_id", UUID.class),
                        instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("ended_at"))))
                .list();
    }

    /** Call first inside the transaction of a floor change. */
    void lock(MeetingId meetingId) {
        jdbc.sql(LOCK).param("meeting", meetingId.toString()).query((rs, n) -> 1).list();
    }

    void endRunning(MeetingId meetingId, Instant at) {
        jdbc.sql(END_RUNNING).param("meeting", meetingId.value()).param("at", Timestamp.from(at)).update();
    }

    void start(MeetingId meetingId, UUID memberId, UUID agendaItemId, Instant at) {
        jdbc.sql(INSERT).param("id", UUID.randomUUID()).param("meeting", meetingId.value()).param("member", memberId)
                .param("item", agendaItemId).param("at", Timestamp.from(at)).update();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
