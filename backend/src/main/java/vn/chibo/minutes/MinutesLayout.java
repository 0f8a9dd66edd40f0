package vn.chibo.minutes;

import java.text.Normalizer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import vn.chibo.shared.time.VietnamTime;

/**
 * The official layout of a Party cell's biên bản as a list of blocks, from the canonical content, shared by the
 * DOCX and the PDF so that both say the same words: the Party header (the upper committee and the cell on the left,
 * "ĐẢNG CỘNG SẢN VIỆT NAM" and the place and date on the right — Party documents carry no national motto), the
 * title, the sections I–VI, the closing sentence, the signatures, the addenda and the content hash.
 */
final class MinutesLayout {

    enum Style { TITLE, SUBTITLE, HEADING, TEXT, ITEM, NOTE }

    sealed interface Block permits Header, Line, Signatures {
    }

    record Header(List<String> left, String party, String placeAndDate) implements Block {
    }

    record Line(Style style, String text) implements Block {
    }

    record Signatures(List<Signer> signers) implements Block {
    }

    record Signer(String roleLabel, String fullName, String signedLine) {
    }

    private static final DateTimeFormatter SIGNED = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy")
            .withZone(VietnamTime.ZONE);

    private MinutesLayout() {
    }

    static List<Block> of(MinutesService.Printable printable) {
        var c = printable.content();
        var blocks = new ArrayList<Block>();
        blocks.add(new Header(List.of(c.header().upperCommittee(), c.header().unit(), "*"), c.header().party(),
                c.header().placeAndDate()));
        blocks.add(line(Style.TITLE, c.title()));
        blocks.add(line(Style.SUBTITLE, c.subtitle()));

        blocks.add(line(Style.HEADING, "I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"));
        blocks.add(line(Style.TEXT, "Thời gian bắt đầu: " + orDash(c.time().startedLocal()) + "."));
        blocks.add(line(Style.TEXT, "Địa điểm, hình thức: " + c.place().text() + "."));
        var m = c.members();
        blocks.add(line(Style.TEXT, "Tổng số đảng viên của " + orDash(c.organisation().unitName()) + ": " + m.total()
                + " (chính thức: " + m.official() + ", dự bị: " + m.probationary() + "); miễn công tác và sinh hoạt: "
                + m.exempt() + "; đình chỉ sinh hoạt: " + m.suspended() + "; chuyển sinh hoạt tạm thời: "
                + m.transferred() + "."));
        var p = c.present();
        blocks.add(line(Style.TEXT, "Có mặt: " + p.total() + " đồng chí (trực tiếp: " + p.inPerson() + ", trực tuyến: "
                + p.online() + "; chính thức: " + p.official() + ", dự bị: " + p.probationary() + "). Tỷ lệ dự họp: "
                + (c.rate().percent() == null ? "—" : c.rate().percent() + " %") + " (" + c.rate().present() + "/"
                + c.rate().denominator() + ", không tính đảng viên được miễn; ngưỡng " + c.rate().thresholdPercent()
                + " %)."));
        blocks.add(line(Style.TEXT, "Vắng: " + c.absentees().size() + " đồng chí."));
        for (var a : c.absentees()) {
            blocks.add(line(Style.ITEM, "- Đồng chí " + a.fullName() + ": " + a.statusLabel()
                    + (a.reason() == null || a.reason().isBlank() ? "" : " (lý do: " + a.reason() + ")") + "."));
        }
        blocks.add(line(Style.TEXT, "Chủ trì: đồng chí " + (c.chair() == null ? "—" : c.chair().fullName())
                + ". Thư ký: đồng chí " + (c.minuteTaker() == null ? "—" : c.minuteTaker().fullName()) + "."));
        if (!c.guests().isEmpty() || !RichText.plainText(c.guestsNote()).isEmpty()) {
            blocks.add(line(Style.TEXT, "Khách mời: " + (c.guests().isEmpty() ? "—" : String.join(", ", c.guests())) + "."));
            rich(blocks, c.guestsNote());
        }

        blocks.add(line(Style.HEADING, "II. NỘI DUNG"));
        blocks.add(line(Style.TEXT, "Chương trình sinh hoạt:"));
        for (var item : c.agenda()) {
            blocks.add(line(Style.ITEM, item.position() + ". " + item.title()));
        }
        for (var item : c.agenda()) {
            blocks.add(line(Style.HEADING, item.position() + ". " + item.title()));
            if (item.presenter() != null) {
                blocks.add(line(Style.TEXT, "Trình bày: đồng chí " + item.presenter() + "."));
            }
            if (!item.speakers().isEmpty()) {
                blocks.add(line(Style.TEXT, "Ý kiến phát biểu (" + item.speakers().size() + "): "
                        + item.speakers().stream().map(s -> "đồng chí " + s.fullName()).collect(Collectors.joining(", "))
                        + "."));
            }
            rich(blocks, item.opinions());
            if (!RichText.plainText(item.conclusion()).isEmpty()) {
                blocks.add(line(Style.TEXT, "Kết luận của chủ trì:"));
                rich(blocks, item.conclusion());
            }
            for (var vote : c.votes()) {
                if (item.itemId() != null && item.itemId().equals(vote.agendaItemId())) {
                    blocks.add(line(Style.ITEM, vote(vote)));
                }
            }
        }

        blocks.add(line(Style.HEADING, "III. KẾT QUẢ BIỂU QUYẾT"));
        if (c.votes().isEmpty()) {
            blocks.add(line(Style.TEXT, "Không có biểu quyết."));
        }
        for (var vote : c.votes()) {
            blocks.add(line(Style.ITEM, vote(vote)));
        }
        blocks.add(line(Style.HEADING, "IV. KẾT LUẬN"));
        rich(blocks, c.conclusions());
        blocks.add(line(Style.HEADING, "V. PHÂN CÔNG NHIỆM VỤ"));
        rich(blocks, c.tasks());
        blocks.add(line(Style.HEADING, "VI. TỰ ĐÁNH GIÁ CHẤT LƯỢNG BUỔI SINH HOẠT"));
        rich(blocks, c.selfAssessment());
        if (!c.groupRollUp().isEmpty()) {
            blocks.add(line(Style.HEADING, "TỔNG HỢP SINH HOẠT CÁC TỔ ĐẢNG TRONG THÁNG"));
            for (var g : c.groupRollUp()) {
                blocks.add(line(Style.ITEM, "- " + g.groupName() + ": có mặt " + g.present() + "/" + g.denominator()
                        + (g.percent() == null ? "" : " (" + g.percent() + " %)") + ", tổng số " + g.summoned()
                        + ", miễn " + g.exempt() + "."));
            }
        }
        blocks.add(line(Style.TEXT, "Buổi sinh hoạt kết thúc vào lúc " + orDash(c.time().endedLocal()) + "."));
        var adopted = printable.state().equals("ADOPTED") || printable.state().equals("SIGNED");
        blocks.add(line(Style.TEXT, adopted ? "Biên bản đã được đọc lại trước chi bộ và được thông qua."
                : "BẢN NHÁP — biên bản chưa được đọc lại và thông qua."));

        var signers = new ArrayList<Signer>();
        for (var s : c.signatories()) {
            var signature = printable.signatures().stream().filter(x -> x.role().equals(s.role())).findFirst();
            signers.add(new Signer(s.roleLabel().toUpperCase(java.util.Locale.forLanguageTag("vi")),
                    s.fullName() == null ? "" : s.fullName(),
                    signature.map(x -> "(Đã ký, xác thực hai lớp, " + SIGNED.format(x.signedAt()) + ")")
                            .orElse("(Chưa ký)")));
        }
        blocks.add(new Signatures(signers));

        for (var a : printable.addenda()) {
            blocks.add(line(Style.HEADING, "PHỤ LỤC ĐÍNH CHÍNH SỐ " + a.seq()));
            rich(blocks, a.html());
            blocks.add(line(Style.NOTE, "Đồng chí " + a.fullName() + " (" + (a.authorRole().equals("CHAIR") ? "chủ trì"
                    : "thư ký") + ") ký " + SIGNED.format(a.signedAt()) + "; tham chiếu biên bản gốc SHA-256 "
                    + a.originalHash() + "; mã băm phụ lục " + a.contentHash() + "."));
        }
        blocks.add(line(Style.NOTE, "Mã băm SHA-256 của nội dung biên bản: " + printable.contentHash()));
        return blocks;
    }

    private static String vote(MinutesContent.Vote v) {
        var threshold = v.threshold().equals("AT_LEAST_TWO_THIRDS") ? "ít nhất hai phần ba" : "hơn một nửa";
        return "- " + v.subject() + ": tán thành " + v.yes() + ", không tán thành " + v.no() + ", không biểu quyết "
                + v.abstain() + "; mẫu số (tổng số đảng viên chính thức được triệu tập) " + v.denominator()
                + "; điều kiện: " + threshold + " (" + v.rule() + "); hình thức: "
                + (v.mode().equals("SECRET") ? "bỏ phiếu kín" : "biểu quyết công khai") + "; kết quả: "
                + (v.passed() ? "THÔNG QUA" : "KHÔNG THÔNG QUA") + ".";
    }

    private static void rich(List<Block> blocks, String html) {
        for (var paragraph : RichText.paragraphs(html)) {
            blocks.add(line(Style.TEXT, paragraph));
        }
    }

    private static Line line(Style style, String text) {
        return new Line(style, Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC));
    }

    private static String orDash(String value) {
        return value == null ? "—" : value;
    }

    static String signedAt(Instant at) {
        return SIGNED.format(at);
    }
}
