package vn.chibo.conferencing;

import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;

import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Tokens as Prosody's token authentication reads them (JITSI.md section 1), checked by {@link ProsodyTokenRules}. */
class JitsiTokensTest {

    static final Instant NOW = Instant.parse("2026-12-03T12:30:00Z");
    static final String SECRET = "a-shared-secret-of-forty-characters-0123";
    static final String ROOM = "chibo-3f9a0c1d2e4b5a6978f0e1d2";

    static JitsiProperties properties(String secret, String privateKey, String keyId) {
        return new JitsiProperties("meet.example.org", "chibo", "jitsi", "meet.jitsi", secret, privateKey, keyId,
                Duration.ofHours(2), "chibo", null, new JitsiProperties.Webhook("/api/jitsi", "s"),
                new JitsiProperties.Rest(null, null, Duration.ofSeconds(1), Duration.ofSeconds(1), 3, Duration.ofSeconds(30)),
                new JitsiProperties.Reconciliation(Duration.ofSeconds(60)));
    }

    static JitsiTokens.Grant grant(String room, boolean moderator) {
        return new JitsiTokens.Grant(room, "8d2f4f7e-0000-4000-8000-000000000001", "Lê Văn Đảng", null, moderator,
                Map.of("recording", false), NOW.plus(Duration.ofHours(3)));
    }

    final JitsiTokens tokens = new JitsiTokens(properties(SECRET, null, null), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void prosodyAcceptsTheTokenForItsRoomWithHeaderAndClaimsAsDocumented() throws Exception {
        var token = tokens.mint(grant(ROOM, false));
        var claims = ProsodyTokenRules.hs256("chibo", SECRET, "jitsi", "meet.jitsi").admit(token, ROOM, NOW);

        var header = SignedJWT.parse(token).getHeader().toJSONObject();
        assertThat(header).containsEntry("typ", "JWT").containsEntry("alg", "HS256").doesNotContainKey("kid");
        assertThat(claims).containsEntry("iss", "chibo").containsEntry("sub", "meet.jitsi").containsEntry("room", ROOM);
        assertThat(claims.get("aud")).isIn("jitsi", java.util.List.of("jitsi"));
        var jwt = SignedJWT.parse(token).getJWTClaimsSet();
        assertThat(jwt.getNotBeforeTime().toInstant()).isEqualTo(NOW.minusSeconds(60));
        assertThat(jwt.getExpirationTime().toInstant()).isEqualTo(NOW.plus(Duration.ofHours(3)));
        assertThat(ProsodyTokenRules.user(claims)).containsEntry("id", "8d2f4f7e-0000-4000-8000-000000000001")
                .containsEntry("name", "Lê Văn Đảng").doesNotContainKey("email");
        assertThat(ProsodyTokenRules.moderator(claims)).isFalse();
    }

    @Test
    void aTokenForOneMeetingDoesNotOpenAnotherRoom() {
        var token = tokens.mint(grant(ROOM, false));
        var rules = assertThatRules();
        assertThatThrownBy(() -> rules.admit(token, "chibo-another0room0000000000", NOW))
                .isInstanceOf(ProsodyTokenRules.Refused.class).hasMessageContaining("room");
        assertThat(rules.admit(token, ROOM.toUpperCase(), NOW)).isNotEmpty();
    }

    @Test
    void aTokenIsRefusedAfterItsExpiryWithoutLeewayAndAcceptedDespiteAMinuteOfClockSkew() {
        var token = tokens.mint(grant(ROOM, false));
        var rules = assertThatRules();
        assertThatThrownBy(() -> rules.admit(token, ROOM, NOW.plus(Duration.ofHours(3))))
                .hasMessageContaining("expired");
        assertThat(rules.admit(token, ROOM, NOW.minusSeconds(59))).isNotEmpty();
        assertThatThrownBy(() -> rules.admit(token, ROOM, NOW.minusSeconds(61))).hasMessageContaining("not yet valid");
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRefused() throws Exception {
        var token = tokens.mint(grant(ROOM, false));
        var other = ProsodyTokenRules.hs256("chibo", "another-shared-secret-of-forty-chars-999", "jitsi", "meet.jitsi");
        assertThatThrownBy(() -> other.admit(token, ROOM, NOW)).hasMessageContaining("signature");
    }

    @Test
    void moderatorIsReadFromModeratorTrueAndAffiliationOwner() {
        var claims = assertThatRules().admit(tokens.mint(grant(ROOM, true)), ROOM, NOW);
        assertThat(ProsodyTokenRules.user(claims)).containsEntry("moderator", true).containsEntry("affiliation", "owner");
        assertThat(ProsodyTokenRules.moderator(claims)).isTrue();
    }

    @Test
    void aWildcardOrEmptyRoomIsNeverIssued() {
        assertThatThrownBy(() -> tokens.mint(grant("*", true))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tokens.mint(grant(" ", true))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rs256TokensCarryTheKidAndVerifyWithThePublicKey() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        var pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        var rs = new JitsiTokens(properties(null, pem, "chibo-2026"), Clock.fixed(NOW, ZoneOffset.UTC));

        var token = rs.mint(grant(ROOM, false));

        var header = SignedJWT.parse(token).getHeader();
        assertThat(header.getKeyID()).isEqualTo("chibo-2026");
        assertThat(header.getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(ProsodyTokenRules.rs256("chibo", (RSAPublicKey) pair.getPublic(), "jitsi", "meet.jitsi")
                .admit(token, ROOM, NOW)).containsEntry("room", ROOM);
        assertThatThrownBy(() -> ProsodyTokenRules.hs256("chibo", SECRET, "jitsi", "meet.jitsi").admit(token, ROOM, NOW))
                .hasMessageContaining("alg");
    }

    @Test
    void derivedRoomNamesAreLowerCaseStablePerMeetingAndDifferBetweenMeetings() {
        var rooms = new VideoRooms(properties(SECRET, null, null));
        var a = vn.chibo.meeting.MeetingId.random();
        var b = vn.chibo.meeting.MeetingId.random();
        assertThat(rooms.derived(a)).matches("chibo-[0-9a-f]{24}").isEqualTo(rooms.derived(a)).isNotEqualTo(rooms.derived(b));
        assertThat(rooms.derived(a)).doesNotContain(a.value().toString().substring(0, 8));
    }

    private static ProsodyTokenRules assertThatRules() {
        try {
            return ProsodyTokenRules.hs256("chibo", SECRET, "jitsi", "meet.jitsi");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
