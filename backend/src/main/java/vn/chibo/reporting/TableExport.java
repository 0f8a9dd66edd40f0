package vn.chibo.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Any of the reviewer's tables as CSV (UTF-8 with BOM, for spreadsheet programs) or XLSX (R26). */
record TableExport(String name, List<String> headers, List<List<Object>> rows) {

    byte[] csv() {
        var out = new StringBuilder("\uFEFF");
        line(out, headers.stream().map(h -> (Object) h).toList());
        rows.forEach(r -> line(out, r));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            var v = values.get(i) == null ? "" : values.get(i).toString();
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0) {
                v = '"' + v.replace("\"", "\"\"") + '"';
            }
            // a value a spreadsheet would take for a formula is written as text
            if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !(values.get(i) instanceof Number)) {
                v = "'" + v;
            }
            out.append(v);
        }
        out.append("\r\n");
    }

    byte[] xlsx() {
        try (var workbook = new SXSSFWorkbook(500); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet(name.length() > 31 ? name.substring(0, 31) : name);
            var header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            int r = 1;
            for (var values : rows) {
                var row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    var v = values.get(i);
                    var cell = row.createCell(i);
                    if (v instanceof Integer || v instanceof Long) {
                        cell.setCellValue(((Number) v).doubleValue());
                    } else if (v instanceof BigDecimal d) {
                        cell.setCellValue(d.doubleValue());
                    } else if (v instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else if (v != null) {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
