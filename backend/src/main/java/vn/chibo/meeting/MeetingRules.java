package vn.chibo.meeting;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import vn.chibo.meeting.MeetingRefusals.RuleRefusal;
import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.organisation.UnitView;
import vn.chibo.shared.Rule;
import vn.chibo.shared.time.VietnamTime;

/** The 03-HD/TW and Hướng dẫn 42 rules a meeting is checked against when it is created, changed or scheduled. */
@Component
class MeetingRules {

    private final OrganisationDirectory directory;
    private final JdbcOnlineAuthorisations authorisations;
    private final JdbcMeetings meetings;
    private final MeetingProperties properties;

    MeetingRules(OrganisationDirectory directory, JdbcOnlineAuthorisations authorisations, JdbcMeetings meetings,
            MeetingProperties properties) {
        this.directory = directory;
        this.authorisations = authorisations;
        this.meetings = meetings;
        this.properties = properties;
    }

    /** R1: the valid authorisation held on the date by the cell or any unit above it. */
    Optional<OnlineAuthorisation> authorisationFor(UUID cellId, LocalDate date) {
        var cell = directory.unit(cellId);
        if (cell.isEmpty()) {
            return Optional.empty();
        }
        var units = Stream.concat(cell.get().path().stream(), Stream.of(cellId)).toList();
        return authorisations.validOn(units, date);
    }

    /** R1 and R3: an online or hybrid meeting takes the authorisation valid on its date, or is refused. */
    Meeting withAuthorisation(Meeting m) {
        if (!m.mode().usesVideo()) {
            return new Meeting(m.id(), m.unitId(), m.cellId(), m.kind(), m.mode(), m.state(), m.title(), m.startsAt(),
                    m.endsAt(), m.startedAt(), m.endedAt(), m.place(), null, m.chairMemberId(), m.minuteTakerMemberId(),
                    false, null, m.recordingEnabled(), m.fromSchedule(), m.stateReason(), m.postponedToId(),
                    m.createdBy(), m.version());
        }
        var authorisation = authorisationFor(m.cellId(), m.date()).orElseThrow(MeetingRefusals::onlineNotAuthorised);
        return new Meeting(m.id(), m.unitId(), m.cellId(), m.kind(), m.mode(), m.state(), m.title(), m.startsAt(),
                m.endsAt(), m.startedAt(), m.endedAt(), m.place(),
                m.videoRoom() == null ? Meeting.newVideoRoom() : m.videoRoom(), m.chairMemberId(),
                m.minuteTakerMemberId(), true, authorisation.id(), m.recordingEnabled(), m.fromSchedule(),
                m.stateReason(), m.postponedToId(), m.createdBy(), m.version());
    }

    /** R4: restricted items never go on an online-only meeting. */
    void requireAllowedOnline(MeetingMode mode, List<AgendaItem> items) {
        if (mode != MeetingMode.ONLINE) {
            return;
        }
        items.stream().filter(i -> i.restrictedOnline(properties.restrictedOnlineTypes())).findFirst().ifPresent(i -> {
            throw MeetingRefusals.restrictedItemOnline(i.title());
        });
    }

    /** R4 for one decision: secret items, secret ballots and the configured types stay out of online-only meetings. */
    boolean restrictedOnline(AgendaItemType type, Classification classification, boolean secretBallot) {
        return new AgendaItem(null, null, 0, "", type, classification, secretBallot, null, null, 0, null)
                .restrictedOnline(properties.restrictedOnlineTypes());
    }

