package vn.chibo.conferencing;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.stereotype.Component;

/**
 * Signs the JWTs Prosody's token authentication accepts (JITSI.md section 1): header {@code typ: JWT},
 * HS256 with the app secret or RS256 with {@code kid}; {@code iss}, {@code aud}, {@code sub}, {@code room}
 * (one room, never {@code *}), {@code nbf} a minute back for clock skew, {@code exp}, and {@code context}.
 */
@Component
class JitsiTokens {

    static final Duration SKEW = Duration.ofSeconds(60);

    /** What goes into one token; {@code email} may be null. */
    record Grant(String room, String memberId, String name, String email, boolean moderator,
            Map<String, Boolean> features, Instant expiresAt) {
    }

    private final JitsiProperties properties;
    private final Clock clock;
    private volatile JWSSigner signer;

    JitsiTokens(JitsiProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    String mint(Grant grant) {
        if (grant.room() == null || grant.room().isBlank() || grant.room().contains("*")) {
            throw new IllegalArgumentException("a token is for exactly one room");
        }
        var now = clock.instant();
        var user = new LinkedHashMap<String, Object>();
        user.put("id", grant.memberId());
        user.put("name", grant.name());
        if (grant.email() != null) {
            user.put("email", grant.email());
        }
        user.put("moderator", grant.moderator());
        user.put("affiliation", grant.moderator() ? "owner" : "member");
        var claims = new JWTClaimsSet.Builder()
                .issuer(properties.appId())
                .audience(properties.audience())
                .subject(properties.effectiveSubject())
                .claim("room", grant.room())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now.minus(SKEW)))
                .expirationTime(Date.from(grant.expiresAt()))
                .claim("context", Map.of("user", user, "features", grant.features()))
                .build();
        var header = new JWSHeader.Builder(properties.rs256() ? JWSAlgorithm.RS256 : JWSAlgorithm.HS256)
                .type(JOSEObjectType.JWT)
                .keyID(properties.rs256() ? properties.keyId() : null)
                .build();
        var jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a Jitsi token", e);
        }
        return jwt.serialize();
    }

    private JWSSigner signer() throws JOSEException {
        if (signer == null) {
            signer = properties.rs256() ? new RSASSASigner(rsaKey(properties.privateKey()))
                    : new MACSigner(properties.appSecret().getBytes(StandardCharsets.UTF_8));
        }
        return signer;
    }

    static RSAPrivateKey rsaKey(String pem) {
        var base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        try {
            return (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (Exception e) {
            throw new IllegalStateException("JITSI_PRIVATE_KEY is not an RSA private key in PKCS#8 PEM", e);
        }
    }
}
