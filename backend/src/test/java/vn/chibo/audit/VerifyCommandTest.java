package vn.chibo.audit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chibo.shared.audit.AuditEvent;

import static org.assertj.core.api.Assertions.assertThat;

@AuditTest
class VerifyCommandTest {

    @Autowired
    AuditChain chain;

    @Autowired
    AuditLog log;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    @Test
    void anIntactChainPrintsOneValidLineAndExitsWithZero() {
        log.append(event());
        var out = new ByteArrayOutputStream();

        var status = command(new MockEnvironment(), code -> { }).execute(new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("audit chain VALID: ").hasLineCount(1);
    }

    @Test
    void aTamperedChainPrintsTheBrokenSeqAndExitsWithOne() {
        var seq = log.append(event()).seq();
        log.append(event());
        var tampering = new Tampering(jdbc, transactions);
        tampering.asSuperuser(sql -> sql.sql("update audit.entry set origin = '6.6.6.6' where seq = :seq")
                .param("seq", seq).update());
        try {
            var out = new ByteArrayOutputStream();
            var status = command(new MockEnvironment(), code -> { })
                    .execute(new PrintStream(out, true, StandardCharsets.UTF_8));

            assertThat(status).isEqualTo(1);
            assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("audit chain BROKEN at seq " + seq + ": ")
                    .hasLineCount(1);
        }
        finally {
            tampering.asSuperuser(sql -> sql.sql("update audit.entry set origin = '127.0.0.1' where seq = :seq")
                    .param("seq", seq).update());
        }
    }

    @Test
    void theRunnerExitsWithTheStatusOnlyWhenAskedToVerify() {
        var exits = new ArrayList<Integer>();
        command(new MockEnvironment(), exits::add).run(new DefaultApplicationArguments());
        assertThat(exits).isEmpty();

        command(new MockEnvironment().withProperty("chibo.audit.verify", ""), exits::add)
                .run(new DefaultApplicationArguments("--chibo.audit.verify"));
        assertThat(exits).isEqualTo(List.of(0));
    }

    private VerifyCommand command(MockEnvironment environment, java.util.function.IntConsumer exit) {
        return new VerifyCommand(chain, environment, exit);
    }

    private AuditEvent event() {
        return new AuditEvent(clock.instant(), null, "tester", "tested", "command", "x", null, "127.0.0.1", Map.of());
    }
}
