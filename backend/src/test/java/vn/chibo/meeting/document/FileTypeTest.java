package vn.chibo.meeting.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileTypeTest {

    static byte[] zip(String... entries) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (var entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void recognisesEveryAllowedTypeByItsContent() throws IOException {
        assertThat(FileType.of("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains(FileType.PDF);
        assertThat(FileType.of(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0 })).contains(FileType.PNG);
        assertThat(FileType.of(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 })).contains(FileType.JPEG);
        assertThat(FileType.of(zip("[Content_Types].xml", "word/document.xml"))).contains(FileType.DOCX);
        assertThat(FileType.of(zip("[Content_Types].xml", "xl/workbook.xml"))).contains(FileType.XLSX);
    }

    @Test
    void refusesOtherContentWhateverItIsCalled() throws IOException {
        assertThat(FileType.of("MZ\u0090\u0000 an executable".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(FileType.of("<html><script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(FileType.of(zip("payload.exe"))).isEmpty();
        assertThat(FileType.of(new byte[] { 'P', 'K', 3, 4, 1, 2 })).isEmpty();
    }

    @Test
    void keepsOnlyTheBaseNameAndTheRealExtension() {
        assertThat(MeetingDocuments.fileName("C:\\Users\\a\\Bản tin tháng 12.pdf", FileType.PDF)).isEqualTo("Bản tin tháng 12.pdf");
        assertThat(MeetingDocuments.fileName("../../etc/passwd", FileType.PDF)).isEqualTo("passwd.pdf");
        assertThat(MeetingDocuments.fileName("anh.exe", FileType.PNG)).isEqualTo("anh.png");
        assertThat(MeetingDocuments.fileName(null, FileType.DOCX)).isEqualTo("tai-lieu.docx");
    }
}
