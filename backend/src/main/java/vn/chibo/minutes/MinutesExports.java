package vn.chibo.minutes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.springframework.stereotype.Component;

import vn.chibo.minutes.MinutesLayout.Block;

/**
 * DOCX (Apache POI) and PDF (Apache PDFBox, DejaVu Serif embedded so that every Vietnamese diacritic renders) of the
 * same layout blocks; both carry the content hash in the text and in the document properties.
 */
@Component
class MinutesExports {

    private static final String FONT = "Times New Roman";

    // ---- DOCX ---------------------------------------------------------------------------------------------

    byte[] docx(MinutesService.Printable printable) {
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle("Biên bản " + printable.content().subtitle());
            document.getProperties().getCoreProperties().setIdentifier("sha256:" + printable.contentHash());
            for (var block : MinutesLayout.of(printable)) {
                if (block instanceof MinutesLayout.Header h) {
                    docxHeader(document, h);
                }
                else if (block instanceof MinutesLayout.Line l) {
                    docxLine(document, l);
                }
                else if (block instanceof MinutesLayout.Signatures s) {
                    docxSignatures(document, s);
                }
            }
            document.write(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XWPFTable twoColumns(XWPFDocument document) {
        var table = document.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        table.setTableAlignment(TableRowAlign.CENTER);
        return table;
    }

    private static void docxHeader(XWPFDocument document, MinutesLayout.Header h) {
        var table = twoColumns(document);
        var left = table.getRow(0).getCell(0);
        var right = table.getRow(0).getCell(1);
        var first = true;
        for (var text : h.left()) {
            var p = first ? left.getParagraphs().get(0) : left.addParagraph();
            first = false;
            run(p, text, 13, true, false, false);
            p.setAlignment(ParagraphAlignment.CENTER);
        }
        var party = right.getParagraphs().get(0);
        run(party, h.party(), 14, true, false, true);
        party.setAlignment(ParagraphAlignment.CENTER);
        var date = right.addParagraph();
        run(date, h.placeAndDate(), 13, false, true, false);
        date.setAlignment(ParagraphAlignment.CENTER);
    }

    private static void docxLine(XWPFDocument document, MinutesLayout.Line line) {
        var p = document.createParagraph();
        switch (line.style()) {
            case TITLE -> {
                p.setAlignment(ParagraphAlignment.CENTER);
                p.setSpacingBefore(240);
                run(p, line.text(), 15, true, false, false);
            }
            case SUBTITLE -> {
                p.setAlignment(ParagraphAlignment.CENTER);
                p.setSpacingAfter(240);
                run(p, line.text(), 14, true, false, false);
            }
            case HEADING -> {
                p.setSpacingBefore(120);
                run(p, line.text(), 13, true, false, false);
            }
            case ITEM -> {
                p.setIndentationLeft(360);
                run(p, line.text(), 13, false, false, false);
            }
            case NOTE -> run(p, line.text(), 10, false, true, false);
            case TEXT -> {
                p.setAlignment(ParagraphAlignment.BOTH);
                run(p, line.text(), 13, false, false, false);
            }
        }
    }

    private static void docxSignatures(XWPFDocument document, MinutesLayout.Signatures s) {
        var table = twoColumns(document);
        for (int i = 0; i < s.signers().size() && i < 2; i++) {
            // the chair signs on the right, the minute-taker on the left, as in the official form
            XWPFTableCell cell = table.getRow(0).getCell(i == 0 ? 1 : 0);
            var signer = s.signers().get(i);
            var role = cell.getParagraphs().get(0);
            role.setAlignment(ParagraphAlignment.CENTER);
            run(role, signer.roleLabel(), 13, true, false, false);
            var signed = cell.addParagraph();
            signed.setAlignment(ParagraphAlignment.CENTER);
            run(signed, signer.signedLine(), 11, false, true, false);
            var name = cell.addParagraph();
            name.setAlignment(ParagraphAlignment.CENTER);
            run(name, signer.fullName(), 13, true, false, false);
        }
    }

    private static void run(XWPFParagraph p, String text, int size, boolean bold, boolean italic, boolean underline) {
        var run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        if (underline) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
        run.setText(text);
    }

    // ---- PDF ----------------------------------------------------------------------------------------------

    byte[] pdf(MinutesService.Printable printable) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var fonts = new Fonts(load(document, "DejaVuSerif.ttf"), load(document, "DejaVuSerif-Bold.ttf"),
                    load(document, "DejaVuSerif-Italic.ttf"));
            document.getDocumentInformation().setTitle("Biên bản " + printable.content().subtitle());
            document.getDocumentInformation().setSubject("sha256:" + printable.contentHash());
            try (var pages = new Pages(document, fonts)) {
                for (Block block : MinutesLayout.of(printable)) {
                    if (block instanceof MinutesLayout.Header h) {
                        pages.header(h);
                    }
                    else if (block instanceof MinutesLayout.Line l) {
                        pages.line(l);
                    }
                    else if (block instanceof MinutesLayout.Signatures s) {
                        pages.signatures(s);
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDFont load(PDDocument document, String name) throws IOException {
        try (var in = MinutesExports.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IOException("font missing from the classpath: " + name);
            }
            return PDType0Font.load(document, in, true);
        }
    }

    private record Fonts(PDFont regular, PDFont bold, PDFont italic) {
    }

    /** A cursor over A4 pages with 2 cm margins (3 cm on the left, as official documents have). */
    private static final class Pages implements AutoCloseable {

        private static final float LEFT = 85f;
        private static final float RIGHT = PDRectangle.A4.getWidth() - 57f;
        private static final float TOP = PDRectangle.A4.getHeight() - 57f;
        private static final float BOTTOM = 57f;

        private final PDDocument document;
        private final Fonts fonts;
        private PDPageContentStream stream;
        private float y;

        Pages(PDDocument document, Fonts fonts) throws IOException {
            this.document = document;
            this.fonts = fonts;
            newPage();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = TOP;
        }

        void header(MinutesLayout.Header h) throws IOException {
            var middle = (LEFT + RIGHT) / 2;
            var top = y;
            for (var text : h.left()) {
                centred(text, fonts.bold(), 12, LEFT, middle - 10);
            }
            var leftEnd = y;
            y = top;
            centred(h.party(), fonts.bold(), 12, middle + 10, RIGHT);
            var partyWidth = width(h.party(), fonts.bold(), 12);
            var x = (middle + 10 + RIGHT) / 2 - partyWidth / 2;
            stream.moveTo(x, y + 3);
            stream.lineTo(x + partyWidth, y + 3);
            stream.stroke();
            centred(h.placeAndDate(), fonts.italic(), 11, middle + 10, RIGHT);
            y = Math.min(y, leftEnd) - 12;
        }

        void line(MinutesLayout.Line line) throws IOException {
            switch (line.style()) {
                case TITLE -> {
                    y -= 8;
                    centred(line.text(), fonts.bold(), 15, LEFT, RIGHT);
                }
                case SUBTITLE -> {
                    centred(line.text(), fonts.bold(), 13, LEFT, RIGHT);
                    y -= 10;
                }
                case HEADING -> {
                    y -= 6;
                    wrapped(line.text(), fonts.bold(), 12, LEFT, RIGHT);
                }
                case ITEM -> wrapped(line.text(), fonts.regular(), 12, LEFT + 18, RIGHT);
                case NOTE -> wrapped(line.text(), fonts.italic(), 9, LEFT, RIGHT);
                case TEXT -> wrapped(line.text(), fonts.regular(), 12, LEFT, RIGHT);
            }
        }

        void signatures(MinutesLayout.Signatures s) throws IOException {
            y -= 14;
            if (y < BOTTOM + 80) {
                newPage();
            }
            var middle = (LEFT + RIGHT) / 2;
            var top = y;
            var lowest = y;
            for (int i = 0; i < s.signers().size() && i < 2; i++) {
                var signer = s.signers().get(i);
                y = top;
                float from = i == 0 ? middle : LEFT;
                float to = i == 0 ? RIGHT : middle;
                centred(signer.roleLabel(), fonts.bold(), 12, from, to);
                centred(signer.signedLine(), fonts.italic(), 10, from, to);
                y -= 24;
                centred(signer.fullName(), fonts.bold(), 12, from, to);
                lowest = Math.min(lowest, y);
            }
            y = lowest - 8;
        }

        private float width(String text, PDFont font, float size) throws IOException {
            return font.getStringWidth(text) / 1000f * size;
        }

        private void centred(String text, PDFont font, float size, float from, float to) throws IOException {
            for (var line : wrap(text, font, size, to - from)) {
                ensureRoom(size);
                var w = width(line, font, size);
                write(line, font, size, from + (to - from - w) / 2);
            }
        }

        private void wrapped(String text, PDFont font, float size, float from, float to) throws IOException {
            for (var line : wrap(text, font, size, to - from)) {
                ensureRoom(size);
                write(line, font, size, from);
            }
        }

        private void ensureRoom(float size) throws IOException {
            if (y - size * 1.4f < BOTTOM) {
                newPage();
            }
        }

        private void write(String text, PDFont font, float size, float x) throws IOException {
            y -= size * 1.4f;
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y);
            stream.showText(text);
            stream.endText();
        }

        private List<String> wrap(String text, PDFont font, float size, float max) throws IOException {
            var lines = new ArrayList<String>();
            var current = new StringBuilder();
            for (var word : text.replace('\t', ' ').split(" ")) {
                var candidate = current.isEmpty() ? word : current + " " + word;
                if (width(candidate, font, size) <= max || current.isEmpty()) {
                    current.setLength(0);
                    current.append(candidate);
                }
                else {
                    lines.add(current.toString());
                    current.setLength(0);
                    current.append(word);
                }
            }
            lines.add(current.toString());
            return lines;
        }

        @Override
        public void close() throws IOException {
            stream.close();
        }
    }
}
