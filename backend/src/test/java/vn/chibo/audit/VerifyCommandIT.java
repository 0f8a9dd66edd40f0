package vn.chibo.audit;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.postgresql.PGConnection;

import vn.chibo.testing.TestRun;
import vn.chibo.testing.TestServices;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar chibo.jar --chibo.audit.verify} as an operator runs it, against a database of its own:
 * the exit status and the one line, for an empty, an intact, a tampered and a million-entry chain (the last
 * with a heap far too small to hold the chain, so it passes only if verification streams).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VerifyCommandIT {

    static final Path JAR = Path.of(System.getProperty("chibo.e2e.jar", "target/chibo.jar"));
    static final String DATABASE = TestRun.DATABASE + "_verify";
    static final int BIG_CHAIN = Integer.getInteger("chibo.audit.big-chain", 1_000_000);

    record Run(int status, String output) {
    }

    @BeforeAll
    static void createDatabase() {
        TestServices.createDatabase(DATABASE);
        // as the application's nodes do at start; the verify command itself never migrates
        Flyway.configure().dataSource(TestServices.jdbcUrl(DATABASE), TestServices.username(), TestServices.password())
                .locations("classpath:db/migration").load().migrate();
    }

    @AfterAll
    static void dropDatabase() {
        TestServices.dropDatabase(DATABASE);
    }

    @Test
    @Order(1)
    void anEmptyChainIsValidAndTheCommandExitsWithZeroWithoutServing() throws Exception {
        var run = verify("-Xmx256m");
        assertThat(run.status()).as(run.output()).isZero();
        assertThat(lastLine(run)).isEqualTo("audit chain VALID: 0 entries, last seq 0, last hash " + CanonicalForm.GENESIS);
        assertThat(run.output()).doesNotContain("Tomcat started");
        assertThat(run.output().strip().lines()).hasSize(1);
    }

    @Test
    @Order(2)
    void aTamperedRowMakesTheCommandExitWithOneAndNameIt() throws Exception {
        append(5);
        assertThat(verify("-Xmx256m").status()).isZero();
        try (var c = connect(); var s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("alter table audit.entry disable trigger entry_is_append_only");
            s.execute("update audit.entry set action = 'nothing-happened' where seq = 3");
            s.execute("alter table audit.entry enable trigger entry_is_append_only");
            c.commit();
        }

        var run = verify("-Xmx256m");

        assertThat(run.status()).as(run.output()).isEqualTo(1);
        assertThat(lastLine(run)).startsWith("audit chain BROKEN at seq 3: ");
    }

    @Test
    @Order(3)
    void aMillionEntryChainIsVerifiedInBoundedMemory() throws Exception {
        try (var c = connect(); var s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("alter table audit.entry disable trigger all");
            s.execute("delete from audit.entry");
            s.execute("alter table audit.entry enable trigger all");
            c.commit();
        }
        append(BIG_CHAIN);

        var run = verify("-Xmx128m");

        assertThat(run.status()).as(run.output()).isZero();
        assertThat(lastLine(run)).startsWith("audit chain VALID: " + BIG_CHAIN + " entries, last seq " + BIG_CHAIN);
    }

    /** Appends valid entries after the last one, streamed into the table with COPY. */
    private static void append(int count) throws Exception {
        try (var c = connect()) {
            long seq;
            String prev;
            try (var s = c.createStatement(); var rs = s.executeQuery(
                    "select seq, hash from audit.entry order by seq desc limit 1")) {
                seq = rs.next() ? rs.getLong(1) : 0;
                prev = seq == 0 ? CanonicalForm.GENESIS : rs.getString(2);
            }
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            var at = Instant.parse("2026-03-03T12:30:00.123456Z");
            var batch = new StringBuilder();
            for (int i = 1; i <= count; i++) {
                var n = seq + i;
                var canonical = CanonicalForm.of(n, at, at, null, "tester", "tested", "entry", Long.toString(n), null,
                        null, Map.of());
                var hash = CanonicalForm.hash(prev, canonical);
                batch.append(n).append('\t').append(at).append('\t').append(at).append("\t\\N\ttester\ttested\tentry\t")
                        .append(n).append("\t\\N\t\\N\t{}\t").append(canonical).append('\t').append(prev).append('\t')
                        .append(hash).append('\n');
                prev = hash;
                if (i % 50_000 == 0 || i == count) {
                    copy.copyIn("copy audit.entry (seq, at, recorded_at, actor_account_id, actor_username, action, "
                            + "object_type, object_id, unit_id, origin, details, canonical, prev_hash, hash) from stdin",
                            new StringReader(batch.toString()));
                    batch.setLength(0);
                }
            }
        }
    }

    private static Run verify(String heap) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("No packaged application at " + JAR + ": run `./mvnw package` first");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-XX:TieredStopAtLevel=1", "-jar", JAR.toString(), "--chibo.audit.verify"));
        var log = Files.createTempFile("chibo-verify", ".log");
        try {
            var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("DATABASE_URL", TestServices.jdbcUrl(DATABASE));
            builder.environment().put("DATABASE_USERNAME", TestServices.username());
            builder.environment().put("DATABASE_PASSWORD", TestServices.password());
            builder.environment().put("REDIS_URL", TestServices.redisUrl());
            builder.environment().put("REDIS_KEY_PREFIX", TestRun.REDIS_PREFIX + "verify:");
            builder.environment().put("TOTP_ENCRYPTION_KEY", TestServices.TOTP_ENCRYPTION_KEY); // the same settings as the application
            var process = builder.start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("The verify command did not end within 5 minutes:\n" + Files.readString(log));
            }
            return new Run(process.exitValue(), Files.readString(log));
        }
        finally {
            Files.deleteIfExists(log);
        }
    }

    private static String lastLine(Run run) {
        var lines = run.output().strip().lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection(TestServices.jdbcUrl(DATABASE), TestServices.username(), TestServices.password());
    }
}
