package vn.chibo.identity;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import vn.chibo.shared.redis.RedisKeySpace;

/**
 * Counts failed logins in Redis, shared by every node: per account (a run of failures, reset by a success)
 * and per client address. A count is forgotten {@code throttleWindow} after its last failure; while it is at
 * its limit, logins are refused with the time left as Retry-After. Keys:
 * {@code <prefix>identity:login-failures:account:<accountId>} and
 * {@code <prefix>identity:login-failures:address:<address>}.
 */
@Component
class LoginThrottle {

    /** Increments and (re)starts the window in one step, so two nodes never lose a failure between them. */
    private static final RedisScript<Long> RECORD_FAILURE = RedisScript.of("""
            local n = redis.call('INCR', KEYS[1])
            redis.call('PEXPIRE', KEYS[1], ARGV[1])
            return n""", Long.class);

    private final StringRedisTemplate redis;
    private final RedisKeySpace keys;
    private final IdentityProperties properties;

    LoginThrottle(StringRedisTemplate redis, RedisKeySpace keys, IdentityProperties properties) {
        this.redis = redis;
        this.keys = keys;
        this.properties = properties;
    }

    /** How long the caller must wait, when the account or the address is at its limit. */
    Optional<Duration> retryAfter(UUID accountId, String address) {
        var wait = waitFor(addressKey(address), properties.addressFailuresBeforeThrottle());
        if (wait.isEmpty() && accountId != null) {
            wait = waitFor(accountKey(accountId), properties.failuresBeforeThrottle());
        }
        return wait;
    }

    /** Counts a failure; answers the account's run of failures (0 when the account is unknown). */
    long recordFailure(UUID accountId, String address) {
        var window = String.valueOf(properties.throttleWindow().toMillis());
        redis.execute(RECORD_FAILURE, List.of(addressKey(address)), window);
        return accountId == null ? 0 : redis.execute(RECORD_FAILURE, List.of(accountKey(accountId)), window);
    }

    boolean reachedLimit(long failures) {
        return failures == properties.failuresBeforeThrottle();
    }

    void recordSuccess(UUID accountId) {
        redis.delete(accountKey(accountId));
    }

    private Optional<Duration> waitFor(String key, int limit) {
        var count = redis.opsForValue().get(key);
        if (count == null || Long.parseLong(count) < limit) {
            return Optional.empty();
        }
        var millis = redis.getExpire(key, java.util.concurrent.TimeUnit.MILLISECONDS);
        return Optional.of(millis == null || millis < 0 ? properties.throttleWindow() : Duration.ofMillis(millis));
    }

    private String accountKey(UUID accountId) {
        return keys.key("identity", "login-failures", "account", accountId.toString());
    }

    private String addressKey(String address) {
        return keys.key("identity", "login-failures", "address", address == null ? "unknown" : address);
    }
}
