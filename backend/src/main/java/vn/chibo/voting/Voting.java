package vn.chibo.voting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

import vn.chibo.attendance.AttendanceRecords;
import vn.chibo.attendance.RollStatus;
import vn.chibo.meeting.AgendaItemSummary;
import vn.chibo.meeting.AgendaItemType;
import vn.chibo.meeting.MeetingId;
import vn.chibo.meeting.MeetingKind;
import vn.chibo.meeting.MeetingMode;
import vn.chibo.meeting.MeetingState;
import vn.chibo.meeting.MeetingSummary;
import vn.chibo.meeting.Meetings;
import vn.chibo.organisation.MemberStanding;
import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.room.RoomAnnouncements;
import vn.chibo.shared.Rule;
import vn.chibo.shared.audit.Auditor;
import vn.chibo.shared.security.Actor;
import vn.chibo.shared.time.VietnamTime;

/**
 * Votes on agenda items: the chair opens one (electorate and denominator frozen, R10, R13, R14, R25; refused online
 * for restricted matters, R4, and in a congress without quorum, R17), eligible members cast once (R16), the chair
 * closes it and the result is stored for good. Every change is announced to the room after it is committed.
 */
@Service
class Voting implements VoteResults {

    private static final Logger log = LoggerFactory.getLogger(Voting.class);

    /** Decisions about one person (R15: one person at a time). */
    static final Set<DecisionType> PERSONNEL = EnumSet.of(DecisionType.ADMISSION_RECOMMENDATION,
            DecisionType.OFFICIAL_RECOGNITION, DecisionType.DISCIPLINE, DecisionType.EXPULSION_RECOMMENDATION,
            DecisionType.ELECTION);

    record OpenBody(UUID agendaItemId, DecisionType decisionType, VoteResult.Mode mode, String subject,
            String personName, Boolean cellWide) {
    }

    record CastBody(Choice choice) {
    }

    /** What a voter gets back: for a secret ballot the receipt to find it in the published list, nothing else. */
    record CastReceipt(UUID voteId, VoteResult.Mode mode, String receipt) {
    }

    record Tally(int yes, int no, int abstain, boolean passed) {
    }

    /** The asking member's place in the vote. */
    record Mine(boolean elector, boolean mayCast, Electorate.Reason reason, boolean voted, Choice choice) {
    }

    record VoteView(UUID id, UUID meetingId, UUID agendaItemId, String subject, DecisionType decisionType,
            VoteResult.Mode mode, String personName, boolean cellWide, Vote.State state, Instant openedAt,
            Instant closedAt, DecisionType.Threshold threshold, Rule rule, Rule denominatorRule, int denominator,
            Electorate.Denominator denominatorDetail, int eligible, int cast, Tally result, String ballotsDigest,
            Mine me, boolean mayManage) {
    }

    record ElectorsView(UUID voteId, List<JdbcVotes.ElectorRow> electors) {
    }

    /** Published ballots: open votes by name, secret ballots by receipt (only once closed). */
    record BallotsView(UUID voteId, VoteResult.Mode mode, Vote.State state, List<JdbcVotes.OpenBallot> open,
            List<JdbcVotes.SecretBallot> secret, String ballotsDigest) {
    }

    /** R17: in a congress, present official members against 2/3 of the summoned; elsewhere no quorum is invented. */
    record QuorumView(UUID meetingId, boolean congress, int summoned, int present, int required, Boolean met,
            Rule rule) {
    }

    private final Meetings meetings;
    private final OrganisationDirectory directory;
    private final AttendanceRecords attendance;
    private final RoomAnnouncements room;
    private final JdbcVotes votes;
    private final Auditor auditor;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final SecureRandom random = new SecureRandom();

