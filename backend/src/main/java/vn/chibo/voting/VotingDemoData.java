package vn.chibo.voting;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import vn.chibo.attendance.AttendanceRecords;
import vn.chibo.attendance.RollStatus;
import vn.chibo.meeting.AgendaItemSummary;
import vn.chibo.meeting.AgendaItemType;
import vn.chibo.meeting.MeetingMode;
import vn.chibo.meeting.MeetingState;
import vn.chibo.meeting.MeetingSummary;
import vn.chibo.meeting.Meetings;
import vn.chibo.organisation.MemberStatus;
import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.shared.demo.DemoData;
import vn.chibo.shared.time.VietnamTime;

/**
 * The demo city's past meetings get their votes: in each of the last three held meetings of every demo cell an open
 * vote on the month's resolution and, where the meeting was not online-only (R4), a secret ballot. Who could vote
 * follows the meeting's roll when it has one (those marked present), the member records otherwise.
 */
@Component
class VotingDemoData implements DemoData {

    private static final List<String> CELLS = List.of("CB-XAYDUNG", "CB-KP3", "CB-KP1", "CB-KP5", "CB-CAPNUOC", "CB-VPTU");
    private static final String SYSTEM = "system:demo";

    private final Meetings meetings;
    private final OrganisationDirectory directory;
    private final AttendanceRecords attendance;
    private final JdbcVotes votes;
    private final Voting voting;
    private final JsonMapper json;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    VotingDemoData(Meetings meetings, OrganisationDirectory directory, AttendanceRecords attendance, JdbcVotes votes,
            Voting voting, JsonMapper json, Clock clock) {
        this.meetings = meetings;
        this.directory = directory;
        this.attendance = attendance;
        this.votes = votes;
        this.voting = voting;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 450;
    }

    @Override
    public String name() {
        return "votes";
    }

    @Override
    public Outcome seed() {
        var cells = CELLS.stream()
                .map(code -> UUID.nameUUIDFromBytes(("chibo-demo-unit:" + code).getBytes(StandardCharsets.UTF_8)))
                .filter(id -> directory.unit(id).isPresent()).toList();
        var now = clock.instant();
        var held = meetings.of(cells, now.minus(Duration.ofDays(400)), now).stream()
                .filter(m -> m.state() == MeetingState.ENDED || m.state() == MeetingState.MINUTES_ADOPTED)
                .filter(m -> m.startedAt() != null).toList();
        int added = 0;
        for (var cell : cells) {
            var recent = held.stream().filter(m -> m.unitId().equals(cell))
                    .sorted(Comparator.comparing(MeetingSummary::startsAt).reversed()).limit(3).toList();
            for (var meeting : recent) {
                if (votes.ofMeeting(meeting.id().value()).isEmpty()) {
                    added += seed(meeting);
                }
            }
        }
        var total = held.stream().mapToInt(m -> votes.ofMeeting(m.id().value()).size()).sum();
        return Outcome.of(total + " closed votes in past meetings (" + added + " added)");
    }

