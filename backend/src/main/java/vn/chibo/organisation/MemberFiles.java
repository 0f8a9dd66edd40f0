package vn.chibo.organisation;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import vn.chibo.shared.DomainException;

/**
 * Reads a member file into rows of text: CSV (UTF-8, with or without BOM, comma or semicolon) or XLSX, the
 * first sheet read as a stream (SAX), so a large file never sits in memory as a workbook. Dates typed as
 * Excel dates come out as ISO dates; everything else as the text Excel shows.
 */
final class MemberFiles {

    private MemberFiles() {
    }

    /** The header row and the non-blank data rows, each with its row number in the file (header = 1). */
    record Table(List<String> header, List<Row> rows) {
    }

    record Row(int number, List<String> cells) {

        String cell(int index) {
            if (index < 0 || index >= cells.size() || cells.get(index) == null) {
                return "";
            }
            return cells.get(index).trim();
        }
    }

    static final class UnreadableFile extends DomainException {
        UnreadableFile(String message) {
            super("import-file-unreadable", Kind.INVALID, message);
        }
    }

    static Table read(String fileName, InputStream input) throws IOException {
        var in = new BufferedInputStream(input);
        in.mark(4);
        var magic = in.readNBytes(2);
        in.reset();
        var isZip = magic.length == 2 && magic[0] == 'P' && magic[1] == 'K';
        if (isZip) {
            return readXlsx(in);
        }
        if (fileName != null && fileName.toLowerCase().endsWith(".xls")) {
            throw new UnreadableFile("Tệp .xls (Excel 97–2003) chưa được hỗ trợ; hãy lưu thành .xlsx hoặc CSV UTF-8.");
        }
        return readCsv(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private static Table split(List<List<String>> records) {
        List<String> header = null;
        var rows = new ArrayList<Row>();
        for (int i = 0; i < records.size(); i++) {
            var cells = records.get(i);
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            if (header == null) {
                header = cells;
            }
            else {
                rows.add(new Row(i + 1, cells));
            }
        }
        if (header == null) {
            throw new UnreadableFile("Tệp không có dòng tiêu đề.");
        }
        return new Table(header, rows);
    }

    // ---- CSV (RFC 4180) ----

    static Table readCsv(Reader reader) throws IOException {
        var text = new StringBuilder();
        var buffer = new char[8192];
        for (int n; (n = reader.read(buffer)) > 0;) {
            text.append(buffer, 0, n);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text.deleteCharAt(0);
        }
        var firstLine = text.indexOf("\n") < 0 ? text.toString() : text.substring(0, text.indexOf("\n"));
        char separator = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        return split(parseCsv(text, separator));
    }

    private static long count(String line, char c) {
        return line.chars().filter(x -> x == c).count();
    }

    private static List<List<String>> parseCsv(CharSequence text, char separator) {
        var records = new ArrayList<List<String>>();
        var record = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    }
                    else {
                        quoted = false;
                    }
                }
                else {
                    field.append(c);
                }
            }
            else if (c == '"' && field.isEmpty()) {
                quoted = true;
            }
            else if (c == separator) {
                record.add(field.toString());
                field.setLength(0);
            }
            else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            }
            else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    // ---- XLSX, streamed ----

    private static Table readXlsx(InputStream in) throws IOException {
        try (var pkg = OPCPackage.open(in)) {
            var reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableFile("Tệp Excel không có trang tính nào.");
            }
            var records = new ArrayList<List<String>>();
            var handler = new XSSFSheetXMLHandler.SheetContentsHandler() {
                private List<String> current;

                @Override
                public void startRow(int rowNum) {
                    while (records.size() < rowNum) {
                        records.add(new ArrayList<>());
                    }
                    current = new ArrayList<>();
                }

                @Override
                public void endRow(int rowNum) {
                    records.add(current);
                }

                @Override
                public void cell(String reference, String value, XSSFComment comment) {
                    int column = reference == null ? current.size() : new CellReference(reference).getCol();
                    while (current.size() < column) {
                        current.add("");
                    }
                    current.add(value);
                }
            };
            try (var sheet = sheets.next()) {
                var parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, handler,
                        new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            }
            return split(records);
        }
        catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            if (e instanceof UnreadableFile unreadable) {
                throw unreadable;
            }
            throw new UnreadableFile("Không đọc được tệp Excel (.xlsx): tệp hỏng hoặc không đúng định dạng.");
        }
    }

    /** Shows a date-formatted cell as yyyy-MM-dd whatever its display format, so the reader never guesses. */
    private static final class IsoDates extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDate date = DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate();
                return date.toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}
