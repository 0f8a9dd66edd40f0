package vn.chibo.minutes;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.chibo.attendance.AttendanceRecords;
import vn.chibo.attendance.Roll;
import vn.chibo.attendance.RollStatus;
import vn.chibo.meeting.MeetingMode;
import vn.chibo.meeting.MeetingSummary;
import vn.chibo.meeting.Meetings;
import vn.chibo.organisation.MemberStatus;
import vn.chibo.organisation.MemberView;
import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.organisation.UnitKind;
import vn.chibo.organisation.UnitView;
import vn.chibo.room.SpeakingTurn;
import vn.chibo.room.SpeakingTurns;
import vn.chibo.shared.time.VietnamTime;
import vn.chibo.voting.VoteResult;
import vn.chibo.voting.VoteResults;

/**
 * Builds the biên bản of a meeting (R22) from the other modules as they are now — header and organisation, times,
 * place, the roll call, speakers per agenda item, closed votes, the party groups' rolls (R25) — and the minute-taker's
 * stored sections. Called live while drafting; frozen into the minutes at adoption.
 */
@Component
class MinutesAssembler {

    static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";
    static final String ONLINE_BASIS = "Hướng dẫn số 03-HD/TW ngày 27/12/2022 của Ban Bí thư";
    static final String PLATFORM = "Hệ thống Chi bộ trực tuyến (phòng họp trực tuyến có hình ảnh và âm thanh)";

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("H 'giờ' mm 'phút', 'ngày' dd/MM/yyyy",
            Locale.forLanguageTag("vi")).withZone(VietnamTime.ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("'ngày' dd 'tháng' MM 'năm' yyyy")
            .withZone(VietnamTime.ZONE);

    private final Meetings meetings;
    private final OrganisationDirectory directory;
    private final AttendanceRecords attendance;
    private final SpeakingTurns speakingTurns;
    private final VoteResults voteResults;

    MinutesAssembler(Meetings meetings, OrganisationDirectory directory, AttendanceRecords attendance,
            SpeakingTurns speakingTurns, VoteResults voteResults) {
        this.meetings = meetings;
        this.directory = directory;
        this.attendance = attendance;
        this.speakingTurns = speakingTurns;
        this.voteResults = voteResults;
    }

    /** The section keys the minute-taker may write for this meeting. */
    static boolean knownSection(String key, List<UUID> itemIds) {
        if (Sections.GENERAL.contains(key)) {
            return true;
        }
        var parts = key.split(":");
        if (parts.length != 3 || !parts[0].equals("item") || !Sections.PER_ITEM.contains(parts[2])) {
            return false;
        }
        try {
            return itemIds.contains(UUID.fromString(parts[1]));
        }
        catch (IllegalArgumentException e) {
            return false;
        }
    }

    static final class Sections {
        static final List<String> GENERAL = List.of("guests", "conclusions", "tasks", "self-assessment");
        static final List<String> PER_ITEM = List.of("opinions", "conclusion");

        static String item(Object itemId, String part) {
            return "item:" + itemId + ":" + part;
        }

        private Sections() {
        }
    }

    MinutesContent assemble(MeetingSummary meeting, Map<String, String> sections) {
        return assemble(meeting, sections, meeting.endedAt());
    }

    /**
     * The content with the meeting's close at {@code endedAt}: its actual end once it has ended, or the moment the
     * minutes are adopted when that comes first — the reading and adoption of the minutes is the meeting's last
     * item (R18), so the biên bản says it closed then.
     */
    MinutesContent assemble(MeetingSummary meeting, Map<String, String> sections, Instant endedAt) {
        var unit = directory.unit(meeting.unitId()).orElse(null);
        var cell = directory.unit(meeting.cellId()).orElse(unit);
        var groupMeeting = !meeting.unitId().equals(meeting.cellId());
        var ancestors = ancestors(unit);
        var roll = attendance.rollOf(meeting.id()).orElse(null);
        var lines = roll == null ? List.<Roll.Line>of() : roll.lines();

        var header = new MinutesContent.Header(upper(parentName(unit)), upper(unit == null ? "" : unit.name()), PARTY,
                locality(ancestors) + ", " + DAY.format(day(meeting)));
        var organisation = new MinutesContent.Organisation(meeting.unitId().toString(),
                unit == null ? null : unit.kind().name(), unit == null ? null : unit.name(),
                cell == null ? null : cell.name(), ancestors.stream().map(UnitView::name).toList(), groupMeeting);
        var times = new MinutesContent.Times(iso(meeting.startedAt()), iso(endedAt),
                meeting.startedAt() == null ? null : CLOCK.format(meeting.startedAt()),
                endedAt == null ? null : CLOCK.format(endedAt));

        var members = new ArrayList<Roll.Line>();
        var guests = new ArrayList<Roll.Line>();
        lines.forEach(l -> (l.guest() ? guests : members).add(l));
        var views = new LinkedHashMap<UUID, MemberView>();
        members.forEach(l -> directory.member(l.memberId()).ifPresent(v -> views.put(l.memberId(), v)));
        var official = (int) members.stream().filter(l -> isOfficial(views, l)).count();
        var totals = new MinutesContent.Totals(members.size(), official, members.size() - official,
                count(members, RollStatus.EXEMPT), count(members, RollStatus.SUSPENDED),
                count(members, RollStatus.TRANSFERRED), guests.size());
        var present = members.stream().filter(l -> l.status() != null && l.status().present()).toList();
        var presentOfficial = (int) present.stream().filter(l -> isOfficial(views, l)).count();
        var presentTotals = new MinutesContent.Present(present.size(), count(members, RollStatus.PRESENT_IN_PERSON),
                count(members, RollStatus.PRESENT_ONLINE), presentOfficial, present.size() - presentOfficial);
        var rate = roll == null ? new MinutesContent.Rate(0, 0, null, 0, false)
                : new MinutesContent.Rate(roll.rate().present(), roll.rate().denominator(),
                        roll.rate().percent() == null ? null : roll.rate().percent().toPlainString(),
                        roll.rate().thresholdPercent(), roll.rate().meetsThreshold());
        var absentees = members.stream().filter(l -> l.status() == null || !l.status().present())
                .map(l -> new MinutesContent.Absentee(l.memberId().toString(), l.fullName(),
                        l.status() == null ? null : l.status().name(), statusLabel(l.status()), l.reason()))
                .toList();

        var guestNames = new ArrayList<String>();
        for (var guest : meetings.guests(meeting.id())) {
            directory.member(guest).map(MemberView::fullName).ifPresent(guestNames::add);
        }

        var items = items(meeting, sections);
        var votes = votes(meeting);
        var signatories = List.of(
                new MinutesContent.Signatory("CHAIR", "Chủ trì", str(meeting.chairMemberId()), name(meeting.chairMemberId())),
                new MinutesContent.Signatory("MINUTE_TAKER", "Thư ký", str(meeting.minuteTakerMemberId()),
                        name(meeting.minuteTakerMemberId())));

        return new MinutesContent(MinutesContent.SCHEMA, meeting.id().value().toString(), header, "BIÊN BẢN",
                meeting.title(), organisation, times, place(meeting), totals, presentTotals, rate, absentees,
                person(meeting.chairMemberId()), person(meeting.minuteTakerMemberId()), guestNames,
                sections.getOrDefault("guests", ""), items, votes, sections.getOrDefault("conclusions", ""),
                sections.getOrDefault("tasks", ""), sections.getOrDefault("self-assessment", ""),
                groupMeeting ? List.of() : groupRollUp(meeting), signatories);
    }

    private List<MinutesContent.Item> items(MeetingSummary meeting, Map<String, String> sections) {
        var turns = speakingTurns.of(meeting.id());
        var items = new ArrayList<MinutesContent.Item>();
        var itemIds = new ArrayList<UUID>();
        for (var item : meetings.agenda(meeting.id())) {
            itemIds.add(item.id());
            var speakers = turns.stream().filter(t -> item.id().equals(t.agendaItemId())).map(this::speaker).toList();
            var presenter = item.presenterName() != null ? item.presenterName() : name(item.presenterMemberId());
            items.add(new MinutesContent.Item(item.id().toString(), item.position(), item.title(), presenter, speakers,
                    sections.getOrDefault(Sections.item(item.id(), "opinions"), ""),
                    sections.getOrDefault(Sections.item(item.id(), "conclusion"), "")));
        }
        var elsewhere = turns.stream().filter(t -> t.agendaItemId() == null || !itemIds.contains(t.agendaItemId()))
                .map(this::speaker).toList();
        if (!elsewhere.isEmpty()) {
            items.add(new MinutesContent.Item(null, items.size() + 1, "Ý kiến ngoài các mục chương trình", null,
                    elsewhere, "", ""));
        }
        return items;
    }

    private MinutesContent.Speaker speaker(SpeakingTurn turn) {
        return new MinutesContent.Speaker(turn.memberId().toString(), name(turn.memberId()), iso(turn.startedAt()));
    }

    private List<MinutesContent.Vote> votes(MeetingSummary meeting) {
        return voteResults.closedIn(meeting.id()).stream().map(MinutesAssembler::vote).toList();
    }

    private static MinutesContent.Vote vote(VoteResult v) {
        return new MinutesContent.Vote(v.voteId().toString(), str(v.agendaItemId()), v.subject(),
                v.decisionType().name(), v.mode().name(), v.yes(), v.no(), v.abstain(), v.denominator(), v.eligible(),
                v.rule(), v.decisionType().threshold().name(), v.passed(), iso(v.closedAt()));
    }

    /** R25: each party group's meeting of the month keeps its own roll; the cell's minutes list them. */
    private List<MinutesContent.GroupRoll> groupRollUp(MeetingSummary meeting) {
        var month = YearMonth.from(day(meeting).atZone(VietnamTime.ZONE));
        var rolls = new ArrayList<MinutesContent.GroupRoll>();
        for (var roll : attendance.groupRollsOf(meeting.cellId(), month)) {
            var group = meetings.find(roll.meetingId()).flatMap(m -> directory.unit(m.unitId())).map(UnitView::name)
                    .orElse("");
            var r = roll.rate();
            rolls.add(new MinutesContent.GroupRoll(roll.meetingId().value().toString(), group, r.summoned(), r.exempt(),
                    r.present(), r.denominator(), r.percent() == null ? null : r.percent().toPlainString()));
        }
        return rolls;
    }

    private MinutesContent.Place place(MeetingSummary meeting) {
        var mode = meeting.mode();
        var online = mode != MeetingMode.IN_PERSON;
        var basis = online ? ONLINE_BASIS : null;
        var text = switch (mode) {
            case IN_PERSON -> "Tại " + Objects.requireNonNullElse(meeting.place(), "—");
            case ONLINE -> "Họp trực tuyến qua " + PLATFORM + ", theo " + ONLINE_BASIS;
            case HYBRID -> "Kết hợp trực tiếp tại " + Objects.requireNonNullElse(meeting.place(), "—")
                    + " và trực tuyến qua " + PLATFORM + ", theo " + ONLINE_BASIS;
        };
        return new MinutesContent.Place(mode.name(), meeting.place(), online ? PLATFORM : null, basis, text);
    }

    static String statusLabel(RollStatus status) {
        if (status == null) {
            return "Chưa điểm danh";
        }
        return switch (status) {
            case PRESENT_IN_PERSON -> "Có mặt trực tiếp";
            case PRESENT_ONLINE -> "Có mặt trực tuyến";
            case ABSENT_WITH_REASON -> "Vắng có lý do";
            case ABSENT_WITHOUT_REASON -> "Vắng không lý do";
            case EXEMPT -> "Miễn công tác và sinh hoạt đảng";
            case TRANSFERRED -> "Chuyển sinh hoạt tạm thời";
            case SUSPENDED -> "Đình chỉ sinh hoạt";
        };
    }

    private List<UnitView> ancestors(UnitView unit) {
        if (unit == null) {
            return List.of();
        }
        var result = new ArrayList<UnitView>();
        for (var id : unit.path()) {
            if (!id.equals(unit.id())) {
                directory.unit(id).ifPresent(result::add);
            }
        }
        return result;
    }

    private String parentName(UnitView unit) {
        if (unit == null || unit.parentId() == null) {
            return "";
        }
        return directory.unit(unit.parentId()).map(UnitView::name).orElse("");
    }

    /** The place line names the locality of the top committee ("Thành ủy Tân An" → "Tân An"). */
    private static String locality(List<UnitView> ancestors) {
        var top = ancestors.stream().filter(u -> u.kind() == UnitKind.COMMITTEE).findFirst()
                .or(() -> ancestors.stream().findFirst()).map(UnitView::name).orElse("");
        for (var prefix : List.of("Đảng bộ thành phố ", "Đảng bộ Thành phố ", "Thành ủy ", "Huyện ủy ", "Thị ủy ",
                "Tỉnh ủy ", "Quận ủy ", "Đảng bộ ")) {
            if (top.startsWith(prefix)) {
                return top.substring(prefix.length());
            }
        }
        return top;
    }

    private static String upper(String name) {
        return name == null ? "" : name.toUpperCase(Locale.forLanguageTag("vi"));
    }

    private static Instant day(MeetingSummary meeting) {
        return meeting.startedAt() != null ? meeting.startedAt() : meeting.startsAt();
    }

    private boolean isOfficial(Map<UUID, MemberView> views, Roll.Line line) {
        var view = views.get(line.memberId());
        return view != null && view.status() == MemberStatus.OFFICIAL;
    }

    private static int count(List<Roll.Line> lines, RollStatus status) {
        return (int) lines.stream().filter(l -> l.status() == status).count();
    }

    private MinutesContent.Person person(UUID memberId) {
        return memberId == null ? null : new MinutesContent.Person(memberId.toString(), name(memberId));
    }

    private String name(UUID memberId) {
        return memberId == null ? null : directory.member(memberId).map(MemberView::fullName).orElse(null);
    }

    static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
