package vn.chibo.conferencing;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.meeting.AgendaItemType;
import vn.chibo.meeting.MeetingId;
import vn.chibo.meeting.MeetingState;
import vn.chibo.meeting.MeetingSummary;
import vn.chibo.meeting.Meetings;
import vn.chibo.organisation.MemberContacts;
import vn.chibo.organisation.MemberView;
import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.shared.security.Actor;

/**
 * Who gets into a meeting's call, and the token that lets them in. Admitted: an authenticated member who may
 * view the meeting and is one of its participants — a member of its cell (for a party-group meeting: of the
 * group), an invited guest, its chair or minute-taker, or someone who runs it (the cell's secretary for a group
 * meeting). Upper-committee reviewers who are none of these are not admitted (R6: no guests in member-only
 * meetings) unless invited as guests. Only while the meeting is open or in progress.
 */
@Service
class VideoAccess {

    /** What the browser needs to create the call. */
    record VideoToken(String domain, String roomName, String jwt, Instant expiresAt, boolean moderator) {
    }

    private final JitsiProperties properties;
    private final Meetings meetings;
    private final OrganisationDirectory directory;
    private final MemberContacts contacts;
    private final VideoRooms rooms;
    private final JdbcVideoRooms registry;
    private final JitsiTokens tokens;
    private final Clock clock;

    VideoAccess(JitsiProperties properties, Meetings meetings, OrganisationDirectory directory,
            MemberContacts contacts, VideoRooms rooms, JdbcVideoRooms registry, JitsiTokens tokens,
            Clock clock) {
        this.properties = properties;
        this.meetings = meetings;
        this.directory = directory;
        this.contacts = contacts;
        this.rooms = rooms;
        this.registry = registry;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Transactional
    VideoToken tokenFor(MeetingId id, Actor actor) {
        var meeting = meetings.find(id).orElseThrow(VideoRefusals::meetingNotFound);
        if (actor.memberId() == null || !meetings.mayView(actor, id)) {
            throw new VideoRefusals.NotAllowedIntoCall();
        }
        var member = directory.member(actor.memberId());
        if (!isParticipant(meeting, actor, member.orElse(null), meetings)) {
            throw new VideoRefusals.NotAllowedIntoCall();
        }
        if (!meeting.mode().usesVideo()) {
            throw new VideoRefusals.MeetingWithoutVideo();
        }
        if (meeting.state() != MeetingState.OPEN && meeting.state() != MeetingState.IN_PROGRESS) {
            throw new VideoRefusals.RoomNotOpen();
        }
        if (!properties.enabled()) {
            throw new VideoRefusals.VideoNotConfigured();
        }
        var room = rooms.roomOf(meeting);
        var now = clock.instant();
        registry.register(room, id, true, now);
        var moderator = actor.memberId().equals(meeting.chairMemberId())
                || actor.memberId().equals(meeting.minuteTakerMemberId());
        var end = meeting.endsAt().isAfter(now) ? meeting.endsAt() : now;
        var expiresAt = end.plus(properties.tokenMargin());
        var name = member.map(MemberView::fullName).orElse(actor.displayName());
        var email = contacts.email(actor.memberId()).orElse(null);
        var jwt = tokens.mint(new JitsiTokens.Grant(room, actor.memberId().toString(), name, email, moderator,
                features(meeting, moderator, meetings), expiresAt));
        return new VideoToken(properties.domain(), room, jwt, expiresAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                moderator);
    }

    private static boolean isParticipant(MeetingSummary meeting, Actor actor, MemberView member, Meetings meetings) {
        var memberId = actor.memberId();
        if (memberId.equals(meeting.chairMemberId()) || memberId.equals(meeting.minuteTakerMemberId())
                || meetings.guests(meeting.id()).contains(memberId)) {
            return true;
        }
        if (member != null) {
            var groupMeeting = !Objects.equals(meeting.unitId(), meeting.cellId());
            var ofUnit = groupMeeting ? meeting.unitId().equals(member.groupId()) : meeting.cellId().equals(member.cellId());
            if (ofUnit) {
                return true;
            }
        }
        return meetings.mayManage(actor, meeting.id());
    }

    /**
     * R8: recording only when the chair turned it on, never with an inspection item on the agenda, and only for
     * moderators; live streaming never. Polls, lobby and breakout rooms are the moderators'.
     */
    private static Map<String, Boolean> features(MeetingSummary meeting, boolean moderator, Meetings meetings) {
        var recording = moderator && meetings.recordingEnabled(meeting.id())
                && meetings.agenda(meeting.id()).stream().noneMatch(i -> i.type() == AgendaItemType.INSPECTION);
        var features = new LinkedHashMap<String, Boolean>();
        features.put("recording", recording);
        features.put("livestreaming", false);
        features.put("transcription", false);
        features.put("outbound-call", false);
        features.put("sip-outbound-call", false);
        features.put("screen-sharing", true);
        features.put("send-groupchat", true);
        features.put("create-polls", moderator);
        features.put("lobby", moderator);
        features.put("breakout-rooms", moderator);
        return features;
    }
}
