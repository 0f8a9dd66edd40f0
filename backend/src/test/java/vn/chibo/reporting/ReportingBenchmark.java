package vn.chibo.reporting;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;

import vn.chibo.reporting.ReportingAccess.Subtree;
import vn.chibo.shared.time.VietnamTime;
import vn.chibo.testing.TestServices;

/**
 * The committee review at national scale (docs/reporting.md, "Benchmark"): a database of its own, the reporting
 * schema migrated, a generated country (63 provinces → districts → grassroots organisations → cells of median 25
 * members with a tail to 200; 12 regular meetings a year and a thematic one a quarter, combined in three cells out of
 * four; a few members absent without reason often, most rarely; exempt members; a few online and hybrid meetings)
 * written with COPY straight into the reporting tables, then the warm timings of one city's (district's) yearly
 * dashboard, one province's, the national R11 list and one cell's drill-down.
 *
 * <pre>./mvnw -B -q -pl frontend,backend -Pbench-reporting -DskipTests -Dmembers=200000 test</pre>
 * {@code -Dmembers=N} (default 200000; 5600000 for the country), {@code -Dkeep=true} keeps the database; the same as
 * arguments {@code members=N keep=true} when run as a plain main.
 */
public final class ReportingBenchmark {

    static final int YEAR = 2025;
    static final int PROVINCES = 63;
    static final int RUNS = 5;

