package vn.chibo.conferencing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * Settings of the Jitsi integration ({@code chibo.jitsi.*}, environment variables in README.md).
 *
 * @param domain      public Jitsi host the browser loads ({@code meet.example.org}); empty = video disabled
 * @param appId       the token's {@code iss}, Prosody's {@code app_id}
 * @param audience    the token's {@code aud} (Prosody's accepted audiences)
 * @param subject     the token's {@code sub}: the XMPP domain Prosody serves rooms under (docker-jitsi-meet:
 *                    {@code meet.jitsi}), or the tenant; empty = {@code domain}
 * @param appSecret   HS256 shared secret (Prosody's {@code app_secret}), at least 32 bytes
 * @param privateKey  RS256 private key, PKCS#8 PEM; when set, tokens are RS256 with {@code keyId} as {@code kid}
 * @param keyId       the {@code kid} Prosody uses to fetch the public key ({@code <asap_key_server>/<sha256(kid)>.pem})
 * @param tokenMargin how long after the planned end (or now, when later) a token stays valid
 * @param roomPrefix  readable start of derived room names
 * @param roomSecret  key of the HMAC deriving room names from meeting ids; empty = the app secret
 */
@ConfigurationProperties("chibo.jitsi")
record JitsiProperties(String domain, @DefaultValue("chibo") String appId, @DefaultValue("jitsi") String audience,
        String subject, String appSecret, String privateKey, String keyId, @DefaultValue("2h") Duration tokenMargin,
        @DefaultValue("chibo") String roomPrefix, String roomSecret, @DefaultValue Webhook webhook,
        @DefaultValue Rest rest, @DefaultValue Reconciliation reconciliation) {

    /**
     * @param pathPrefix event_sync's {@code api_prefix} path on our side; events arrive at
     *                   {@code <pathPrefix>/events/...}
     * @param secret     the bearer token event_sync sends ({@code api_headers}); empty = every webhook refused
     */
    record Webhook(@DefaultValue("/api/jitsi") String pathPrefix, String secret) {

        Webhook {
            Assert.isTrue(pathPrefix.startsWith("/") && !pathPrefix.endsWith("/"),
                    "chibo.jitsi.webhook.path-prefix must start with '/' and not end with one");
        }
    }

    /**
     * @param baseUrl         where Prosody's HTTP endpoints answer (mod_muc_size), e.g. {@code http://xmpp.meet.jitsi:5280};
     *                        empty = no reconciliation
     * @param xmppDomain      the {@code domain} parameter of {@code /room-size}; empty = {@code subject}
     * @param failuresToOpen  consecutive failures after which the breaker opens
     * @param openFor         how long an open breaker refuses calls before letting one through
     */
    record Rest(String baseUrl, String xmppDomain, @DefaultValue("2s") Duration connectTimeout,
            @DefaultValue("3s") Duration readTimeout, @DefaultValue("5") int failuresToOpen,
            @DefaultValue("30s") Duration openFor) {

        Rest {
            Assert.isTrue(failuresToOpen > 0, "chibo.jitsi.rest.failures-to-open must be positive");
        }
    }

    /** @param interval time between two reconciliations of the live rooms */
    record Reconciliation(@DefaultValue("60s") Duration interval) {
    }

    JitsiProperties {
        domain = domain == null ? "" : domain.trim();
        if (StringUtils.hasText(domain)) {
            Assert.isTrue(domain.matches("[A-Za-z0-9.-]+(:[0-9]+)?"),
                    "chibo.jitsi.domain (JITSI_DOMAIN) must be a host name such as meet.example.org");
            Assert.isTrue(StringUtils.hasText(privateKey) || (appSecret != null && appSecret.length() >= 32),
                    "JITSI_APP_SECRET must hold at least 32 characters (or set JITSI_PRIVATE_KEY for RS256)");
            Assert.isTrue(!StringUtils.hasText(privateKey) || StringUtils.hasText(keyId),
                    "JITSI_KEY_ID is required with JITSI_PRIVATE_KEY (RS256)");
        }
        Assert.isTrue(roomPrefix.matches("[a-z0-9]{1,20}"), "chibo.jitsi.room-prefix must be 1–20 lower-case letters or digits");
        Assert.isTrue(!tokenMargin.isNegative(), "chibo.jitsi.token-margin must not be negative");
    }

    boolean enabled() {
        return StringUtils.hasText(domain);
    }

    boolean rs256() {
        return StringUtils.hasText(privateKey);
    }

    String effectiveSubject() {
        return StringUtils.hasText(subject) ? subject.trim() : domain;
    }

    String effectiveXmppDomain() {
        return StringUtils.hasText(rest.xmppDomain()) ? rest.xmppDomain() : effectiveSubject();
    }
}
