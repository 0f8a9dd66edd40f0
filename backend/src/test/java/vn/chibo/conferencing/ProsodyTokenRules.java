package vn.chibo.conferencing;

import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;

/**
 * What Prosody's token authentication checks, written from the rule table in JITSI.md section 1 (not from our
 * minting code): header {@code typ} exactly "JWT", {@code alg} the configured one, {@code kid} in RS256 mode,
 * the signature, {@code iss} accepted, {@code aud} present (and accepted), {@code sub} the domain or {@code *},
 * {@code room} equal lower-cased to the room joined (or {@code *}), {@code exp}/{@code nbf} without leeway.
 * {@link #moderator} reads {@code context.user} like mod_token_affiliation.
 */
final class ProsodyTokenRules {

    /** Why Prosody would refuse the token. */
    static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason);
        }
    }

    private final JWSAlgorithm algorithm;
    private final JWSVerifier verifier;
    private final Set<String> acceptedIssuers;
    private final Set<String> acceptedAudiences;
    private final String domain;

    private ProsodyTokenRules(JWSAlgorithm algorithm, JWSVerifier verifier, Set<String> issuers, Set<String> audiences,
            String domain) {
        this.algorithm = algorithm;
        this.verifier = verifier;
        this.acceptedIssuers = issuers;
        this.acceptedAudiences = audiences;
        this.domain = domain;
    }

    static ProsodyTokenRules hs256(String appId, String appSecret, String audience, String domain) throws Exception {
        return new ProsodyTokenRules(JWSAlgorithm.HS256, new MACVerifier(appSecret), Set.of(appId), Set.of(audience), domain);
    }

    static ProsodyTokenRules rs256(String appId, RSAPublicKey key, String audience, String domain) {
        return new ProsodyTokenRules(JWSAlgorithm.RS256, new RSASSAVerifier(key), Set.of(appId), Set.of(audience), domain);
    }

    /** The token's claims when Prosody would let its bearer join {@code room} at {@code now}. */
    Map<String, Object> admit(String token, String room, Instant now) {
        try {
            var jwt = SignedJWT.parse(token);
            var header = jwt.getHeader();
            if (!JOSEObjectType.JWT.equals(header.getType())) {
                throw new Refused("typ must be JWT");
            }
            if (!algorithm.equals(header.getAlgorithm())) {
                throw new Refused("alg " + header.getAlgorithm() + " is not the configured " + algorithm);
            }
            if (JWSAlgorithm.RS256.equals(algorithm) && (header.getKeyID() == null || header.getKeyID().isBlank())) {
                throw new Refused("kid is required in RS256 mode");
            }
            if (!jwt.verify(verifier)) {
                throw new Refused("signature does not verify");
            }
            var claims = jwt.getJWTClaimsSet().getClaims();
            var iss = (String) claims.get("iss");
            if (iss == null || !acceptedIssuers.contains(iss)) {
                throw new Refused("iss not accepted: " + iss);
            }
            var aud = jwt.getJWTClaimsSet().getAudience();
            if (aud == null || aud.isEmpty() || aud.stream().noneMatch(acceptedAudiences::contains)) {
                throw new Refused("aud not accepted: " + aud);
            }
            var sub = (String) claims.get("sub");
            if (sub == null || !(sub.equals("*") || sub.equalsIgnoreCase(domain))) {
                throw new Refused("sub is not the domain: " + sub);
            }
            var tokenRoom = claims.get("room");
            if (!(tokenRoom instanceof String r) || !(r.equals("*") || r.toLowerCase(Locale.ROOT).equals(room.toLowerCase(Locale.ROOT)))) {
                throw new Refused("room " + tokenRoom + " is not " + room);
            }
            var exp = jwt.getJWTClaimsSet().getExpirationTime();
            if (exp == null || !now.isBefore(exp.toInstant())) {
                throw new Refused("expired (or no exp)");
            }
            var nbf = jwt.getJWTClaimsSet().getNotBeforeTime();
            if (nbf != null && now.isBefore(nbf.toInstant())) {
                throw new Refused("not yet valid");
            }
            return claims;
        } catch (Refused e) {
            throw e;
        } catch (Exception e) {
            throw new Refused("unreadable: " + e.getMessage());
        }
    }

    /** mod_token_affiliation: {@code moderator} true (or "true"), or {@code affiliation} owner/moderator. */
    @SuppressWarnings("unchecked")
    static boolean moderator(Map<String, Object> claims) {
        var context = (Map<String, Object>) claims.get("context");
        var user = context == null ? null : (Map<String, Object>) context.get("user");
        if (user == null) {
            return false;
        }
        var moderator = user.get("moderator");
        var affiliation = user.get("affiliation");
        return Boolean.TRUE.equals(moderator) || "true".equals(moderator) || "owner".equals(affiliation)
                || "moderator".equals(affiliation);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> user(Map<String, Object> claims) {
        return (Map<String, Object>) ((Map<String, Object>) claims.get("context")).get("user");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> features(Map<String, Object> claims) {
        return (Map<String, Object>) ((Map<String, Object>) claims.get("context")).get("features");
    }
}
