package vn.chibo.testing;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;

/**
 * The real PostgreSQL and Redis the tests talk to, and the private space one test run gets in them: a fresh
 * database and a Redis key prefix, both named after the run so that two runs at once never collide, and
 * both removed when the run ends. Settings come from {@code TEST_DATABASE_SERVER} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/}), {@code DATABASE_USERNAME}/{@code DATABASE_PASSWORD} and
 * {@code REDIS_URL}.
 */
public final class TestServices {

    private static final String SERVER = env("TEST_DATABASE_SERVER", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = env("DATABASE_USERNAME", "postgres");
    private static final String PASSWORD = env("DATABASE_PASSWORD", "");
    private static final String REDIS_URL = env("REDIS_URL", "redis://127.0.0.1:6379");

    /** Encrypts second-factor secrets in tests (base64 of 32 bytes); production keys come from the environment. */
    public static final String TOTP_ENCRYPTION_KEY = "dGVzdC1vbmx5LWtleS1mb3ItY2hpYm8tdGVzdHMtMzI=";

    private TestServices() {
    }

    /** A name unique to this run: a random part plus the process id. */
    public static String newRunId() {
        var random = new byte[4];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random) + ProcessHandle.current().pid();
    }

    public static String jdbcUrl(String database) {
        return SERVER + database;
    }

    public static String username() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    public static String redisUrl() {
        return REDIS_URL;
    }

    public static String redisHost() {
        return URI.create(REDIS_URL).getHost();
    }

    public static int redisPort() {
        var port = URI.create(REDIS_URL).getPort();
        return port == -1 ? 6379 : port;
    }

    public static void createDatabase(String database) {
        admin("create database \"" + database + "\" encoding 'UTF8' template template0");
    }

    public static void dropDatabase(String database) {
        admin("drop database if exists \"" + database + "\" with (force)");
    }

    public static boolean databaseExists(String database) {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                var statement = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            statement.setString(1, database);
            return statement.executeQuery().next();
        }
        catch (SQLException e) {
            throw new IllegalStateException(unreachablePostgres(e), e);
        }
    }

    /** Deletes every key under the prefix; returns how many there were. */
    public static long deleteRedisKeys(String prefix) {
        var client = RedisClient.create(REDIS_URL);
        try (var connection = client.connect()) {
            var redis = connection.sync();
            long deleted = 0;
            ScanCursor cursor = ScanCursor.INITIAL;
            do {
                var page = redis.scan(cursor, ScanArgs.Builder.matches(prefix + "*").limit(1000));
                if (!page.getKeys().isEmpty()) {
                    deleted += redis.unlink(page.getKeys().toArray(String[]::new));
                }
                cursor = page;
            } while (!cursor.isFinished());
            return deleted;
        }
        finally {
            client.shutdown();
        }
    }

    public static long countRedisKeys(String prefix) {
        var client = RedisClient.create(REDIS_URL);
        try (var connection = client.connect()) {
            long count = 0;
            ScanCursor cursor = ScanCursor.INITIAL;
            do {
                var page = connection.sync().scan(cursor, ScanArgs.Builder.matches(prefix + "*").limit(1000));
                count += page.getKeys().size();
                cursor = page;
            } while (!cursor.isFinished());
            return count;
        }
        finally {
            client.shutdown();
        }
    }

    private static void admin(String sql) {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                var statement = c.createStatement()) {
            statement.execute(sql);
        }
        catch (SQLException e) {
            throw new IllegalStateException(unreachablePostgres(e), e);
        }
    }

    private static String unreachablePostgres(SQLException e) {
        return "PostgreSQL at " + SERVER + " refused the test harness (" + e.getMessage()
                + "); start it with `infra/scripts/services.sh ensure`";
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
