package vn.chibo.voting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Votes, their frozen electorate, open ballots and the secret ballot box (docs/voting.md). Secret casting touches
 * two tables that share nothing but the vote: a mark that the member has cast, and a slot of the box chosen at
 * random; the close moves both into their final tables in orders unrelated to the casting.
 */
@Component
class JdbcVotes {

    record ElectorRow(UUID memberId, String fullName, boolean mayCast, Electorate.Reason reason, boolean voted) {
    }

    record OpenBallot(UUID memberId, String fullName, Choice choice, Instant castAt) {
    }

    record SecretBallot(String receipt, Choice choice) {
    }

    private static final String COLUMNS = """
            id, meeting_id, agenda_item_id, unit_id, cell_id, subject, decision_type, mode, person_name, cell_wide,
            state, opened_at, opened_by, denominator, denominator_detail::text as detail, eligible, closed_at, yes, no,
            abstain, passed, ballots_digest
            """;

    private static final String INSERT_VOTE = """
            insert into voting.vote (id, meeting_id, agenda_item_id, unit_id, cell_id, subject, decision_type, mode,
                   person_name, cell_wide, state, opened_at, opened_by, denominator, denominator_detail, eligible)
            values (:id, :meeting, :item, :unit, :cell, :subject, :type, :mode, :person, :cellWide, 'OPEN', :at, :by,
                   :denominator, cast(:detail as jsonb), :eligible)
            """;

    private static final String INSERT_ELECTOR = """
            insert into voting.elector (vote_id, member_id, full_name, may_cast, reason) values (?, ?, ?, ?, ?)
            """;

    private static final String INSERT_SLOT = """
            insert into voting.secret_slot (vote_id, receipt) values (?, ?)
            """;

    /** Casting takes a key-share lock on the vote, so a close (which locks it for update) waits for casts in flight. */
    private static final String LOCK_FOR_CAST = """
            select state from voting.vote where id = :id for key share
            """;

    private static final String CAST_OPEN = """
            insert into voting.open_ballot (vote_id, member_id, choice, cast_at) values (:vote, :member, :choice, :at)
            on conflict (vote_id, member_id) do nothing
            """;

    private static final String MARK = """
            insert into voting.secret_mark (vote_id, member_id) values (:vote, :member)
            on conflict (vote_id, member_id) do nothing
            """;

    /** A free slot chosen at random; SKIP LOCKED lets concurrent casts take different slots without waiting. */
    private static final String FILL_SLOT = """
            update voting.secret_slot set choice = :choice
            where vote_id = :vote and receipt = (
                select receipt from voting.secret_slot where vote_id = :vote and choice is null
                order by random() limit 1 for update skip locked)
            returning receipt
            """;

    private static final String MOVE_VOTERS = """
            insert into voting.secret_voter (vote_id, member_id)
            select vote_id, member_id from voting.secret_mark where vote_id = :vote order by member_id
            """;

    private static final String MOVE_BALLOTS = """
            insert into voting.secret_ballot (vote_id, receipt, choice)
            select vote_id, receipt, choice from voting.secret_slot where vote_id = :vote and choice is not null
            order by receipt
            """;

