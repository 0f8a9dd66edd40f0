package vn.chibo.audit;

import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an attacker with superuser access to the database does: switch the append-only triggers off, change
 * rows, switch them on again — in one transaction, so no append of the application ever sees them off.
 * The tests connect as the {@code postgres} superuser.
 */
record Tampering(JdbcClient jdbc, TransactionTemplate transactions) {

    void asSuperuser(Consumer<JdbcClient> change) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("alter table audit.entry disable trigger entry_is_append_only").update();
            change.accept(jdbc);
            jdbc.sql("alter table audit.entry enable trigger entry_is_append_only").update();
        });
    }

    long lastSeq() {
        return jdbc.sql("select coalesce(max(seq), 0) from audit.entry").query(Long.class).single();
    }
}