    Voting(Meetings meetings, OrganisationDirectory directory, AttendanceRecords attendance, RoomAnnouncements room,
            JdbcVotes votes, Auditor auditor, ApplicationEventPublisher events, JsonMapper json, Clock clock,
            PlatformTransactionManager transactions) {
        this.meetings = meetings;
        this.directory = directory;
        this.attendance = attendance;
        this.room = room;
        this.votes = votes;
        this.auditor = auditor;
        this.events = events;
        this.json = json;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    // ---- access ---------------------------------------------------------------------------------------------

    private MeetingSummary meeting(UUID id) {
        return meetings.find(new MeetingId(id)).orElseThrow(VotingRefusals::meetingNotFound);
    }

    private MeetingSummary viewable(UUID meetingId, Actor actor) {
        var meeting = meeting(meetingId);
        if (!meetings.mayView(actor, meeting.id())) {
            throw VotingRefusals.notVisible();
        }
        return meeting;
    }

    private MeetingSummary managed(UUID meetingId, Actor actor) {
        var meeting = meeting(meetingId);
        if (!meetings.mayManage(actor, meeting.id())) {
            throw meetings.mayView(actor, meeting.id()) ? VotingRefusals.chairOnly() : VotingRefusals.notVisible();
        }
        return meeting;
    }

    private Vote vote(UUID voteId) {
        return votes.find(voteId).orElseThrow(VotingRefusals::voteNotFound);
    }

    // ---- reading --------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    List<VoteView> votesOf(UUID meetingId, Actor actor) {
        var meeting = viewable(meetingId, actor);
        var manage = meetings.mayManage(actor, meeting.id());
        return votes.ofMeeting(meetingId).stream().map(v -> view(v, actor, manage)).toList();
    }

    @Transactional(readOnly = true)
    VoteView find(UUID voteId, Actor actor) {
        var v = vote(voteId);
        var meeting = viewable(v.meetingId(), actor);
        return view(v, actor, meetings.mayManage(actor, meeting.id()));
    }

    @Transactional(readOnly = true)
    ElectorsView electors(UUID voteId, Actor actor) {
        var v = vote(voteId);
        viewable(v.meetingId(), actor);
        return new ElectorsView(voteId, votes.electors(v));
    }

    @Transactional(readOnly = true)
    BallotsView ballots(UUID voteId, Actor actor) {
        var v = vote(voteId);
        viewable(v.meetingId(), actor);
        if (v.secret()) {
            // a secret box is published only once sealed; while open its slots say nothing anybody needs
            var secret = v.state() == Vote.State.CLOSED ? votes.secretBallots(voteId) : List.<JdbcVotes.SecretBallot>of();
            return new BallotsView(voteId, v.mode(), v.state(), List.of(), secret, v.ballotsDigest());
        }
        return new BallotsView(voteId, v.mode(), v.state(), votes.openBallots(voteId), List.of(), v.ballotsDigest());
    }

    private VoteView view(Vote v, Actor actor, boolean manage) {
        var mine = actor.memberId() == null ? null : votes.elector(v, actor.memberId()).orElse(null);
        Choice choice = null;
        if (mine != null && mine.voted() && !v.secret()) {
            choice = votes.openBallots(v.id()).stream().filter(b -> b.memberId().equals(actor.memberId()))
                    .map(JdbcVotes.OpenBallot::choice).findFirst().orElse(null);
        }
        var me = mine == null ? new Mine(false, false, null, false, null)
                : new Mine(true, mine.mayCast() && v.state() == Vote.State.OPEN, mine.reason(), mine.voted(), choice);
        var detail = json.readValue(v.denominatorDetail(), Electorate.Denominator.class);
        var result = v.state() == Vote.State.CLOSED ? new Tally(v.yes(), v.no(), v.abstain(), v.passed()) : null;
        return new VoteView(v.id(), v.meetingId(), v.agendaItemId(), v.subject(), v.decisionType(), v.mode(),
                v.personName(), v.cellWide(), v.state(), v.openedAt(), v.closedAt(), v.decisionType().threshold(),
                v.decisionType().rule(), Electorate.ruleOf(detail), v.denominator(), detail, v.eligible(),
                votes.castCount(v), result, v.ballotsDigest(), me, manage);
    }

    @Override
    @Transactional(readOnly = true)
    public List<VoteResult> closedIn(MeetingId meetingId) {
        return votes.closedOf(meetingId.value()).stream().map(Vote::result).toList();
    }

    // ---- electorate and quorum ------------------------------------------------------------------------------

    private record Situation(List<MemberStanding> unit, List<MemberStanding> base, Map<UUID, RollStatus> roll,
            Set<UUID> present) {
    }

    /** Who belongs, their roll statuses and who is here at {@code at} (room; the hall per the roll unless online). */
    private Situation situation(MeetingSummary meeting, boolean cellWide, Instant at) {
        var date = meeting.startsAt().atZone(VietnamTime.ZONE).toLocalDate();
        var unit = directory.standingsOn(meeting.unitId(), date);
        var base = cellWide && !meeting.unitId().equals(meeting.cellId()) ? directory.standingsOn(meeting.cellId(), date)
                : unit;
        var roll = new HashMap<UUID, RollStatus>();
        attendance.rollOf(meeting.id()).ifPresent(r -> r.lines().stream().filter(l -> l.status() != null)
                .forEach(l -> roll.put(l.memberId(), l.status())));
        var present = new HashSet<>(attendance.presentAt(meeting.id(), at));
        if (meeting.mode() != MeetingMode.ONLINE) {
            roll.forEach((member, status) -> {
                if (status == RollStatus.PRESENT_IN_PERSON) {
                    present.add(member);
                }
            });
        }
        return new Situation(unit, base, roll, present);
    }

