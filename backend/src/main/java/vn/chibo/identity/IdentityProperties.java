package vn.chibo.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;

/**
 * Settings of login and accounts ({@code chibo.identity.*}).
 *
 * @param failuresBeforeThrottle       wrong passwords (or codes) in a row for one account after which its logins
 *                                     are refused with 429 until {@code throttleWindow} has passed without one
 * @param addressFailuresBeforeThrottle the same, counted per client address over every account
 * @param throttleWindow               how long a run of failures is remembered after the last one
 * @param lockThreshold                wrong passwords in a row (across windows) after which the account is
 *                                     locked until an administrator unlocks it
 * @param passwordMinLength            password policy: minimum length
 * @param totpIssuer                   the name authenticator apps show beside the code
 * @param totpEncryptionKey            base64 of 32 random bytes (AES-256-GCM) encrypting second-factor secrets
 *                                     at rest ({@code TOTP_ENCRYPTION_KEY}); required unless the demo profile
 *                                     is active
 */
@ConfigurationProperties("chibo.identity")
record IdentityProperties(@DefaultValue("20") int failuresBeforeThrottle,
        @DefaultValue("100") int addressFailuresBeforeThrottle, @DefaultValue("15m") Duration throttleWindow,
        @DefaultValue("40") int lockThreshold, @DefaultValue("10") int passwordMinLength,
        @DefaultValue("Chi bộ trực tuyến") String totpIssuer, String totpEncryptionKey) {

    IdentityProperties {
        Assert.isTrue(failuresBeforeThrottle > 0, "chibo.identity.failures-before-throttle must be positive");
        Assert.isTrue(addressFailuresBeforeThrottle > 0, "chibo.identity.address-failures-before-throttle must be positive");
        Assert.isTrue(lockThreshold > failuresBeforeThrottle,
                "chibo.identity.lock-threshold must be above failures-before-throttle");
        Assert.isTrue(passwordMinLength >= 10, "chibo.identity.password-min-length must be at least 10");
        Assert.isTrue(!throttleWindow.isNegative() && !throttleWindow.isZero(), "chibo.identity.throttle-window must be positive");
    }
}
