package vn.chibo.meeting.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipInputStream;

/**
 * The file types a document may have, recognised by their content, never by the name or the browser's
 * claim: a renamed executable is refused. DOCX and XLSX are ZIP files told apart by their main part.
 */
enum FileType {

    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
    private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
    private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };
    /** Office files name their main part among the first entries; a ZIP is not read further than this. */
    private static final int MAX_ZIP_ENTRIES = 200;

    private final String contentType;
    private final String extension;

    FileType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    String contentType() {
        return contentType;
    }

    String extension() {
        return extension;
    }

    static Optional<FileType> of(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, ZIP_MAGIC)) {
            return office(content);
        }
        return Optional.empty();
    }

    private static Optional<FileType> office(byte[] content) {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            var seen = 0;
            for (var entry = zip.getNextEntry(); entry != null && seen < MAX_ZIP_ENTRIES; entry = zip.getNextEntry(), seen++) {
                if (entry.getName().equals("word/document.xml")) {
                    return Optional.of(DOCX);
                }
                if (entry.getName().equals("xl/workbook.xml")) {
                    return Optional.of(XLSX);
                }
            }
        }
        catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
