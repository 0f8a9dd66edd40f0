package vn.chibo.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Meetings, their guests, state changes and agenda items. Updates match the version they read. */
@Repository
class JdbcMeetings {

    private static final String COLUMNS = """
            id, unit_id, cell_id, kind, mode, state, title, starts_at, ends_at, started_at, ended_at, place, video_room,
            chair_member_id, minute_taker_member_id, online_pilot, authorisation_id, recording_enabled, from_schedule,
            state_reason, postponed_to_id, created_by, version
            """;

    private static final String BY_ID = "select " + COLUMNS + " from meeting.meeting where id = :id";

    private static final String OF_UNITS = "select " + COLUMNS + """
             from meeting.meeting
             where unit_id = any(cast(:units as uuid[])) and starts_at >= :from and starts_at < :to
             order by starts_at, id
            """;

    private static final String OF_CELL = "select " + COLUMNS + """
             from meeting.meeting
             where cell_id = :cell and starts_at >= :from and starts_at < :to
             order by starts_at, id
            """;

    private static final String AS_GUEST = "select " + COLUMNS + """
             from meeting.meeting m join meeting.meeting_guest g on g.meeting_id = m.id
             where g.member_id = :member and m.starts_at >= :from and m.starts_at < :to
            """;

    private static final String INSERT = """
            insert into meeting.meeting (id, unit_id, cell_id, kind, mode, state, title, starts_at, ends_at, started_at,
                   ended_at, place, video_room, chair_member_id, minute_taker_member_id, online_pilot, authorisation_id,
                   recording_enabled, from_schedule, state_reason, created_by)
            values (:id, :unit, :cell, :kind, :mode, :state, :title, :startsAt, :endsAt, :startedAt, :endedAt, :place,
                   :videoRoom, :chair, :minuteTaker, :onlinePilot, :authorisation, :recording, :fromSchedule, :reason,
                   :createdBy)
            """;

    /** A generated occurrence: the unique index on (cell, month) of generated meetings makes it idempotent. */
    private static final String INSERT_GENERATED = INSERT
            + " on conflict do nothing";

    private static final String UPDATE = """
            update meeting.meeting
               set kind = :kind, mode = :mode, state = :state, title = :title, starts_at = :startsAt, ends_at = :endsAt,
                   started_at = :startedAt, ended_at = :endedAt, place = :place, video_room = :videoRoom,
                   chair_member_id = :chair, minute_taker_member_id = :minuteTaker, online_pilot = :onlinePilot,
                   authorisation_id = :authorisation, recording_enabled = :recording, state_reason = :reason,
                   postponed_to_id = :postponedTo, version = version + 1
             where id = :id and version = :version
            """;

    private static final String STATE_CHANGE = """
            insert into meeting.state_change (meeting_id, from_state, to_state, reason, actor, at)
            values (:meeting, :from, :to, :reason, :actor, :at)
            """;

    private static final String STATE_CHANGES = """
            select from_state, to_state, reason, actor, at from meeting.state_change where meeting_id = :meeting order by id
            """;

    private static final String GUESTS = "select member_id from meeting.meeting_guest where meeting_id = :meeting order by member_id";

    private static final String DROP_GUESTS = "delete from meeting.meeting_guest where meeting_id = :meeting";

    private static final String ADD_GUESTS = """
            insert into meeting.meeting_guest (meeting_id, member_id)
            select :meeting, unnest(cast(:members as uuid[])) on conflict do nothing
            """;

    private static final String ITEM_COLUMNS = """
            id, meeting_id, position, title, item_type, classification, secret_ballot, presenter_member_id,
            presenter_name, planned_minutes, notes
            """;

    private static final String AGENDA = "select " + ITEM_COLUMNS
            + " from meeting.agenda_item where meeting_id = :meeting order by position";

    private static final String INSERT_ITEM = """
            insert into meeting.agenda_item (id, meeting_id, position, title, item_type, classification, secret_ballot,
                   presenter_member_id, presenter_name, planned_minutes, notes)
            values (:id, :meeting, :position, :title, :type, :classification, :secretBallot, :presenter,
                   :presenterName, :plannedMinutes, :notes)
            """;

    private static final String UPDATE_ITEM = """
            update meeting.agenda_item
               set title = :title, item_type = :type, classification = :classification, secret_ballot = :secretBallot,
                   presenter_member_id = :presenter, presenter_name = :presenterName, planned_minutes = :plannedMinutes,
                   notes = :notes
             where id = :id and meeting_id = :meeting
            """;