    private int seed(MeetingSummary meeting) {
        var agenda = meetings.agenda(meeting.id());
        if (agenda.isEmpty()) {
            return 0;
        }
        var item = agenda.stream().filter(i -> i.type() == AgendaItemType.RESOLUTION).findFirst()
                .orElse(agenda.get(agenda.size() - 1));
        var date = meeting.startsAt().atZone(VietnamTime.ZONE).toLocalDate();
        var unit = directory.standingsOn(meeting.unitId(), date);
        var roll = new HashMap<UUID, RollStatus>();
        attendance.rollOf(meeting.id()).ifPresent(r -> r.lines().stream().filter(l -> l.status() != null)
                .forEach(l -> roll.put(l.memberId(), l.status())));
        var present = new HashSet<UUID>();
        if (roll.values().stream().anyMatch(RollStatus::present)) {
            roll.forEach((m, s) -> {
                if (s.present()) {
                    present.add(m);
                }
            });
        }
        else {
            for (int i = 0; i < unit.size(); i++) {
                var s = unit.get(i);
                if (i % 7 != 6 && !s.exempt() && !s.suspended() && !s.transferredOut()) {
                    present.add(s.member().id());
                }
            }
        }
        var electorate = Electorate.freeze(unit, unit, roll, present, false);
        var month = date.getMonthValue() + "/" + date.getYear();
        var opened = meeting.startedAt().plus(Duration.ofMinutes(80));
        close(open(meeting, item, DecisionType.ORDINARY_RESOLUTION, VoteResult.Mode.OPEN,
                "Thông qua nghị quyết chi bộ tháng " + month, null, electorate, opened), electorate, 11);
        if (meeting.mode() == MeetingMode.ONLINE) {
            return 1;
        }
        var candidate = unit.stream().filter(s -> s.member().status() == MemberStatus.PROBATIONARY).findFirst();
        var secret = candidate.isPresent()
                ? open(meeting, item, DecisionType.OFFICIAL_RECOGNITION, VoteResult.Mode.SECRET,
                        "Đề nghị công nhận đảng viên chính thức", candidate.get().member().fullName(), electorate,
                        opened.plus(Duration.ofMinutes(10)))
                : open(meeting, item, DecisionType.ORDINARY_RESOLUTION, VoteResult.Mode.SECRET,
                        "Biểu quyết kín chỉ tiêu kết nạp đảng viên mới năm " + date.getYear(), null, electorate,
                        opened.plus(Duration.ofMinutes(10)));
        close(secret, electorate, 9);
        return 2;
    }

    private Vote open(MeetingSummary meeting, AgendaItemSummary item, DecisionType type, VoteResult.Mode mode,
            String subject, String person, Electorate electorate, java.time.Instant at) {
        var id = UUID.nameUUIDFromBytes(("chibo-demo-vote:" + meeting.id() + ":" + subject).getBytes(StandardCharsets.UTF_8));
        var vote = new Vote(id, meeting.id().value(), item.id(), meeting.unitId(), meeting.cellId(), subject, type, mode,
                person, false, Vote.State.OPEN, at, SYSTEM, electorate.denominator().value(),
                json.writeValueAsString(electorate.denominator()), electorate.eligible(), null, null, null, null, null,
                null);
        votes.insert(vote, electorate);
        if (vote.secret()) {
            var receipts = new ArrayList<String>();
            while (receipts.size() < electorate.eligible()) {
                var bytes = new byte[5];
                random.nextBytes(bytes);
                var r = java.util.HexFormat.of().formatHex(bytes).toUpperCase();
                var receipt = r.substring(0, 5) + "-" + r.substring(5) + "-DEMO" + receipts.size();
                receipts.add(receipt);
            }
            votes.createSlots(id, receipts);
        }
        return vote;
    }

    /** Every eligible member casts: yes, except every {@code every}-th votes no and the one after abstains. */
    private void close(Vote vote, Electorate electorate, int every) {
        var casting = electorate.electors().stream().filter(Electorate.Elector::mayCast).toList();
        for (int i = 0; i < casting.size(); i++) {
            var choice = i % every == every - 1 ? Choice.NO : i % every == 0 && i > 0 ? Choice.ABSTAIN : Choice.YES;
            var member = casting.get(i).memberId();
            if (vote.secret()) {
                votes.mark(vote.id(), member);
                votes.fillSlot(vote.id(), choice);
            }
            else {
                votes.castOpen(vote.id(), member, choice, vote.openedAt().plus(Duration.ofSeconds(20 + i)));
            }
        }
        if (vote.secret()) {
            votes.sealSecretBox(vote.id());
        }
        Map<Choice, Integer> tally = votes.tally(vote);
        var passed = vote.decisionType().threshold().reachedBy(tally.get(Choice.YES), vote.denominator());
        votes.close(vote.id(), vote.openedAt().plus(Duration.ofMinutes(4)), SYSTEM, tally, passed, voting.digest(vote));
    }
}
