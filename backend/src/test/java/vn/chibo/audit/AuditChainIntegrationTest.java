package vn.chibo.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chibo.shared.audit.AuditEvent;
import vn.chibo.shared.audit.Auditor;
import vn.chibo.shared.security.Actor;
import vn.chibo.shared.security.ActorAuthentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@AuditTest
class AuditChainIntegrationTest {

    @Autowired
    Auditor auditor;

    @Autowired
    AuditLog log;

    @Autowired
    AuditChain chain;

    @Autowired
    JdbcAuditEntries entries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    Tampering tampering;

    @BeforeEach
    void setUp() {
        tampering = new Tampering(jdbc, transactions);
        for (int i = 0; i < 3; i++) {
            log.append(event("setup", UUID.randomUUID().toString()));
        }
    }

    @Test
    void R7_aViewOfMinutesRecordedThroughTheAuditorLandsInTheChainWithTheActorAndTheServerClock() throws Exception {
        var objectId = UUID.randomUUID().toString();
        var actor = new Actor(UUID.randomUUID(), UUID.randomUUID(), "bithu.c1", "Nguyễn Văn A", java.util.List.of());
        var before = clock.instant();
        SecurityContextHolder.getContext().setAuthentication(new ActorAuthentication(actor));
        try {
            auditor.record("minutes-viewed", "minutes", objectId, InMemoryOrganisation.CELL_1, Map.of("page", "1"));
        }
        finally {
            SecurityContextHolder.clearContext();
        }

        var entry = awaitEntry("minutes", objectId);
        assertThat(entry.actorAccountId()).isEqualTo(actor.accountId());
        assertThat(entry.actorUsername()).isEqualTo("bithu.c1");
        assertThat(entry.action()).isEqualTo("minutes-viewed");
        assertThat(entry.unitId()).isEqualTo(InMemoryOrganisation.CELL_1);
        assertThat(entry.details()).containsExactly(Map.entry("page", "1"));
        assertThat(entry.at()).isBetween(before.minusMillis(1), clock.instant());
        assertThat(entry.recordedAt()).isAfterOrEqualTo(entry.at().minusSeconds(5));
        assertThat(entry.canonical()).contains("\"recordedAt\":\"").contains("\"at\":\"");
        assertThat(entry.hash()).isEqualTo(CanonicalForm.hash(entry.prevHash(), entry.canonical()));
        assertThat(chain.verify().valid()).isTrue();
    }

