package vn.chibo.organisation;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.chibo.ChiboApplication;
import vn.chibo.shared.security.Actor;
import vn.chibo.shared.security.ActorAuthentication;
import vn.chibo.shared.security.Grant;
import vn.chibo.shared.security.Role;
import vn.chibo.testing.TestServices;

/**
 * The 5,600-member import benchmark (docs/benchmarks.md): a database of its own, a city of 53 grassroots
 * organisations and 106 cells, a valid file of 5,600 members as CSV and as XLSX, each previewed and committed,
 * then each imported again (which must change nothing). Prints the timings, drops the database, and exits
 * non-zero when an import is not a no-op the second time or takes 10 s or more.
 *
 * <pre>./mvnw -q -pl backend -Pbench-import test-compile exec:java</pre>
 */
public final class ImportBenchmark {

    static final int MEMBERS = 5_600;
    static final long LIMIT_MILLIS = 10_000;

    public static void main(String[] args) throws Exception {
        var run = TestServices.newRunId();
        var database = "chibo_bench_" + run;
        TestServices.createDatabase(database);
        var failures = new ArrayList<String>();
        // command-line arguments outrank every other property source, so nothing can point this at another database
        var settings = Map.of("spring.datasource.url", TestServices.jdbcUrl(database),
                "spring.datasource.username", TestServices.username(),
                "spring.datasource.password", TestServices.password(),
                "spring.data.redis.url", TestServices.redisUrl(),
                "chibo.redis.key-prefix", "chibo:bench:" + run + ":",
                "server.port", "0", "spring.main.banner-mode", "off",
                "logging.level.root", "WARN");
        var arguments = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        try (var context = new SpringApplicationBuilder(ChiboApplication.class).run(arguments)) {
            var actual = context.getBean(javax.sql.DataSource.class);
            try (var connection = actual.getConnection()) {
                if (!database.equals(connection.getCatalog())) {
                    throw new IllegalStateException("The benchmark must run in its own database, not " + connection.getCatalog());
                }
            }
            var tree = context.getBean(OrganisationTree.class);
            var imports = context.getBean(MemberImport.class);
            var founded = LocalDate.of(2010, 1, 1);
            var city = tree.create(UnitKind.COMMITTEE, UUID.randomUUID(), "TU-BENCH", "Thành ủy Tân An (benchmark)", null, founded);
            var cells = new ArrayList<String>();
            var groups = new HashMap<String, List<String>>();
            for (int g = 1; g <= 53; g++) {
                var grassroots = tree.create(UnitKind.GRASSROOTS, UUID.randomUUID(), "DU-B" + g, "Đảng bộ cơ sở " + g, city, founded);
                for (int c = 1; c <= 2; c++) {
                    var code = "CB-B" + g + "-" + c;
                    var cell = tree.create(UnitKind.CELL, UUID.randomUUID(), code, "Chi bộ " + g + "." + c, grassroots, founded);
                    cells.add(code);
                    if (g == 1 && c == 1) {
                        var groupCodes = new ArrayList<String>();
                        for (int t = 1; t <= 3; t++) {
                            tree.create(UnitKind.PARTY_GROUP, UUID.randomUUID(), "TO-B-" + t, "Tổ đảng " + t, cell, founded);
                            groupCodes.add("TO-B-" + t);
                        }
                        groups.put(code, groupCodes);
                    }
                }
            }
            SecurityContextHolder.getContext().setAuthentication(new ActorAuthentication(new Actor(UUID.randomUUID(),
                    null, "benchmark", "Benchmark", List.of(new Grant(Role.ADMIN, city.id())))));

            var csv = MemberFileGenerator.csv(MemberFileGenerator.rows(MEMBERS, "31", cells, groups));
            var xlsx = MemberFileGenerator.xlsx(MemberFileGenerator.rows(MEMBERS, "32", cells, groups));
            System.out.printf("%nImport benchmark: %,d members over %d cells (CSV %,d bytes, XLSX %,d bytes)%n",
                    MEMBERS, cells.size(), csv.length, xlsx.length);
            System.out.printf("%-22s %10s %10s %10s   %s%n", "step", "preview", "commit", "total", "created/updated/unchanged");
            for (var file : List.of(new Object[] { "CSV", "members.csv", csv }, new Object[] { "XLSX", "members.xlsx", xlsx })) {
                for (var round : List.of("first import", "re-import")) {
                    long start = System.nanoTime();
                    var preview = imports.preview(city.id(), (String) file[1], new ByteArrayInputStream((byte[]) file[2]));
                    long previewed = System.nanoTime();
                    if (!preview.valid()) {
                        failures.add(file[0] + " " + round + ": the file has errors " + preview.errors().subList(0, Math.min(5, preview.errors().size())));
                        continue;
                    }
                    var committed = imports.commit(preview.id());
                    long done = System.nanoTime();
                    long totalMillis = (done - start) / 1_000_000;
                    System.out.printf("%-22s %8d ms %8d ms %8d ms   %d/%d/%d%n", file[0] + " " + round,
                            (previewed - start) / 1_000_000, (done - previewed) / 1_000_000, totalMillis,
                            committed.created(), committed.updated(), committed.unchanged());
                    var expected = round.equals("first import") ? new MemberImport.Committed(MEMBERS, 0, 0)
                            : new MemberImport.Committed(0, 0, MEMBERS);
                    if (!committed.equals(expected)) {
                        failures.add(file[0] + " " + round + ": expected " + expected + " but got " + committed);
                    }
                    if (totalMillis >= LIMIT_MILLIS) {
                        failures.add(file[0] + " " + round + " took " + totalMillis + " ms (limit " + LIMIT_MILLIS + " ms)");
                    }
                }
            }
            SecurityContextHolder.clearContext();
        }
        finally {
            TestServices.dropDatabase(database);
            TestServices.deleteRedisKeys("chibo:bench:" + run + ":");
        }
        if (!failures.isEmpty()) {
            failures.forEach(f -> System.out.println("FAILED: " + f));
            System.exit(1);
        }
        System.out.println("OK: every import under " + LIMIT_MILLIS / 1000 + " s and every re-import a no-op.");
        System.exit(0);
    }
}
