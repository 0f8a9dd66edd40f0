package vn.chibo.meeting.notice;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.chibo.identity.RoleHolders;
import vn.chibo.meeting.MeetingSummary;
import vn.chibo.meeting.Meetings;
import vn.chibo.organisation.MemberView;
import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.shared.security.Role;
import vn.chibo.shared.time.VietnamTime;

/**
 * Who hears about a meeting: the members of its cell or group on the meeting's date, its chair and
 * minute-taker, its guests, and the upper committee's liaison for the cell (R21).
 */
@Component
class Recipients {

    private final OrganisationDirectory directory;
    private final Meetings meetings;
    private final JdbcLiaisons liaisons;
    private final RoleHolders roleHolders;

    Recipients(OrganisationDirectory directory, Meetings meetings, JdbcLiaisons liaisons, RoleHolders roleHolders) {
        this.directory = directory;
        this.meetings = meetings;
        this.liaisons = liaisons;
        this.roleHolders = roleHolders;
    }

    Set<UUID> of(MeetingSummary meeting) {
        var date = meeting.startsAt().atZone(VietnamTime.ZONE).toLocalDate();
        var recipients = new LinkedHashSet<UUID>();
        directory.membersOn(meeting.unitId(), date).stream().map(MemberView::id).forEach(recipients::add);
        if (meeting.chairMemberId() != null) {
            recipients.add(meeting.chairMemberId());
        }
        if (meeting.minuteTakerMemberId() != null) {
            recipients.add(meeting.minuteTakerMemberId());
        }
        recipients.addAll(meetings.guests(meeting.id()));
        liaison(meeting.cellId()).ifPresent(recipients::add);
        return recipients;
    }

    /**
     * Who answers for a cell's schedule: the chair of the meeting concerned, otherwise the chair of the cell's
     * latest meeting (the secretary, who usually chairs), and the upper committee's liaison (R21).
     */
    /**
     * The cell's secretary, deputy secretary and committee (their accounts' roles on the cell) and its liaison at
     * the upper committee; a cell whose officers have no accounts yet falls back to the chair of the meeting (or
     * of its latest meeting).
     */
    Set<UUID> cellOfficers(UUID cellId, vn.chibo.meeting.MeetingId meetingId, java.time.Instant now) {
        var recipients = new LinkedHashSet<UUID>(
                roleHolders.of(cellId, List.of(Role.SECRETARY, Role.DEPUTY_SECRETARY, Role.CELL_COMMITTEE)));
        if (recipients.isEmpty()) {
            var chair = meetingId == null ? java.util.Optional.<UUID>empty()
                    : meetings.find(meetingId).map(MeetingSummary::chairMemberId);
            if (chair.isEmpty()) {
                chair = meetings.of(List.of(cellId), now.minus(java.time.Duration.ofDays(400)), now).stream()
                        .filter(m -> m.chairMemberId() != null && m.unitId().equals(cellId))
                        .reduce((first, second) -> second).map(MeetingSummary::chairMemberId);
            }
            chair.ifPresent(recipients::add);
        }
        liaison(cellId).ifPresent(recipients::add);
        return recipients;
    }

    java.util.Optional<UUID> liaison(UUID cellId) {
        return liaisons.find(cellId).map(JdbcLiaisons.Liaison::memberId);
    }
}