    @Test
    void concurrentAppendsFromManyThreadsKeepOneGapFreeValidChain() throws Exception {
        int threads = 16;
        int each = 25;
        var before = tampering.lastSeq();
        var pool = Executors.newFixedThreadPool(threads);
        try {
            var futures = new ArrayList<Future<?>>();
            for (int t = 0; t < threads; t++) {
                var thread = t;
                futures.add(pool.submit((Callable<Void>) () -> {
                    for (int i = 0; i < each; i++) {
                        log.append(event("concurrent", thread + "-" + i));
                    }
                    return null;
                }));
            }
            for (var f : futures) {
                f.get();
            }
        }
        finally {
            pool.shutdown();
        }

        var stats = jdbc.sql("select count(*) as n, min(seq) as lo, max(seq) as hi from audit.entry")
                .query((rs, n) -> new long[] {rs.getLong("n"), rs.getLong("lo"), rs.getLong("hi")}).single();
        assertThat(stats[1]).isEqualTo(1);
        assertThat(stats[0]).isEqualTo(stats[2]); // seq 1..n, no gaps, no duplicates
        assertThat(stats[2]).isGreaterThanOrEqualTo(before + threads * each);
        var verification = chain.verify();
        assertThat(verification.valid()).as(verification.summary()).isTrue();
        assertThat(verification.entries()).isEqualTo(stats[0]);
        assertThat(verification.lastSeq()).isEqualTo(stats[2]);
    }

    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateAuditRows() {
        var seq = tampering.lastSeq();
        assertThatThrownBy(() -> jdbc.sql("update audit.entry set action = 'x' where seq = :seq").param("seq", seq).update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit.entry where seq = :seq").param("seq", seq).update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit.entry").update()).rootCause().hasMessageContaining("append-only");
        assertThat(entries.bySeq(seq)).isPresent();
    }

    @Test
    void aFieldChangedBySqlInOneRowIsDetectedAndThatRowIsNamed() {
        var seq = tampering.lastSeq() - 1;
        var original = entries.bySeq(seq).orElseThrow();
        tampering.asSuperuser(sql -> sql.sql("update audit.entry set actor_username = 'someone-else' where seq = :seq")
                .param("seq", seq).update());
        try {
            var verification = chain.verify();
            assertThat(verification.valid()).isFalse();
            assertThat(verification.firstBrokenSeq()).isEqualTo(seq);
            assertThat(verification.reason()).contains("canonical form");
        }
        finally {
            tampering.asSuperuser(sql -> sql.sql("update audit.entry set actor_username = :name where seq = :seq")
                    .param("name", original.actorUsername()).param("seq", seq).update());
        }
        assertThat(chain.verify().valid()).isTrue();
    }

    @Test
    void aRowRewrittenWithAFreshlyComputedHashBreaksTheLinkOfTheNextRow() {
        var seq = tampering.lastSeq() - 1;
        var original = entries.bySeq(seq).orElseThrow();
        var forged = original.canonical().replace("\"setup\"", "\"forged\"");
        tampering.asSuperuser(sql -> sql.sql("""
                update audit.entry set object_type = 'forged', canonical = :canonical, hash = :hash where seq = :seq
                """).param("canonical", forged).param("hash", CanonicalForm.hash(original.prevHash(), forged))
                .param("seq", seq).update());
        try {
            var verification = chain.verify();
            assertThat(verification.firstBrokenSeq()).isEqualTo(seq + 1);
            assertThat(verification.reason()).contains("prev_hash");
        }
        finally {
            tampering.asSuperuser(sql -> sql.sql("""
                    update audit.entry set object_type = :type, canonical = :canonical, hash = :hash where seq = :seq
                    """).param("type", original.objectType()).param("canonical", original.canonical())
                    .param("hash", original.hash()).param("seq", seq).update());
        }
        assertThat(chain.verify().valid()).isTrue();
    }

    @Test
    void aRowDeletedFromTheMiddleIsDetectedAndTheMissingSeqNamed() {
        var seq = tampering.lastSeq() - 1;
        var original = entries.bySeq(seq).orElseThrow();
        tampering.asSuperuser(sql -> sql.sql("delete from audit.entry where seq = :seq").param("seq", seq).update());
        try {
            var verification = chain.verify();
            assertThat(verification.valid()).isFalse();
            assertThat(verification.firstBrokenSeq()).isEqualTo(seq);
            assertThat(verification.reason()).contains("missing");
        }
        finally {
            entries.insert(original);
        }
        assertThat(chain.verify().valid()).isTrue();
    }

    @Test
    void aChangeToTheLastRowIsDetectedAndThatRowIsNamed() {
        var original = transactions.execute(status -> {
            var entry = log.append(event("last", "last"));
            return entry;
        });
        var seq = original.seq();
        tampering.asSuperuser(sql -> sql.sql("update audit.entry set details = '{\"page\":\"2\"}' where seq = :seq")
                .param("seq", seq).update());
        try {
            var verification = chain.verify();
            assertThat(verification.valid()).isFalse();
            assertThat(verification.firstBrokenSeq()).isEqualTo(seq);
        }
        finally {
            tampering.asSuperuser(sql -> sql.sql("update audit.entry set details = '{}' where seq = :seq")
                    .param("seq", seq).update());
        }
        assertThat(chain.verify().valid()).isTrue();
    }

    private AuditEntry awaitEntry(String objectType, String objectId) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            var found = jdbc.sql("select seq from audit.entry where object_type = :t and object_id = :id")
                    .param("t", objectType).param("id", objectId).query(Long.class).optional();
            if (found.isPresent()) {
                return entries.bySeq(found.get()).orElseThrow();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No audit entry for " + objectType + " " + objectId + " within 10 s");
    }

    private AuditEvent event(String objectType, String objectId) {
        return new AuditEvent(clock.instant(), null, "tester", "tested", objectType, objectId, null, "127.0.0.1",
                Map.of());
    }
}
