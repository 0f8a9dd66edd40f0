package vn.chibo.organisation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.shared.audit.Auditor;
import vn.chibo.shared.time.VietnamTime;

/**
 * The member list of a subtree as CSV (UTF-8 with BOM, so Excel shows Vietnamese) or XLSX (streamed). The
 * columns are the import columns, headed in Vietnamese, so an exported file can be edited and imported back.
 */
@Service
class MemberExport {

    static final List<String> HEADER = List.of("Số thẻ đảng viên", "Họ và tên", "Ngày sinh", "Ngày vào Đảng",
            "Ngày chính thức", "Loại đảng viên", "Mã chi bộ", "Mã tổ đảng", "Chi bộ", "Tổ đảng", "Diện đặc biệt");

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    enum Format { CSV, XLSX }

    record Export(String fileName, List<List<String>> rows) {
    }

    private final JdbcUnits units;
    private final JdbcMemberSearch search;
    private final MemberRegistry registry;
    private final OrganisationAccess access;
    private final Auditor auditor;
    private final Clock clock;

    MemberExport(JdbcUnits units, JdbcMemberSearch search, MemberRegistry registry, OrganisationAccess access,
            Auditor auditor, Clock clock) {
        this.units = units;
        this.search = search;
        this.registry = registry;
        this.access = access;
        this.auditor = auditor;
        this.clock = clock;
    }

    /** Collects the rows (and audits the read) inside one transaction; writing happens after. */
    @Transactional
    Export rows(UUID unitId, Format format) {
        var unit = units.find(unitId).orElseThrow(OrganisationRefusals::unitNotFound);
        var reach = access.reach();
        reach.require(reach.mayExport(unit), "xuất danh sách đảng viên của tổ chức này");
        var today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
        var members = registry.resources(search.everyone(unit, today), false);
        var codes = units.findAll(members.stream().flatMap(m -> java.util.stream.Stream.of(m.cellId(), m.groupId()))
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        var rows = new ArrayList<List<String>>();
        rows.add(HEADER);
        for (var m : members) {
            rows.add(List.of(m.cardNumber(), m.fullName(), date(m.dateOfBirth()), date(m.admissionDate()),
                    date(m.officialDate()), m.status() == MemberStatus.OFFICIAL ? "Chính thức" : "Dự bị",
                    code(codes, m.cellId()), code(codes, m.groupId()), nullToEmpty(m.cellName()),
                    nullToEmpty(m.groupName()), flags(m, today)));
        }
        auditor.record("members-exported", "unit", unitId, unitId, Map.of("format", format.name(),
                "members", String.valueOf(members.size())));
        return new Export(unit.code() + "-dang-vien-" + today + "." + format.name().toLowerCase(), rows);
    }

    static void writeCsv(List<List<String>> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        for (var row : rows) {
            writer.write(row.stream().map(MemberExport::csvField).collect(Collectors.joining(",")));
            writer.write("\r\n");
        }
        writer.flush();
    }

    static void writeXlsx(List<List<String>> rows, OutputStream out) throws IOException {
        try (var workbook = new SXSSFWorkbook(200)) {
            var sheet = workbook.createSheet("Đảng viên");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                var values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c));
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static String csvField(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    private static String flags(MemberResource m, LocalDate today) {
        return m.flags().stream().filter(f -> !f.from().isAfter(today) && (f.to() == null || !f.to().isBefore(today)))
                .map(f -> switch (f.kind()) {
                    case EXEMPT -> "Miễn sinh hoạt";
                    case SUSPENDED -> "Đình chỉ sinh hoạt";
                    case TRANSFERRED_OUT -> "Chuyển sinh hoạt tạm thời đi " + nullToEmpty(f.otherUnitName());
                    case TRANSFERRED_IN -> "Sinh hoạt tạm thời từ " + nullToEmpty(f.otherUnitName());
                }).collect(Collectors.joining("; "));
    }

    private static String code(Map<UUID, Unit> units, UUID id) {
        return id == null || !units.containsKey(id) ? "" : units.get(id).code();
    }

    private static String date(LocalDate date) {
        return date == null ? "" : VIETNAMESE_DATE.format(date);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