    private static QuorumView quorum(MeetingSummary meeting, Situation s) {
        var d = Electorate.denominator(s.unit(), s.roll(), s.present(), false);
        var electorate = Electorate.freeze(s.unit(), s.unit(), s.roll(), s.present(), false);
        var present = electorate.eligible();
        var congress = meeting.kind() == MeetingKind.CONGRESS;
        var required = (2 * d.value() + 2) / 3; // the least n with 3n ≥ 2d
        return new QuorumView(meeting.id().value(), congress, d.value(), present, required,
                congress ? d.value() > 0 && 3L * present >= 2L * d.value() : null, Rule.R17);
    }

    @Transactional(readOnly = true)
    QuorumView congressQuorum(UUID meetingId, Actor actor) {
        var meeting = viewable(meetingId, actor);
        return quorum(meeting, situation(meeting, false, clock.instant()));
    }

    // ---- opening --------------------------------------------------------------------------------------------

    VoteView open(UUID meetingId, OpenBody body, Actor actor) {
        var opened = tx.execute(status -> openInTransaction(meetingId, body, actor));
        announce(opened.meetingId(), "vote-opened", openedFields(opened));
        return find(opened.id(), actor);
    }

    private Vote openInTransaction(UUID meetingId, OpenBody body, Actor actor) {
        var meeting = managed(meetingId, actor);
        if (body == null || body.agendaItemId() == null || body.decisionType() == null) {
            throw VotingRefusals.invalid("Cần chọn nội dung trong chương trình và loại quyết định.");
        }
        if (meeting.state() != MeetingState.IN_PROGRESS) {
            throw VotingRefusals.meetingNotInProgress();
        }
        var item = meetings.agenda(meeting.id()).stream().filter(i -> i.id().equals(body.agendaItemId())).findFirst()
                .orElseThrow(() -> VotingRefusals.invalid("Nội dung này không có trong chương trình cuộc họp."));
        var type = body.decisionType();
        var mode = body.mode() != null ? body.mode()
                : type == DecisionType.ELECTION || item.secretBallot() ? VoteResult.Mode.SECRET : VoteResult.Mode.OPEN;
        if (mode == VoteResult.Mode.OPEN && (type == DecisionType.ELECTION || item.secretBallot())) {
            throw VotingRefusals.electionIsSecret();
        }
        var subject = body.subject() == null || body.subject().isBlank() ? item.title() : body.subject().strip();
        if (subject.length() > 500) {
            throw VotingRefusals.invalid("Nội dung biểu quyết dài quá 500 ký tự.");
        }
        var person = body.personName() == null || body.personName().isBlank() ? null : body.personName().strip();
        if (PERSONNEL.contains(type)) {
            if (person == null || person.matches(".*[,;\\n/+].*") || person.length() > 200) {
                throw VotingRefusals.invalid("vote-one-person-at-a-time",
                        "Biểu quyết về nhân sự ghi đúng một người (họ và tên); mỗi người biểu quyết riêng.", Rule.R15);
            }
        }
        else {
            person = null;
        }
        if (meeting.mode() == MeetingMode.ONLINE && restrictedOnline(item, type, mode)) {
            throw VotingRefusals.restrictedOnline();
        }
        var groupMeeting = !meeting.unitId().equals(meeting.cellId());
        var cellWide = groupMeeting && (body.cellWide() == null || body.cellWide());
        var now = clock.instant();
        var situation = situation(meeting, cellWide, now);
        if (meeting.kind() == MeetingKind.CONGRESS) {
            var quorum = quorum(meeting, situation(meeting, false, now));
            if (!Boolean.TRUE.equals(quorum.met())) {
                throw VotingRefusals.congressQuorum(quorum.present(), quorum.summoned());
            }
        }
        var electorate = Electorate.freeze(situation.unit(), situation.base(), situation.roll(), situation.present(),
                cellWide);
        var vote = new Vote(UUID.randomUUID(), meetingId, item.id(), meeting.unitId(), meeting.cellId(), subject, type,
                mode, person, cellWide, Vote.State.OPEN, now, actor.username(), electorate.denominator().value(),
                json.writeValueAsString(electorate.denominator()), electorate.eligible(), null, null, null, null,
                null, null);
        try {
            votes.insert(vote, electorate);
        }
        catch (org.springframework.dao.DuplicateKeyException e) {
            throw VotingRefusals.anotherVoteOpen();
        }
        if (vote.secret()) {
            var receipts = new ArrayList<String>();
            var seen = new HashSet<String>();
            while (receipts.size() < electorate.eligible()) {
                var r = receipt();
                if (seen.add(r)) {
                    receipts.add(r);
                }
            }
            votes.createSlots(vote.id(), receipts);
        }
        var details = new LinkedHashMap<String, String>();
        details.put("subject", subject);
        details.put("decisionType", type.name());
        details.put("mode", mode.name());
        details.put("denominator", String.valueOf(vote.denominator()));
        details.put("eligible", String.valueOf(vote.eligible()));
        auditor.record("vote.opened", "vote", vote.id(), meeting.unitId(), details);
        events.publishEvent(new VoteOpened(vote.id(), meeting.id(), item.id(), type, mode, vote.denominator(),
                vote.eligible(), now));
        return vote;
    }