    /**
     * R24: a party group meets in the cell's place only in a cell of at least 50 members whose groups all have a
     * leader, and in at most 3 calendar months of a year. Several groups meeting in the same month use one of
     * those months together (they replace the same plenary meeting).
     */
    void requirePartyGroupAllowed(Meeting m) {
        if (!m.partyGroup()) {
            return;
        }
        var size = directory.membersOn(m.cellId(), m.date()).size();
        if (size < properties.partyGroupMinimumCellSize()) {
            throw new RuleRefusal("party-group-cell-too-small", Rule.R24, "Chi bộ chỉ có " + size
                    + " đảng viên; chỉ chi bộ có từ " + properties.partyGroupMinimumCellSize()
                    + " đảng viên trở lên và đã lập tổ đảng mới được sinh hoạt theo tổ đảng.");
        }
        var groups = directory.partyGroups(m.cellId());
        if (groups.isEmpty() || groups.stream().anyMatch(g -> g.leaderMemberId() == null)) {
            throw new RuleRefusal("party-group-not-set-up", Rule.R24,
                    "Chi bộ chưa lập đủ tổ đảng có tổ trưởng nên chưa được sinh hoạt theo tổ đảng.");
        }
        var months = groupMonths(m);
        var month = m.date().withDayOfMonth(1);
        if (!months.contains(month) && months.size() >= properties.partyGroupMeetingsPerYear()) {
            throw new RuleRefusal("party-group-meetings-exhausted", Rule.R24, "Năm " + m.date().getYear()
                    + " các tổ đảng của chi bộ đã sinh hoạt thay cho sinh hoạt chi bộ " + months.size()
                    + " lần (tối đa " + properties.partyGroupMeetingsPerYear()
                    + " lần mỗi năm); lần này phải sinh hoạt toàn chi bộ.");
        }
    }

    private List<LocalDate> groupMonths(Meeting m) {
        var year = Year.of(m.date().getYear());
        return meetings.groupMeetingMonths(m.cellId(), year.atDay(1).atStartOfDay(VietnamTime.ZONE).toInstant(),
                year.plusYears(1).atDay(1).atStartOfDay(VietnamTime.ZONE).toInstant(), m.id());
    }

    int minimumMinutes(MeetingKind kind) {
        return kind == MeetingKind.REGULAR_AND_THEMATIC ? properties.minimumCombinedMinutes() : properties.minimumMinutes();
    }

    /** R19 applies to the regular and thematic meetings (and their combination). */
    static boolean durationRuleApplies(MeetingKind kind) {
        return kind == MeetingKind.REGULAR || kind == MeetingKind.THEMATIC || kind == MeetingKind.REGULAR_AND_THEMATIC;
    }

    /** What the rules advise against without forbidding it (R2, R19, R24). */
    List<MeetingWarning> warnings(Meeting m, List<AgendaItem> items, Optional<OnlineAuthorisation> authorisation) {
        var warnings = new ArrayList<MeetingWarning>();
        if (durationRuleApplies(m.kind())) {
            var minimum = minimumMinutes(m.kind());
            if (m.plannedMinutes() < minimum) {
                warnings.add(new MeetingWarning("planned-duration-short", Rule.R19, "Thời gian dự kiến " + m.plannedMinutes()
                        + " phút, ít hơn " + minimum + " phút theo Hướng dẫn 42-HD/BTCTW."));
            }
            var agendaMinutes = items.stream().mapToInt(AgendaItem::plannedMinutes).sum();
            if (agendaMinutes > m.plannedMinutes()) {
                warnings.add(new MeetingWarning("agenda-longer-than-meeting", Rule.R19, "Chương trình dự kiến "
                        + agendaMinutes + " phút, dài hơn thời gian cuộc họp (" + m.plannedMinutes() + " phút)."));
            }
        }
        authorisation.filter(a -> !a.moreThanHalf()).ifPresent(a -> warnings.add(new MeetingWarning(
                "authorisation-below-half", Rule.R2, "Văn bản " + a.referenceNumber()
                        + " ghi nhận chưa quá một nửa số đảng viên không thể sinh hoạt trực tiếp.")));
        if (m.partyGroup() && MeetingTransition.counts(m.state())) {
            var months = groupMonths(m);
            var month = m.date().withDayOfMonth(1);
            var used = months.contains(month) ? months.size() : months.size() + 1;
            warnings.add(new MeetingWarning("party-group-meeting-count", Rule.R24, "Sinh hoạt tổ đảng thay sinh hoạt chi bộ: lần "
                    + Math.min(used, properties.partyGroupMeetingsPerYear()) + "/" + properties.partyGroupMeetingsPerYear()
                    + " trong năm " + m.date().getYear() + "."));
        }
        return warnings;
    }

    /** The unit a meeting is held by: a live cell, or a live party group (then its cell). */
    UnitView cellOf(UnitView unit) {
        return switch (unit.kind()) {
            case CELL -> unit;
            case PARTY_GROUP -> directory.unit(unit.parentId()).orElseThrow(MeetingRefusals::unitNotFound);
            default -> throw new MeetingRefusals.InvalidMeeting("meeting-unit-not-cell",
                    "Cuộc họp phải do một chi bộ hoặc tổ đảng tổ chức.");
        };
    }
}