    private static final String DELETE_ITEM = "delete from meeting.agenda_item where id = :id and meeting_id = :meeting";

    private static final String REORDER = """
            update meeting.agenda_item a set position = t.position
              from unnest(cast(:ids as uuid[])) with ordinality as t(id, position)
             where a.id = t.id and a.meeting_id = :meeting
            """;

    /** R24: the calendar months (local time) in which the cell's groups met, in a year, leaving one meeting out. */
    private static final String GROUP_MEETING_MONTHS = """
            select distinct date_trunc('month', starts_at at time zone 'Asia/Ho_Chi_Minh')::date
              from meeting.meeting
             where cell_id = :cell and unit_id <> cell_id and state not in ('CANCELLED', 'POSTPONED') and id <> :except
               and starts_at >= :from and starts_at < :to
            """;

    private final JdbcClient jdbc;

    JdbcMeetings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Meeting> find(UUID id) {
        return jdbc.sql(BY_ID).param("id", id).query(JdbcMeetings::meeting).optional();
    }

    List<Meeting> ofUnits(Collection<UUID> units, Instant from, Instant to) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(OF_UNITS).param("units", units.stream().map(UUID::toString).toArray(String[]::new))
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).query(JdbcMeetings::meeting).list();
    }

    /** Meetings of the cell and of its groups starting in [from, to). */
    List<Meeting> ofCell(UUID cellId, Instant from, Instant to) {
        return jdbc.sql(OF_CELL).param("cell", cellId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(JdbcMeetings::meeting).list();
    }

    List<Meeting> asGuest(UUID memberId, Instant from, Instant to) {
        return jdbc.sql(AS_GUEST).param("member", memberId).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to)).query(JdbcMeetings::meeting).list();
    }

    void insert(Meeting m) {
        bind(jdbc.sql(INSERT), m).update();
    }

    /** Inserts a generated occurrence unless the cell already has one that month; answers whether it did. */
    boolean insertGenerated(Meeting m) {
        return bind(jdbc.sql(INSERT_GENERATED), m).update() == 1;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, Meeting m) {
        return sql.param("id", m.id()).param("unit", m.unitId()).param("cell", m.cellId())
                .param("kind", m.kind().name()).param("mode", m.mode().name()).param("state", m.state().name())
                .param("title", m.title()).param("startsAt", Timestamp.from(m.startsAt()))
                .param("endsAt", Timestamp.from(m.endsAt())).param("startedAt", timestamp(m.startedAt()))
                .param("endedAt", timestamp(m.endedAt())).param("place", m.place()).param("videoRoom", m.videoRoom())
                .param("chair", m.chairMemberId()).param("minuteTaker", m.minuteTakerMemberId())
                .param("onlinePilot", m.onlinePilot()).param("authorisation", m.authorisationId())
                .param("recording", m.recordingEnabled()).param("fromSchedule", m.fromSchedule())
                .param("reason", m.stateReason()).param("createdBy", m.createdBy());
    }

    /** Stores the changed meeting if nobody changed it since it was read; answers the stored version or empty. */
    Optional<Meeting> update(Meeting m) {
        var updated = jdbc.sql(UPDATE).param("id", m.id()).param("version", m.version())
                .param("kind", m.kind().name()).param("mode", m.mode().name()).param("state", m.state().name())
                .param("title", m.title()).param("startsAt", Timestamp.from(m.startsAt()))
                .param("endsAt", Timestamp.from(m.endsAt())).param("startedAt", timestamp(m.startedAt()))
                .param("endedAt", timestamp(m.endedAt())).param("place", m.place()).param("videoRoom", m.videoRoom())
                .param("chair", m.chairMemberId()).param("minuteTaker", m.minuteTakerMemberId())
                .param("onlinePilot", m.onlinePilot()).param("authorisation", m.authorisationId())
                .param("recording", m.recordingEnabled()).param("reason", m.stateReason())
                .param("postponedTo", m.postponedToId()).update();
        return updated == 1 ? find(m.id()) : Optional.empty();
    }

    void recordStateChange(UUID meetingId, MeetingState from, MeetingState to, String reason, String actor, Instant at) {
        jdbc.sql(STATE_CHANGE).param("meeting", meetingId).param("from", from == null ? null : from.name())
                .param("to", to.name()).param("reason", reason).param("actor", actor).param("at", Timestamp.from(at))
                .update();
    }

    record StateChange(MeetingState from, MeetingState to, String reason, String actor, Instant at) {
    }

    List<StateChange> stateChanges(UUID meetingId) {
        return jdbc.sql(STATE_CHANGES).param("meeting", meetingId).query((rs, n) -> new StateChange(
                rs.getString("from_state") == null ? null : MeetingState.valueOf(rs.getString("from_state")),
                MeetingState.valueOf(rs.getString("to_state")), rs.getString("reason"), rs.getString("actor"),
                rs.getTimestamp("at").toInstant())).list();
    }

    List<UUID> guests(UUID meetingId) {
        return jdbc.sql(GUESTS).param("meeting", meetingId).query(UUID.class).list();
    }

    void replaceGuests(UUID meetingId, Collection<UUID> members) {
        jdbc.sql(DROP_GUESTS).param("meeting", meetingId).update();
        if (!members.isEmpty()) {
            jdbc.sql(ADD_GUESTS).param("meeting", meetingId)
                    .param("members", members.stream().map(UUID::toString).distinct().toArray(String[]::new)).update();
        }
    }

    List<AgendaItem> agenda(UUID meetingId) {
        return jdbc.sql(AGENDA).param("meeting", meetingId).query(JdbcMeetings::item).list();
    }

    void insertItem(AgendaItem item) {
        bindItem(jdbc.sql(INSERT_ITEM), item).param("position", item.position()).update();
    }

    boolean updateItem(AgendaItem item) {
        return bindItem(jdbc.sql(UPDATE_ITEM), item).update() == 1;
    }

    private static JdbcClient.StatementSpec bindItem(JdbcClient.StatementSpec sql, AgendaItem item) {
        return sql.param("id", item.id()).param("meeting", item.meetingId()).param("title", item.title())
                .param("type", item.type().name()).param("classification", item.classification().name())
                .param("secretBallot", item.secretBallot()).param("presenter", item.presenterMemberId())
                .param("presenterName", item.presenterName()).param("plannedMinutes", item.plannedMinutes())
                .param("notes", item.notes());
    }

    boolean deleteItem(UUID meetingId, UUID itemId) {
        return jdbc.sql(DELETE_ITEM).param("meeting", meetingId).param("id", itemId).update() == 1;
    }

    /** Sets positions 1..n in the given order (the unique position constraint is checked at commit). */
    void reorder(UUID meetingId, List<UUID> itemIds) {
        jdbc.sql(REORDER).param("meeting", meetingId)
                .param("ids", itemIds.stream().map(UUID::toString).toArray(String[]::new)).update();
    }

    List<java.time.LocalDate> groupMeetingMonths(UUID cellId, Instant from, Instant to, UUID except) {
        return jdbc.sql(GROUP_MEETING_MONTHS).param("cell", cellId).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to)).param("except", except).query(java.time.LocalDate.class).list();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static Meeting meeting(ResultSet rs, int row) throws SQLException {
        return new Meeting(rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class),
                rs.getObject("cell_id", UUID.class), MeetingKind.valueOf(rs.getString("kind")),
                MeetingMode.valueOf(rs.getString("mode")), MeetingState.valueOf(rs.getString("state")),
                rs.getString("title"), instant(rs, "starts_at"), instant(rs, "ends_at"), instant(rs, "started_at"),
                instant(rs, "ended_at"), rs.getString("place"), rs.getString("video_room"),
                rs.getObject("chair_member_id", UUID.class), rs.getObject("minute_taker_member_id", UUID.class),
                rs.getBoolean("online_pilot"), rs.getObject("authorisation_id", UUID.class),
                rs.getBoolean("recording_enabled"), rs.getBoolean("from_schedule"), rs.getString("state_reason"),
                rs.getObject("postponed_to_id", UUID.class), rs.getString("created_by"), rs.getLong("version"));
    }

    private static AgendaItem item(ResultSet rs, int row) throws SQLException {
        return new AgendaItem(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
                rs.getInt("position"), rs.getString("title"), AgendaItemType.valueOf(rs.getString("item_type")),
                Classification.valueOf(rs.getString("classification")), rs.getBoolean("secret_ballot"),
                rs.getObject("presenter_member_id", UUID.class), rs.getString("presenter_name"),
                rs.getInt("planned_minutes"), rs.getString("notes"));
    }
}