    /** R4, asked of the meeting module: the item as it stands, and the decision as the type it amounts to. */
    private boolean restrictedOnline(AgendaItemSummary item, DecisionType type, VoteResult.Mode mode) {
        var secret = mode == VoteResult.Mode.SECRET || item.secretBallot();
        var asItem = switch (type) {
            case ADMISSION_RECOMMENDATION -> AgendaItemType.ADMISSION;
            case OFFICIAL_RECOGNITION -> AgendaItemType.OFFICIAL_RECOGNITION;
            case DISCIPLINE, EXPULSION_RECOMMENDATION -> AgendaItemType.DISCIPLINE;
            case ELECTION -> AgendaItemType.ELECTION;
            case ORDINARY_RESOLUTION, OTHER -> item.type();
        };
        return meetings.restrictedOnline(item.type(), item.classification(), secret)
                || meetings.restrictedOnline(asItem, item.classification(), secret);
    }

    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    /** 80 random bits as 16 base-32 characters in groups of four (K7QZ-3MPA-…). */
    private String receipt() {
        var bytes = new byte[10];
        random.nextBytes(bytes);
        var out = new StringBuilder();
        int buffer = 0, bits = 0;
        for (var b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                if (out.length() % 5 == 4) {
                    out.append('-');
                }
                out.append(BASE32[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        return out.toString();
    }

    // ---- casting --------------------------------------------------------------------------------------------

    /**
     * One ballot per eligible member, refused by the database's primary key a second time. A secret ballot marks
     * the member as having cast and fills a random free slot of the box; nothing of it is logged or audited.
     */
    CastReceipt cast(UUID voteId, CastBody body, Actor actor) {
        if (body == null || body.choice() == null) {
            throw VotingRefusals.invalid("Cần chọn tán thành, không tán thành hoặc không biểu quyết.");
        }
        var v = vote(voteId);
        if (actor.memberId() == null) {
            throw VotingRefusals.notInElectorate();
        }
        var receipt = tx.execute(status -> {
            var state = votes.stateForCast(voteId).orElseThrow(VotingRefusals::voteNotFound);
            if (!Vote.State.OPEN.name().equals(state)) {
                throw VotingRefusals.voteNotOpen();
            }
            var elector = votes.elector(v, actor.memberId()).orElseThrow(() -> meetings.mayView(actor,
                    new MeetingId(v.meetingId())) ? VotingRefusals.notInElectorate() : VotingRefusals.notVisible());
            if (!elector.mayCast()) {
                throw VotingRefusals.notEligible(elector.reason());
            }
            if (!v.secret()) {
                if (!votes.castOpen(voteId, actor.memberId(), body.choice(), clock.instant())) {
                    throw VotingRefusals.alreadyCast();
                }
                return null;
            }
            if (!votes.mark(voteId, actor.memberId())) {
                throw VotingRefusals.alreadyCast();
            }
            return votes.fillSlot(voteId, body.choice())
                    .orElseThrow(() -> new IllegalStateException("the ballot box of a vote has no free slot"));
        });
        var cast = votes.castCount(v);
        announce(v.meetingId(), "vote-progress", Map.of("voteId", voteId, "cast", cast, "eligible", v.eligible()));
        return new CastReceipt(voteId, v.mode(), receipt);
    }

    // ---- closing --------------------------------------------------------------------------------------------

    VoteView close(UUID voteId, Actor actor) {
        var v = vote(voteId);
        managed(v.meetingId(), actor);
        var closed = tx.execute(status -> {
            var locked = votes.lockForClose(voteId).orElseThrow(VotingRefusals::voteNotFound);
            if (locked.state() != Vote.State.OPEN) {
                throw VotingRefusals.voteNotOpen();
            }
            if (locked.secret()) {
                votes.sealSecretBox(voteId);
            }
            var tally = votes.tally(locked);
            var passed = locked.decisionType().threshold().reachedBy(tally.get(Choice.YES), locked.denominator());
            var digest = digest(locked);
            var now = clock.instant();
            if (!votes.close(voteId, now, actor.username(), tally, passed, digest)) {
                throw VotingRefusals.voteNotOpen();
            }
            var result = votes.find(voteId).orElseThrow();
            var details = new LinkedHashMap<String, String>();
            details.put("yes", String.valueOf(result.yes()));
            details.put("no", String.valueOf(result.no()));
            details.put("abstain", String.valueOf(result.abstain()));
            details.put("denominator", String.valueOf(result.denominator()));
            details.put("passed", String.valueOf(result.passed()));
            details.put("rule", result.decisionType().rule().name());
            details.put("ballotsDigest", digest);
            auditor.record("vote.closed", "vote", voteId, result.unitId(), details);
            events.publishEvent(new VoteClosed(result.result()));
            return result;
        });
        if (closed.secret()) {
            vacuum();
        }
        var fields = new LinkedHashMap<String, Object>();
        fields.put("voteId", voteId);
        fields.put("yes", closed.yes());
        fields.put("no", closed.no());
        fields.put("abstain", closed.abstain());
        fields.put("denominator", closed.denominator());
        fields.put("eligible", closed.eligible());
        fields.put("threshold", closed.decisionType().threshold().name());
        fields.put("rule", closed.decisionType().rule().name());
        fields.put("passed", closed.passed());
        fields.put("ballotsDigest", closed.ballotsDigest());
        announce(closed.meetingId(), "vote-closed", fields);
        return find(voteId, actor);
    }

    /** Ends an open vote without a result (opened by mistake); a secret box is emptied without being kept. */
    VoteView cancel(UUID voteId, Actor actor) {
        var v = vote(voteId);
        managed(v.meetingId(), actor);
        tx.executeWithoutResult(status -> {
            var locked = votes.lockForClose(voteId).orElseThrow(VotingRefusals::voteNotFound);
            if (locked.state() != Vote.State.OPEN) {
                throw VotingRefusals.voteNotOpen();
            }
            if (locked.secret()) {
                votes.discardSecretBox(voteId);
            }
            votes.cancel(voteId, clock.instant(), actor.username());
            auditor.record("vote.cancelled", "vote", voteId, locked.unitId(), Map.of("subject", locked.subject()));
        });
        if (v.secret()) {
            vacuum();
        }
        announce(v.meetingId(), "vote-cancelled", Map.of("voteId", voteId));
        return find(voteId, actor);
    }

    private void vacuum() {
        try {
            votes.vacuumBox();
        }
        catch (RuntimeException e) {
            log.warn("Could not vacuum the secret ballot box (autovacuum will): {}", e.getClass().getSimpleName());
        }
    }

    /** SHA-256 over the published list, one "receipt choice" (secret) or "memberId choice" (open) line each, sorted. */
    String digest(Vote v) {
        var lines = v.secret()
                ? votes.secretBallots(v.id()).stream().map(b -> b.receipt() + " " + b.choice().name()).sorted().toList()
                : votes.openBallots(v.id()).stream().map(b -> b.memberId() + " " + b.choice().name()).sorted().toList();
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            for (var line : lines) {
                sha.update((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- room -----------------------------------------------------------------------------------------------

    private static Map<String, Object> openedFields(Vote v) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("voteId", v.id());
        fields.put("agendaItemId", v.agendaItemId());
        fields.put("subject", v.subject());
        fields.put("decisionType", v.decisionType().name());
        fields.put("mode", v.mode().name());
        fields.put("personName", v.personName());
        fields.put("threshold", v.decisionType().threshold().name());
        fields.put("rule", v.decisionType().rule().name());
        fields.put("denominator", v.denominator());
        fields.put("eligible", v.eligible());
        return fields;
    }

    /** The vote is committed already; a room that cannot be told now catches up from GET /votes. */
    private void announce(UUID meetingId, String type, Map<String, ?> fields) {
        try {
            room.announce(new MeetingId(meetingId), type, fields);
        }
        catch (RuntimeException e) {
            log.warn("Could not announce {} to the room of meeting {}: {}", type, meetingId, e.getMessage());
        }
    }
}