    public static void main(String[] args) throws Exception {
        long members = Long.parseLong(System.getProperty("members", "200000").replace("_", ""));
        boolean keep = Boolean.getBoolean("keep");
        for (var arg : args) {
            if (arg.startsWith("members=")) {
                members = Long.parseLong(arg.substring(8).replace("_", ""));
            } else if (arg.equals("keep=true")) {
                keep = true;
            }
        }
        var database = "chibo_bench_reporting_" + TestServices.newRunId();
        TestServices.createDatabase(database);
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(TestServices.jdbcUrl(database));
        dataSource.setUsername(TestServices.username());
        dataSource.setPassword(TestServices.password());
        dataSource.setMaximumPoolSize(8);
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/reporting").load().migrate();
            var started = System.nanoTime();
            Generated generated;
            generated = new Generator(dataSource, members).run();
            var loadSeconds = (System.nanoTime() - started) / 1e9;
            var jdbc = JdbcClient.create(dataSource);
            var size = jdbc.sql("select pg_size_pretty(pg_database_size(current_database()))").query(String.class).single();
            var rows = jdbc.sql("select count(*) from reporting.attendance_fact").query(Long.class).single();
            var clock = Clock.fixed(LocalDate.of(YEAR + 1, 1, 15).atStartOfDay(ZoneOffset.UTC).toInstant(), VietnamTime.ZONE);
            var queries = new ReportingQueries(jdbc, clock, 85);
            System.out.printf("members=%d cells=%d meetings=%d attendance rows=%d unexcused member-months=%d%n",
                    generated.members, generated.cells, generated.meetings, rows, generated.unexcusedMonths);
            System.out.printf("load (generate + COPY + indexes + analyze): %.1f s, database size: %s%n", loadSeconds, size);
            System.out.printf("load average: %s%n", java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim());
            time("city (one district) yearly dashboard, " + generated.cityCells + " cells",
                    () -> queries.dashboard(generated.city, YEAR).cells().size(), 100);
            time("province yearly dashboard, " + generated.provinceCells + " cells",
                    () -> queries.dashboard(generated.province, YEAR).cells().size(), 1_000);
            time("national R11 list (members at 2+ months, with their meetings)",
                    () -> queries.unexcused(generated.country, YEAR, true).size(), 10_000);
            time("one cell's drill-down (its year's meetings with rates)",
                    () -> queries.cellMeetings(generated.cell, YEAR).size(), 50);
        } finally {
            dataSource.close();
            if (!keep) {
                TestServices.dropDatabase(database);
            } else {
                System.out.println("kept database " + database);
            }
        }
    }

    static void time(String what, Supplier<Integer> query, long targetMillis) {
        var result = query.get(); // cold run, not counted
        var millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            var start = System.nanoTime();
            query.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("%-70s median %8.1f ms (min %.1f, max %.1f), %d rows, target < %d ms: %s%n", what,
                millis[RUNS / 2], millis[0], millis[RUNS - 1], result, targetMillis, millis[RUNS / 2] < targetMillis ? "met" : "MISSED");
    }

    record Generated(long members, int cells, long meetings, long unexcusedMonths, Subtree country, Subtree province,
            int provinceCells, Subtree city, int cityCells, UUID cell) {
    }

    /** Writes the country with COPY, one table after the other, from one seeded random source. */
    static final class Generator {

        private final javax.sql.DataSource dataSource;
        private final long targetMembers;
        private final Random random = new Random(5_600_000L);
        private final List<Connection> connections = new ArrayList<>();

        Generator(javax.sql.DataSource dataSource, long targetMembers) {
            this.dataSource = dataSource;
            this.targetMembers = targetMembers;
        }

        /** One COPY per connection: each table streams through its own. */
        Copy copy(String sql) throws SQLException {
            var connection = dataSource.getConnection();
            connections.add(connection);
            return new Copy(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql));
        }

        UUID uuid() {
            return new UUID(random.nextLong(), random.nextLong());
        }

        Generated run() throws Exception {
            try (var connection = dataSource.getConnection(); var s = connection.createStatement()) {
                // indexes are built after the load; the primary keys stay
                s.execute("drop index reporting.attendance_fact_member_idx, "
                        + "reporting.cell_month_path_idx, reporting.unexcused_month_path_idx, reporting.unit_path_idx, "
                        + "reporting.meeting_fact_cell_month_idx, reporting.meeting_fact_path_idx");
            }
            // the tree first, remembering the cells with their sizes
            var units = copy("copy reporting.unit (id, kind, code, name, parent_id, path) from stdin");
            var rootId = uuid();
            units.row(rootId, "COMMITTEE", "TW", "Trung ương", null, rootId + "/");
            var cellIds = new ArrayList<UUID>();
            var cellPaths = new ArrayList<String>();
            var cellSizes = new ArrayList<Integer>();
            long assigned = 0;
            Subtree province = null, city = null;
            // the timed province is the largest (its share factor below is highest), the city its largest district
            int largestProvince = 0;
            for (int p = 0; p < PROVINCES; p++) {
                if ((p * 37) % PROVINCES > (largestProvince * 37) % PROVINCES) {
                    largestProvince = p;
                }
            }
            int provinceCells = 0, cityCells = 0;
            for (int p = 0; p < PROVINCES && assigned < targetMembers; p++) {
                var provinceId = uuid();
                var provincePath = rootId + "/" + provinceId + "/";
                units.row(provinceId, "COMMITTEE", "T" + p, "Tỉnh ủy " + p, rootId, provincePath);
                // provinces differ in size: the largest about 4 times the smallest
                var provinceTarget = (long) (targetMembers / (double) PROVINCES * (0.4 + 1.2 * ((p * 37) % PROVINCES) / (double) PROVINCES));
                long inProvince = 0;
                var districts = 8 + (p % 8);
                var startCells = cellIds.size();
                for (int d = 0; d < districts; d++) {
                    var districtId = uuid();
                    var districtPath = provincePath + districtId + "/";
                    units.row(districtId, "COMMITTEE", "T" + p + "-H" + d, "Huyện ủy " + p + "." + d, provinceId, districtPath);
                    var districtStart = cellIds.size();
                    long inDistrict = 0;
                    var districtTarget = provinceTarget / districts;
                    UUID grassrootsId = null;
                    String grassrootsPath = null;
                    int inGrassroots = 10;
                    while (inDistrict < districtTarget && assigned < targetMembers) {
                        if (inGrassroots >= 10) {
                            grassrootsId = uuid();
                            grassrootsPath = districtPath + grassrootsId + "/";
                            units.row(grassrootsId, "GRASSROOTS", "T" + p + "-H" + d + "-D" + cellIds.size(), "Đảng bộ cơ sở " + cellIds.size(),
                                    districtId, grassrootsPath);
                            inGrassroots = 0;
                        }
                        var size = (int) Math.max(5, Math.min(200, Math.round(Math.exp(Math.log(25) + 0.5 * random.nextGaussian()))));
                        var cellId = uuid();
                        var cellPath = grassrootsPath + cellId + "/";
                        units.row(cellId, "CELL", "CB" + cellIds.size(), "Chi bộ " + cellIds.size(), grassrootsId, cellPath);
                        cellIds.add(cellId);
                        cellPaths.add(cellPath);
                        cellSizes.add(size);
                        inDistrict += size;
                        assigned += size;
                        inGrassroots++;
                    }
                    inProvince += inDistrict;
                    if (cellIds.size() - districtStart > cityCells && p == largestProvince) {
                        city = new Subtree(districtId, "Huyện ủy " + p + "." + d, "COMMITTEE", districtPath);
                        cityCells = cellIds.size() - districtStart;
                    }
                }
                if (p == largestProvince) {
                    province = new Subtree(provinceId, "Tỉnh ủy " + p, "COMMITTEE", provincePath);
                    provinceCells = cellIds.size() - startCells;
                }
            }
            units.end();
            var names = copy("copy reporting.member (id, full_name) from stdin");
            var meetings = copy("""
                    copy reporting.meeting_fact (meeting_id, unit_id, cell_id, cell_path, party_group, kind, mode, online_pilot,
                         cancelled, month, starts_at, started_at, ended_at, held_minutes, required_minutes, minutes_adopted_at, title)
                    from stdin""");
            var fact = copy("copy reporting.attendance_fact (month, meeting_id, member_id, cell_id, status, guest) from stdin");
            var cellMonths = copy("copy reporting.cell_month from stdin");
            var unexcused = copy("copy reporting.unexcused_month from stdin");
            var cellMonthRows = new StringBuilder(1 << 16);
            var unexcusedRows = new StringBuilder(1 << 16);
            long memberCount = 0, meetingCount = 0, unexcusedCount = 0;
            var statuses = new String[] { "PRESENT_IN_PERSON", "PRESENT_ONLINE", "ABSENT_WITH_REASON", "ABSENT_WITHOUT_REASON",
                    "EXEMPT", "TRANSFERRED", "SUSPENDED" };
            for (int c = 0; c < cellIds.size(); c++) {
                var cellId = cellIds.get(c);
                var path = cellPaths.get(c);
                var size = cellSizes.get(c);
                var memberIds = new UUID[size];
                var propensity = new double[size];
                var exemptAll = new boolean[size];
                var memberNumbers = new long[size];
                for (int i = 0; i < size; i++) {
                    memberIds[i] = uuid();
                    memberNumbers[i] = memberCount + i;
                    names.row(memberIds[i], "Đảng viên " + memberNumbers[i]);
                    var r = random.nextDouble();
                    propensity[i] = r < 0.03 ? 0.25 : r < 0.15 ? 0.03 : 0.004;
                    exemptAll[i] = random.nextDouble() < 0.03;
                }
                memberCount += size;
                var combined = random.nextInt(4) != 0;
                var online = random.nextInt(20) == 0;
                var unexcusedMeetings = new ArrayList<List<UUID>>();
                for (int i = 0; i < size; i++) {
                    unexcusedMeetings.add(null);
                }
                for (int month = 1; month <= 12; month++) {
                    var first = LocalDate.of(YEAR, month, 1);
                    var figures = new int[16];
                    var perMemberUnexcused = new ArrayList<List<String>>();
                    for (int i = 0; i < size; i++) {
                        perMemberUnexcused.add(null);
                    }
                    var thematicMonth = month % 3 == 2;
                    var missed = random.nextInt(100) < 2; // R20: about 2 % of cell-months without a regular meeting
                    var kinds = new ArrayList<String>();
                    if (!missed) {
                        kinds.add(thematicMonth && combined ? "REGULAR_AND_THEMATIC" : "REGULAR");
                    }
                    if (thematicMonth && !combined) {
                        kinds.add("THEMATIC");
                    }
                    for (var kind : kinds) {
                        var meetingId = uuid();
                        var start0 = LocalDateTime.of(first.withDayOfMonth(kind.equals("THEMATIC") ? 20 : 3), LocalTime.of(8, 0))
                                .atZone(VietnamTime.ZONE).toInstant();
                        meetingCount++;
                        var day = kind.equals("THEMATIC") ? 20 : 3;
                        var start = LocalDateTime.of(first.withDayOfMonth(day), LocalTime.of(8, 0)).atZone(VietnamTime.ZONE).toInstant();
                        var required = kind.equals("REGULAR_AND_THEMATIC") ? 120 : 90;
                        var held = required + random.nextInt(40) - (random.nextInt(25) == 0 ? 30 : 0);
                        var mode = online ? (month % 2 == 0 ? "ONLINE" : "HYBRID") : "IN_PERSON";
                        var adopted = random.nextInt(10) == 0 ? null : start.plusSeconds(held * 60L + 86_400L * (random.nextInt(8) == 0 ? 3 : 1));
                        meetings.row(meetingId, cellId, cellId, path, "f", kind, mode, online ? "t" : "f", "f", first, start,
                                start, start.plusSeconds(held * 60L), held, required, adopted, "Sinh hoạt " + kind.toLowerCase() + " " + month);
                        figures[0] += kind.contains("REGULAR") ? 1 : 0;
                        figures[1] += kind.contains("THEMATIC") ? 1 : 0;
                        figures[3] += held < required ? 1 : 0;
                        figures[4] += held;
                        figures[5] += mode.equals("ONLINE") ? 1 : 0;
                        figures[6] += mode.equals("HYBRID") ? 1 : 0;
                        if (adopted != null) {
                            figures[7]++;
                            figures[8] += adopted.isAfter(start.plusSeconds(held * 60L + 2 * 86_400L)) ? 0 : 1;
                        }
                        for (int i = 0; i < size; i++) {
                            int s;
                            if (exemptAll[i]) {
                                s = 4;
                            } else {
                                var r = random.nextDouble();
                                s = r < propensity[i] ? 3 : r < propensity[i] + 0.05 ? 2 : r < propensity[i] + 0.051 ? 6
                                        : mode.equals("IN_PERSON") ? 0 : mode.equals("ONLINE") || random.nextBoolean() ? 1 : 0;
                            }
                            fact.row(first, meetingId, memberIds[i], cellId, statuses[s], "f");
                            if (s != 4 && s != 5 && s != 6) {
                                figures[9]++;
                            }
                            figures[10] += s <= 1 ? 1 : 0;
                            figures[11] += s == 1 ? 1 : 0;
                            figures[12] += s == 0 ? 1 : 0;
                            figures[13] += s == 2 ? 1 : 0;
                            figures[14] += s == 3 ? 1 : 0;
                            figures[15] += s == 4 ? 1 : 0;
                            if (s == 3) {
                                if (perMemberUnexcused.get(i) == null) {
                                    perMemberUnexcused.set(i, new ArrayList<>());
                                }
                                perMemberUnexcused.get(i).add(meetingId + "\u0000" + start0);
                            }
                        }
                    }
                    if (!kinds.isEmpty()) {
                        cellMonthRows.append(cellId).append('\t').append(first).append('\t').append(path);
                        for (var v : figures) {
                            cellMonthRows.append('\t').append(v);
                        }
                        cellMonthRows.append('\n');
                    }
                    for (int i = 0; i < size; i++) {
                        var list = perMemberUnexcused.get(i);
                        if (list != null) {
                            unexcusedCount++;
                            unexcusedRows.append(memberIds[i]).append('\t').append(first).append('\t').append(cellId).append('\t')
                                    .append(path).append('\t').append("Đảng viên ").append(memberNumbers[i]).append('\t')
                                    .append('{').append(String.join(",", list.stream().map(m -> m.split("\u0000")[0]).toList()))
                                    .append("}\t{").append(String.join(",", list.stream().map(m -> m.split("\u0000")[1]).toList()))
                                    .append("}\n");
                        }
                    }
                }
                cellMonths.raw(cellMonthRows);
                unexcused.raw(unexcusedRows);
            }
            fact.end();
            names.end();
            meetings.end();
            cellMonths.end();
            unexcused.end();
            for (var connection : connections) {
                connection.close();
            }
            try (var connection = dataSource.getConnection(); var s = connection.createStatement()) {
                                s.execute("create index attendance_fact_member_idx on reporting.attendance_fact (member_id, month)");
                s.execute("create index cell_month_path_idx on reporting.cell_month (cell_path text_pattern_ops, month)");
                s.execute("create index unexcused_month_path_idx on reporting.unexcused_month (cell_path text_pattern_ops, month)");
                s.execute("create index unit_path_idx on reporting.unit (path text_pattern_ops) where kind = 'CELL'");
                s.execute("create index meeting_fact_cell_month_idx on reporting.meeting_fact (cell_id, month)");
                s.execute("create index meeting_fact_path_idx on reporting.meeting_fact (cell_path text_pattern_ops, month)");
                s.execute("vacuum analyze");
            }
            return new Generated(memberCount, cellIds.size(), meetingCount, unexcusedCount,
                    new Subtree(rootId, "Trung ương", "COMMITTEE", rootId + "/"), province, provinceCells, city, cityCells,
                    cellIds.get(cellIds.size() / 3));
        }

    }

    /** COPY text rows, buffered. */
    static final class Copy {

        private final CopyIn in;
        private final StringBuilder buffer = new StringBuilder(1 << 20);

        Copy(CopyIn in) {
            this.in = in;
        }

        void row(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append('\t');
                }
                var v = values[i];
                buffer.append(v == null ? "\\N" : v instanceof Instant t ? t.toString() : v.toString());
            }
            buffer.append('\n');
            if (buffer.length() > 1 << 20) {
                flush();
            }
        }

        /** Rows already in COPY text form; the builder is emptied. */
        void raw(StringBuilder rows) throws SQLException {
            buffer.append(rows);
            rows.setLength(0);
            if (buffer.length() > 1 << 18) {
                flush();
            }
        }

        private void flush() throws SQLException {
            var bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }

        void end() throws SQLException {
            flush();
            in.endCopy();
        }
    }
}
