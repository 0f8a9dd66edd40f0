package vn.chibo.shared.redis;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;

/**
 * Every Redis key the application writes starts with this prefix ({@code REDIS_KEY_PREFIX}, default
 * {@code chibo:}), so that several deployments or test runs can share one Redis without colliding, and a
 * run can remove exactly its own keys. Modules document their key layout in their package-info.
 */
@ConfigurationProperties("chibo.redis")
public record RedisKeySpace(@DefaultValue("chibo:") String keyPrefix) {

    public RedisKeySpace {
        Assert.hasText(keyPrefix, "chibo.redis.key-prefix must not be empty");
        Assert.isTrue(keyPrefix.endsWith(":"), "chibo.redis.key-prefix must end with ':'");
    }

    /** {@code key("room", "42", "presence")} → {@code chibo:room:42:presence}. */
    public String key(String... parts) {
        return keyPrefix + String.join(":", parts);
    }
}
