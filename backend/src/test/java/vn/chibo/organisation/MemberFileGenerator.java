package vn.chibo.organisation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Valid member files of any size for tests and the import benchmark: CSV (UTF-8 with BOM) and XLSX. */
final class MemberFileGenerator {

    static final List<String> HEADER = List.of("card_number", "full_name", "date_of_birth", "admission_date",
            "official_date", "status", "cell_code", "group_code");

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private MemberFileGenerator() {
    }

    /**
     * {@code count} members spread over the cells (and, for cells that have them, their groups), card numbers
     * {@code cardPrefix} followed by a six-digit sequence; about one in ten probationary.
     */
    static List<List<String>> rows(int count, String cardPrefix, List<String> cellCodes, Map<String, List<String>> groups) {
        var rows = new ArrayList<List<String>>();
        rows.add(HEADER);
        for (int i = 1; i <= count; i++) {
            var card = cardPrefix + String.format("%06d", i);
            var member = OrganisationDemoData.person(card, i);
            var cell = cellCodes.get(i % cellCodes.size());
            var cellGroups = groups.getOrDefault(cell, List.of());
            var group = cellGroups.isEmpty() ? "" : cellGroups.get(i % cellGroups.size());
            rows.add(List.of(card, member.fullName(), member.dateOfBirth().format(DMY),
                    i % 2 == 0 ? member.admissionDate().toString() : member.admissionDate().format(DMY),
                    member.officialDate() == null ? "" : member.officialDate().format(DMY),
                    member.status() == MemberStatus.OFFICIAL ? "chinh_thuc" : "du_bi", cell, group));
        }
        return rows;
    }

    static byte[] csv(List<List<String>> rows) throws IOException {
        var out = new ByteArrayOutputStream();
        MemberExport.writeCsv(rows, out);
        return out.toByteArray();
    }

    /** XLSX with the dates as real Excel dates (as a secretary's spreadsheet would have them). */
    static byte[] xlsx(List<List<String>> rows) throws IOException {
        try (var workbook = new SXSSFWorkbook(500); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Danh sách");
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    var value = rows.get(r).get(c);
                    var cell = row.createCell(c);
                    var date = r > 0 && c >= 2 && c <= 4 && !value.isEmpty() ? parse(value) : null;
                    if (date != null) {
                        cell.setCellValue(date);
                        cell.setCellStyle(dateStyle);
                    }
                    else {
                        cell.setCellValue(value);
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }

    private static LocalDate parse(String value) {
        return value.contains("/") ? LocalDate.parse(value, DMY) : LocalDate.parse(value);
    }
}
