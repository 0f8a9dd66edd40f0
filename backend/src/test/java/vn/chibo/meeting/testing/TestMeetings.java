package vn.chibo.meeting.testing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.chibo.meeting.AgendaItemSummary;
import vn.chibo.meeting.AgendaItemType;
import vn.chibo.meeting.Classification;
import vn.chibo.meeting.MeetingId;
import vn.chibo.meeting.MeetingKind;
import vn.chibo.meeting.MeetingMode;
import vn.chibo.meeting.MeetingState;
import vn.chibo.meeting.MeetingSummary;
import vn.chibo.meeting.Meetings;
import vn.chibo.shared.security.Actor;
import vn.chibo.shared.security.Role;

/**
 * The meeting facade over the contract's tables (V40), with the access rules of docs/meetings.md in their
 * simplest form, so that documents, notices and feeds are tested on rows the tests write themselves.
 */
public final class TestMeetings implements Meetings {

    private static final String COLUMNS = """
            id, unit_id, cell_id, kind, mode, state, title, starts_at, ends_at, started_at, ended_at, chair_member_id,
            minute_taker_member_id, place, video_room, online_pilot
            """;

    private final JdbcClient jdbc;
    private final FakeOrganisation organisation;

    public TestMeetings(JdbcClient jdbc, FakeOrganisation organisation) {
        this.jdbc = jdbc;
        this.organisation = organisation;
    }

    /** Stores a scheduled in-person meeting with one agenda item; returns it. */
    public MeetingSummary insert(UUID unitId, UUID cellId, String title, Instant startsAt, UUID chairMemberId) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into meeting.meeting (id, unit_id, cell_id, kind, mode, state, title, starts_at, ends_at, place, chair_member_id)
                values (:id, :unitId, :cellId, 'REGULAR', 'IN_PERSON', 'SCHEDULED', :title, :startsAt, :endsAt, 'Hội trường', :chair)
                """).param("id", id).param("unitId", unitId).param("cellId", cellId).param("title", title)
                .param("startsAt", Timestamp.from(startsAt)).param("endsAt", Timestamp.from(startsAt.plusSeconds(7200)))
                .param("chair", chairMemberId).update();
        jdbc.sql("""
                insert into meeting.agenda_item (id, meeting_id, position, title, item_type, classification, planned_minutes)
                values (:id, :meetingId, 1, 'Thông tin thời sự', 'INFORMATION', 'PUBLIC', 15)
                """).param("id", UUID.randomUUID()).param("meetingId", id).update();
        return find(new MeetingId(id)).orElseThrow();
    }

    public void setState(MeetingId id, MeetingState state) {
        jdbc.sql("update meeting.meeting set state = :state, version = version + 1 where id = :id")
                .param("state", state.name()).param("id", id.value()).update();
    }

    public void move(MeetingId id, Instant startsAt) {
        jdbc.sql("update meeting.meeting set starts_at = :s, ends_at = :e, version = version + 1 where id = :id")
                .param("s", Timestamp.from(startsAt)).param("e", Timestamp.from(startsAt.plusSeconds(7200)))
                .param("id", id.value()).update();
    }

    public void addGuest(MeetingId id, UUID memberId) {
        jdbc.sql("insert into meeting.meeting_guest (meeting_id, member_id) values (:m, :g)").param("m", id.value())
                .param("g", memberId).update();
    }

    public UUID firstItem(MeetingId id) {
        return agenda(id).get(0).id();
    }

    @Override
    public Optional<MeetingSummary> find(MeetingId id) {
        return jdbc.sql("select " + COLUMNS + " from meeting.meeting where id = :id").param("id", id.value())
                .query(TestMeetings::summary).optional();
    }

    @Override
    public List<MeetingSummary> of(Collection<UUID> unitIds, Instant from, Instant to) {
        return jdbc.sql("select " + COLUMNS + """
                 from meeting.meeting where unit_id = any(cast(:units as uuid[])) and starts_at >= :from and starts_at < :to
                 order by starts_at
                """).param("units", unitIds.toArray(UUID[]::new)).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to)).query(TestMeetings::summary).list();
    }

    @Override
    public boolean mayView(Actor actor, MeetingId id) {
        var meeting = find(id).orElse(null);
        if (meeting == null) {
            return false;
        }
        if (actor.memberId() != null && (organisation.member(actor.memberId())
                .filter(m -> meeting.unitId().equals(m.cellId()) || meeting.unitId().equals(m.groupId())).isPresent()
                || guests(id).contains(actor.memberId()))) {
            return true;
        }
        return actor.grants().stream().anyMatch(g -> organisation.isWithin(meeting.unitId(), g.unitId()));
    }

    @Override
    public boolean mayManage(Actor actor, MeetingId id) {
        var meeting = find(id).orElse(null);
        if (meeting == null) {
            return false;
        }
        if (actor.memberId() != null && actor.memberId().equals(meeting.chairMemberId())) {
            return true;
        }
        return actor.grants().stream().anyMatch(g -> ((g.role() == Role.SECRETARY || g.role() == Role.DEPUTY_SECRETARY)
                && g.unitId().equals(meeting.cellId())) || (g.role() == Role.GROUP_LEADER && g.unitId().equals(meeting.unitId())));
    }

    @Override
    public List<AgendaItemSummary> agenda(MeetingId id) {
        return jdbc.sql("""
                select id, position, title, item_type, classification, secret_ballot, presenter_member_id, presenter_name,
                       planned_minutes from meeting.agenda_item where meeting_id = :id order by position
                """).param("id", id.value()).query((rs, n) -> new AgendaItemSummary(rs.getObject("id", UUID.class), id,
                rs.getInt("position"), rs.getString("title"), AgendaItemType.valueOf(rs.getString("item_type")),
                Classification.valueOf(rs.getString("classification")), rs.getBoolean("secret_ballot"),
                rs.getObject("presenter_member_id", UUID.class), rs.getString("presenter_name"), rs.getInt("planned_minutes")))
                .list();
    }

    @Override
    public List<UUID> guests(MeetingId id) {
        return jdbc.sql("select member_id from meeting.meeting_guest where meeting_id = :id").param("id", id.value())
                .query(UUID.class).list();
    }

    @Override
    public int documentLeadDays(UUID cellId) {
        return jdbc.sql("select document_lead_days from meeting.cell_schedule where cell_id = :c").param("c", cellId)
                .query(Integer.class).optional().orElse(1);
    }

    @Override
    public boolean recordingEnabled(MeetingId id) {
        return false;
    }

    private static MeetingSummary summary(ResultSet rs, int n) throws SQLException {
        return new MeetingSummary(new MeetingId(rs.getObject("id", UUID.class)), rs.getObject("unit_id", UUID.class),
                rs.getObject("cell_id", UUID.class), MeetingKind.valueOf(rs.getString("kind")),
                MeetingMode.valueOf(rs.getString("mode")), MeetingState.valueOf(rs.getString("state")),
                rs.getString("title"), instant(rs, "starts_at"), instant(rs, "ends_at"), instant(rs, "started_at"),
                instant(rs, "ended_at"), rs.getObject("chair_member_id", UUID.class),
                rs.getObject("minute_taker_member_id", UUID.class), rs.getString("place"), rs.getString("video_room"),
                rs.getBoolean("online_pilot"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
