package vn.chibo.conferencing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import tools.jackson.databind.json.JsonMapper;

import vn.chibo.meeting.MeetingMode;
import vn.chibo.meeting.MeetingState;
import vn.chibo.meeting.MeetingSummary;
import vn.chibo.shared.security.ActorAuthentication;
import vn.chibo.shared.security.CurrentActor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** GET /api/meetings/{id}/video-token: who gets a token, for which room, with which rights. */
class VideoTokenEndpointTest extends ConferencingTestSupport {

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcVideoRooms rooms;

    final ProsodyTokenRules prosody = rules();

    @Test
    void aMemberOfTheCellGetsATokenForTheMeetingsRoomOnlyAndIsNoModerator() throws Exception {
        var cell = cell(MeetingState.OPEN);

        var token = token(cell.meeting(), cell.member());

        assertThat(token.get("domain")).isEqualTo(DOMAIN);
        assertThat(token.get("roomName")).isEqualTo(cell.meeting().videoRoom());
        assertThat(token.get("moderator")).isEqualTo(false);
        var claims = prosody.admit((String) token.get("jwt"), cell.meeting().videoRoom(), clock.instant());
        assertThat(claims.get("room")).isEqualTo(cell.meeting().videoRoom()).isNotEqualTo("*");
        assertThat(ProsodyTokenRules.moderator(claims)).isFalse();
        assertThat(ProsodyTokenRules.user(claims)).containsEntry("id", cell.member().id().toString())
                .containsEntry("name", "Lê Văn Đảng").containsEntry("affiliation", "member")
                .doesNotContainKey("email");
        var other = cell(MeetingState.OPEN);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> prosody.admit((String) token.get("jwt"), other.meeting().videoRoom(), clock.instant()))
                .isInstanceOf(ProsodyTokenRules.Refused.class);
        assertThat(rooms.meetingOf(cell.meeting().videoRoom())).contains(cell.meeting().id());
    }

    @Test
    void aMemberWithAnEmailAddressOnRecordHasItInTheToken(@Autowired ConferencingDoubles.FakeContacts contacts)
            throws Exception {
        var cell = cell(MeetingState.OPEN);
        contacts.emails.put(cell.member().id(), "dang.lv@chibo.example");

        var token = token(cell.meeting(), cell.member());

        var claims = prosody.admit((String) token.get("jwt"), cell.meeting().videoRoom(), clock.instant());
        assertThat(ProsodyTokenRules.user(claims)).containsEntry("email", "dang.lv@chibo.example");
    }

    @Test
    void theChairAndTheMinuteTakerAreModeratorsWithAffiliationOwner() throws Exception {
        var cell = cell(MeetingState.IN_PROGRESS);
        for (var member : List.of(cell.chair(), cell.minuteTaker())) {
            var token = token(cell.meeting(), member);
            assertThat(token.get("moderator")).isEqualTo(true);
            var claims = prosody.admit((String) token.get("jwt"), cell.meeting().videoRoom(), clock.instant());
            assertThat(ProsodyTokenRules.user(claims)).containsEntry("moderator", true).containsEntry("affiliation", "owner");
        }
    }

    @Test
    void theTokenExpiresAtThePlannedEndPlusTheMarginAndIsValidFromAMinuteAgo() throws Exception {
        var cell = cell(MeetingState.OPEN);
        var token = token(cell.meeting(), cell.member());
        var jwt = com.nimbusds.jwt.SignedJWT.parse((String) token.get("jwt")).getJWTClaimsSet();
        assertThat(jwt.getExpirationTime().toInstant()).isEqualTo(cell.meeting().endsAt().plus(Duration.ofMinutes(30)));
        assertThat(Instant.parse((String) token.get("expiresAt"))).isEqualTo(cell.meeting().endsAt().plus(Duration.ofMinutes(30)));
        assertThat(jwt.getNotBeforeTime().toInstant()).isEqualTo(clock.instant().minusSeconds(60));

        clock.set(cell.meeting().endsAt().plus(Duration.ofHours(1)));
        var late = token(cell.meeting(), cell.member());
        assertThat(prosody.admit((String) late.get("jwt"), cell.meeting().videoRoom(), clock.instant())).isNotEmpty();
    }

    @Test
    @DisplayName("R8 recording is off in the token unless the chair turned it on, only for moderators, never with an inspection item")
    void r8_recordingFeatureOnlyWhenEnabled() throws Exception {
        var cell = cell(MeetingState.IN_PROGRESS);
        assertThat(features(cell.meeting(), cell.chair())).containsEntry("recording", false).containsEntry("livestreaming", false);

        meetings.recording.add(cell.meeting().id());
        assertThat(features(cell.meeting(), cell.chair())).containsEntry("recording", true);
        assertThat(features(cell.meeting(), cell.member())).containsEntry("recording", false);

        meetings.inspectionItem(cell.meeting().id());
        assertThat(features(cell.meeting(), cell.chair())).containsEntry("recording", false);
    }

    @Test
    void aGroupMeetingAdmitsTheGroupsMembersAndNotTheRestOfTheCell() throws Exception {
        var cell = cell(MeetingState.OPEN);
        var groupId = UUID.randomUUID();
        var inGroup = directory.member("Phạm Tổ Viên", cell.cellId(), groupId);
        var meeting = meetings.meeting(cell.cellId(), groupId, MeetingMode.HYBRID, MeetingState.OPEN, inGroup.id(), null, null);

        var token = token(meeting, inGroup);
        assertThat((String) token.get("roomName")).matches("chibo-[0-9a-f]{24}");
        mvc.perform(get("/api/meetings/{id}/video-token", meeting.id().value()).with(as(actorOf(cell.member()))))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("video-access-denied"));
    }

    @Test
    @DisplayName("R6 an outsider, a reviewer who was not invited, and an account without a member get no token; an invited guest does")
    void r6_tokenRefusedToWhoeverIsNotAParticipant() throws Exception {
        var cell = cell(MeetingState.OPEN);
        var outsider = directory.member("Người Ngoài", UUID.randomUUID(), null);
        var url = "/api/meetings/{id}/video-token";
        mvc.perform(get(url, cell.meeting().id().value()).with(as(actorOf(outsider))))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("video-access-denied"))
                .andExpect(jsonPath("$.rule").value("R6"));
        mvc.perform(get(url, cell.meeting().id().value()).with(as(reviewer(cell.cellId()))))
                .andExpect(status().isForbidden());

        meetings.guests.put(cell.meeting().id(), List.of(outsider.id()));
        assertThat(token(cell.meeting(), outsider).get("moderator")).isEqualTo(false);
    }

    @Test
    void noTokenWithoutLoginForAnUnknownMeetingOrForAnInPersonMeeting() throws Exception {
        var cell = cell(MeetingState.OPEN);
        mvc.perform(get("/api/meetings/{id}/video-token", cell.meeting().id().value())).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/meetings/{id}/video-token", UUID.randomUUID()).with(as(actorOf(cell.member()))))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("meeting-not-found"));
        var inPerson = meetings.put(withMode(cell.meeting(), MeetingMode.IN_PERSON));
        mvc.perform(get("/api/meetings/{id}/video-token", inPerson.id().value()).with(as(actorOf(cell.member()))))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("meeting-without-video"));
    }

    @Test
    void noTokenWhileTheRoomIsNotOpen() throws Exception {
        for (var state : List.of(MeetingState.DRAFT, MeetingState.SCHEDULED, MeetingState.ENDED, MeetingState.CANCELLED,
                MeetingState.MINUTES_ADOPTED)) {
            var cell = cell(state);
            mvc.perform(get("/api/meetings/{id}/video-token", cell.meeting().id().value()).with(as(actorOf(cell.chair()))))
                    .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("video-room-not-open"));
        }
    }

    @Test
    void withoutAJitsiDomainTheAnswerSaysPlainlyThatVideoIsNotConfigured(@Autowired VideoRooms videoRooms,
            @Autowired JitsiTokens tokens, @Autowired CurrentActor currentActor,
            @Autowired vn.chibo.organisation.OrganisationDirectory organisation,
            @Autowired ConferencingDoubles.FakeContacts contacts) throws Exception {
        var cell = cell(MeetingState.OPEN);
        var disabled = new JitsiProperties("", "chibo", "jitsi", null, null, null, null, Duration.ofHours(2), "chibo",
                null, new JitsiProperties.Webhook("/api/jitsi", null),
                new JitsiProperties.Rest(null, null, Duration.ofSeconds(1), Duration.ofSeconds(1), 3, Duration.ofSeconds(30)),
                new JitsiProperties.Reconciliation(Duration.ofSeconds(60)));
        var access = new VideoAccess(disabled, meetings, organisation, contacts, videoRooms, rooms, tokens, clock);
        var standalone = MockMvcBuilders.standaloneSetup(new VideoTokenController(access, currentActor, disabled)).build();
        SecurityContextHolder.getContext().setAuthentication(new ActorAuthentication(actorOf(cell.member())));
        try {
            standalone.perform(get("/api/meetings/{id}/video-token", cell.meeting().id().value()))
                    .andExpect(status().isServiceUnavailable()).andExpect(jsonPath("$.code").value("video-not-configured"));
            standalone.perform(get("/api/video/settings")).andExpect(jsonPath("$.enabled").value(false));
        } finally {
            SecurityContextHolder.clearContext();
        }
        mvc.perform(get("/api/video/settings").with(as(actorOf(cell.member()))))
                .andExpect(jsonPath("$.enabled").value(true)).andExpect(jsonPath("$.domain").value(DOMAIN));
    }

    private Map<String, Object> token(MeetingSummary meeting, vn.chibo.organisation.MemberView member) throws Exception {
        var body = mvc.perform(get("/api/meetings/{id}/video-token", meeting.id().value()).with(as(actorOf(member))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        @SuppressWarnings("unchecked")
        Map<String, Object> map = json.readValue(body, Map.class);
        return map;
    }

    private Map<String, Object> features(MeetingSummary meeting, vn.chibo.organisation.MemberView member) throws Exception {
        var claims = prosody.admit((String) token(meeting, member).get("jwt"), rooms(meeting), clock.instant());
        return ProsodyTokenRules.features(claims);
    }

    private static String rooms(MeetingSummary meeting) {
        return meeting.videoRoom();
    }

    private static MeetingSummary withMode(MeetingSummary m, MeetingMode mode) {
        return new MeetingSummary(vn.chibo.meeting.MeetingId.random(), m.unitId(), m.cellId(), m.kind(), mode, m.state(),
                m.title(), m.startsAt(), m.endsAt(), m.startedAt(), m.endedAt(), m.chairMemberId(),
                m.minuteTakerMemberId(), m.place(), null, m.onlinePilot());
    }

    private static ProsodyTokenRules rules() {
        try {
            return ProsodyTokenRules.hs256("chibo", SECRET, "jitsi", SUBJECT);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
