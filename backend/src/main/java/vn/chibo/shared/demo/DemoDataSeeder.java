package vn.chibo.shared.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Runs every module's {@link DemoData} when the {@code demo} profile is active, then prints the accounts. */
@Component
@Profile("demo")
@Order(0)
class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);
    /** Arbitrary constant naming the transaction-level advisory lock that serialises seeding across nodes. */
    private static final long SEED_LOCK = 0x43_68_69_42_6F_44_65_6DL;

    private final List<DemoData> contributions;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    DemoDataSeeder(List<DemoData> contributions, TransactionTemplate transactions, JdbcClient jdbc) {
        this.contributions = contributions.stream().sorted(Comparator.comparingInt(DemoData::order)).toList();
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        var summaries = new ArrayList<String>();
        var accounts = new ArrayList<DemoData.DemoAccount>();
        for (var contribution : contributions) {
            var outcome = transactions.execute(status -> {
                jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", SEED_LOCK).query().singleRow();
                return contribution.seed();
            });
            summaries.add(contribution.name() + ": " + outcome.summary());
            accounts.addAll(outcome.accounts());
        }
        log.info(report(summaries, accounts));
    }

    static String report(List<String> summaries, List<DemoData.DemoAccount> accounts) {
        var text = new StringBuilder("\n\n=== Demo data (profile 'demo') ===\n");
        summaries.forEach(s -> text.append("  ").append(s).append('\n'));
        if (accounts.isEmpty()) {
            text.append("  No demo accounts yet.\n");
        }
        else {
            text.append(String.format("%n  %-18s %-14s %-28s %-40s %s%n", "username", "password", "role", "organisation", "TOTP secret"));
            for (var a : accounts) {
                text.append(String.format("  %-18s %-14s %-28s %-40s %s%n", a.username(), a.password(), a.role(),
                        a.organisation(), a.totpSecret() == null ? "-" : a.totpSecret()));
            }
        }
        return text.append("==================================\n").toString();
    }
}
