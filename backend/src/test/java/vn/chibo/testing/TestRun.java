package vn.chibo.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives one test run (one JUnit launcher session) its own database and Redis key prefix before any Spring
 * context starts, and removes both when the run ends. Spring picks them up through system properties, so
 * every {@code @SpringBootTest} of the run shares them.
 */
public class TestRun implements LauncherSessionListener {

    private static final String RUN_ID = TestServices.newRunId();
    public static final String DATABASE = "chibo_test_" + RUN_ID;
    public static final String REDIS_PREFIX = "chibo:test:" + RUN_ID + ":";

    private boolean created;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        TestServices.createDatabase(DATABASE);
        created = true;
        System.setProperty("spring.datasource.url", TestServices.jdbcUrl(DATABASE));
        System.setProperty("spring.datasource.username", TestServices.username());
        System.setProperty("spring.datasource.password", TestServices.password());
        System.setProperty("spring.data.redis.url", TestServices.redisUrl());
        System.setProperty("chibo.redis.key-prefix", REDIS_PREFIX);
        System.setProperty("chibo.identity.totp-encryption-key", TestServices.TOTP_ENCRYPTION_KEY);
        // a run caches several Spring contexts; small pools keep it well inside PostgreSQL's 100 connections
        System.setProperty("spring.datasource.hikari.maximum-pool-size", "8");
        System.setProperty("spring.datasource.hikari.minimum-idle", "0");
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (!created) {
            return;
        }
        TestServices.dropDatabase(DATABASE);
        TestServices.deleteRedisKeys(REDIS_PREFIX);
    }
}