    private static final String CLOSE = """
            update voting.vote set state = 'CLOSED', closed_at = :at, closed_by = :by, yes = :yes, no = :no,
                   abstain = :abstain, passed = :passed, ballots_digest = :digest
            where id = :id and state = 'OPEN'
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    JdbcVotes(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    void insert(Vote v, Electorate electorate) {
        jdbc.sql(INSERT_VOTE).param("id", v.id()).param("meeting", v.meetingId()).param("item", v.agendaItemId())
                .param("unit", v.unitId()).param("cell", v.cellId()).param("subject", v.subject())
                .param("type", v.decisionType().name()).param("mode", v.mode().name()).param("person", v.personName())
                .param("cellWide", v.cellWide()).param("at", Timestamp.from(v.openedAt())).param("by", v.openedBy())
                .param("denominator", v.denominator()).param("detail", v.denominatorDetail())
                .param("eligible", v.eligible()).update();
        batches.batchUpdate(INSERT_ELECTOR, electorate.electors().stream().map(e -> new Object[] { v.id(), e.memberId(),
                e.fullName(), e.mayCast(), e.reason() == null ? null : e.reason().name() }).toList());
    }

    void createSlots(UUID vote, List<String> receipts) {
        batches.batchUpdate(INSERT_SLOT, receipts.stream().map(r -> new Object[] { vote, r }).toList());
    }

    Optional<Vote> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from voting.vote where id = :id").param("id", id)
                .query(JdbcVotes::vote).optional();
    }

    Optional<Vote> lockForClose(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from voting.vote where id = :id for update").param("id", id)
                .query(JdbcVotes::vote).optional();
    }

    List<Vote> ofMeeting(UUID meeting) {
        return jdbc.sql("select " + COLUMNS + " from voting.vote where meeting_id = :m order by opened_at, id")
                .param("m", meeting).query(JdbcVotes::vote).list();
    }

    List<Vote> closedOf(UUID meeting) {
        return jdbc.sql("select " + COLUMNS + " from voting.vote where meeting_id = :m and state = 'CLOSED' "
                + "order by opened_at, id").param("m", meeting).query(JdbcVotes::vote).list();
    }

    Optional<String> stateForCast(UUID vote) {
        return jdbc.sql(LOCK_FOR_CAST).param("id", vote).query(String.class).optional();
    }

    Optional<ElectorRow> elector(Vote vote, UUID member) {
        return jdbc.sql(electorQuery(vote) + " and e.member_id = :member").param("vote", vote.id())
                .param("member", member).query(JdbcVotes::electorRow).optional();
    }

    List<ElectorRow> electors(Vote vote) {
        return jdbc.sql(electorQuery(vote) + " order by e.full_name, e.member_id").param("vote", vote.id())
                .query(JdbcVotes::electorRow).list();
    }

    private static String electorQuery(Vote vote) {
        var voted = switch (vote.mode()) {
            case OPEN -> "exists (select 1 from voting.open_ballot b where b.vote_id = e.vote_id and b.member_id = e.member_id)";
            case SECRET -> vote.state() == Vote.State.OPEN
                    ? "exists (select 1 from voting.secret_mark b where b.vote_id = e.vote_id and b.member_id = e.member_id)"
                    : "exists (select 1 from voting.secret_voter b where b.vote_id = e.vote_id and b.member_id = e.member_id)";
        };
        return "select e.member_id, e.full_name, e.may_cast, e.reason, " + voted
                + " as voted from voting.elector e where e.vote_id = :vote";
    }

    boolean castOpen(UUID vote, UUID member, Choice choice, Instant at) {
        return jdbc.sql(CAST_OPEN).param("vote", vote).param("member", member).param("choice", choice.name())
                .param("at", Timestamp.from(at)).update() == 1;
    }

    boolean mark(UUID vote, UUID member) {
        return jdbc.sql(MARK).param("vote", vote).param("member", member).update() == 1;
    }

    Optional<String> fillSlot(UUID vote, Choice choice) {
        return jdbc.sql(FILL_SLOT).param("vote", vote).param("choice", choice.name()).query(String.class).optional();
    }

    int castCount(Vote vote) {
        var table = switch (vote.mode()) {
            case OPEN -> "voting.open_ballot";
            case SECRET -> vote.state() == Vote.State.OPEN ? "voting.secret_mark" : "voting.secret_voter";
        };
        return jdbc.sql("select count(*) from " + table + " where vote_id = :vote").param("vote", vote.id())
                .query(Integer.class).single();
    }

    /** Moves the secret box into its final tables (voters by member id, ballots by receipt) and empties it. */
    void sealSecretBox(UUID vote) {
        jdbc.sql(MOVE_VOTERS).param("vote", vote).update();
        jdbc.sql(MOVE_BALLOTS).param("vote", vote).update();
        jdbc.sql("delete from voting.secret_slot where vote_id = :vote").param("vote", vote).update();
        jdbc.sql("delete from voting.secret_mark where vote_id = :vote").param("vote", vote).update();
    }

    /** Empties a cancelled vote's box without keeping anything of it. */
    void discardSecretBox(UUID vote) {
        jdbc.sql("delete from voting.secret_slot where vote_id = :vote").param("vote", vote).update();
        jdbc.sql("delete from voting.secret_mark where vote_id = :vote").param("vote", vote).update();
    }

    /** Removes the dead row versions the box leaves behind (they keep their transaction ids until vacuumed). */
    void vacuumBox() {
        jdbc.sql("vacuum voting.secret_slot, voting.secret_mark").update();
    }

    Map<Choice, Integer> tally(Vote vote) {
        var table = vote.secret() ? "voting.secret_ballot" : "voting.open_ballot";
        var counts = new EnumMap<Choice, Integer>(Choice.class);
        for (var c : Choice.values()) {
            counts.put(c, 0);
        }
        jdbc.sql("select choice, count(*) as n from " + table + " where vote_id = :vote group by choice")
                .param("vote", vote.id())
                .query((rs, i) -> Map.entry(Choice.valueOf(rs.getString("choice")), rs.getInt("n"))).list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    List<OpenBallot> openBallots(UUID vote) {
        return jdbc.sql("""
                select b.member_id, e.full_name, b.choice, b.cast_at from voting.open_ballot b
                join voting.elector e on e.vote_id = b.vote_id and e.member_id = b.member_id
                where b.vote_id = :vote order by e.full_name, b.member_id
                """).param("vote", vote).query((rs, i) -> new OpenBallot(rs.getObject("member_id", UUID.class),
                rs.getString("full_name"), Choice.valueOf(rs.getString("choice")),
                rs.getTimestamp("cast_at").toInstant())).list();
    }

    List<SecretBallot> secretBallots(UUID vote) {
        return jdbc.sql("select receipt, choice from voting.secret_ballot where vote_id = :vote order by receipt")
                .param("vote", vote).query((rs, i) -> new SecretBallot(rs.getString("receipt"),
                        Choice.valueOf(rs.getString("choice")))).list();
    }

    boolean close(UUID id, Instant at, String by, Map<Choice, Integer> tally, boolean passed, String digest) {
        return jdbc.sql(CLOSE).param("id", id).param("at", Timestamp.from(at)).param("by", by)
                .param("yes", tally.get(Choice.YES)).param("no", tally.get(Choice.NO))
                .param("abstain", tally.get(Choice.ABSTAIN)).param("passed", passed).param("digest", digest)
                .update() == 1;
    }

    boolean cancel(UUID id, Instant at, String by) {
        return jdbc.sql("update voting.vote set state = 'CANCELLED', closed_at = :at, closed_by = :by "
                + "where id = :id and state = 'OPEN'").param("id", id).param("at", Timestamp.from(at))
                .param("by", by).update() == 1;
    }

    private static ElectorRow electorRow(ResultSet rs, int i) throws SQLException {
        var reason = rs.getString("reason");
        return new ElectorRow(rs.getObject("member_id", UUID.class), rs.getString("full_name"),
                rs.getBoolean("may_cast"), reason == null ? null : Electorate.Reason.valueOf(reason),
                rs.getBoolean("voted"));
    }

    private static Vote vote(ResultSet rs, int i) throws SQLException {
        var closed = rs.getTimestamp("closed_at");
        return new Vote(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
                rs.getObject("agenda_item_id", UUID.class), rs.getObject("unit_id", UUID.class),
                rs.getObject("cell_id", UUID.class), rs.getString("subject"),
                DecisionType.valueOf(rs.getString("decision_type")), VoteResult.Mode.valueOf(rs.getString("mode")),
                rs.getString("person_name"), rs.getBoolean("cell_wide"), Vote.State.valueOf(rs.getString("state")),
                rs.getTimestamp("opened_at").toInstant(), rs.getString("opened_by"), rs.getInt("denominator"),
                rs.getString("detail"), rs.getInt("eligible"), closed == null ? null : closed.toInstant(),
                (Integer) rs.getObject("yes"), (Integer) rs.getObject("no"), (Integer) rs.getObject("abstain"),
                (Boolean) rs.getObject("passed"), rs.getString("ballots_digest"));
    }
}
