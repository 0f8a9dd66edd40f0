package vn.chibo.meeting;

import java.util.List;

/** R18: the agendas of a regular and of a thematic meeting (Hướng dẫn 12-HD/BTCTW, 42-HD/BTCTW). */
final class AgendaTemplates {

    enum Template { REGULAR, THEMATIC }

    record Step(String title, AgendaItemType type, int plannedMinutes, String notes) {
    }

    record TemplateView(Template template, String name, List<Step> items) {
    }

    private static final List<Step> REGULAR = List.of(
            new Step("Khai mạc: thu đảng phí, tình hình đảng viên, điểm danh, thông qua chương trình, cử thư ký",
                    AgendaItemType.INFORMATION, 10, "Chủ trì thông báo số đảng viên có mặt, vắng mặt (có lý do, không lý do)."),
            new Step("Thông tin thời sự, chính trị", AgendaItemType.INFORMATION, 15, null),
            new Step("Đánh giá kết quả thực hiện nhiệm vụ tháng trước, nhiệm vụ tháng tới", AgendaItemType.REPORT, 20, null),
            new Step("Thảo luận, phê bình và tự phê bình", AgendaItemType.DISCUSSION, 25, null),
            new Step("Kết luận, ra nghị quyết", AgendaItemType.RESOLUTION, 10, null),
            new Step("Phân công nhiệm vụ cho đảng viên", AgendaItemType.OTHER, 5, null),
            new Step("Tự đánh giá chất lượng buổi sinh hoạt", AgendaItemType.OTHER, 5, null),
            new Step("Đọc và thông qua biên bản", AgendaItemType.RESOLUTION, 10, null));

    private AgendaTemplates() {
    }

    static List<Step> steps(Template template, String topic) {
        return switch (template) {
            case REGULAR -> REGULAR;
            case THEMATIC -> {
                var subject = topic == null || topic.isBlank() ? "chuyên đề" : topic.strip();
                yield List.of(
                        new Step("Giới thiệu chủ đề: " + subject, AgendaItemType.INFORMATION, 5, null),
                        new Step("Trình bày chuyên đề: " + subject, AgendaItemType.REPORT, 40, null),
                        new Step("Thảo luận chuyên đề", AgendaItemType.DISCUSSION, 35, null),
                        new Step("Kết luận chuyên đề", AgendaItemType.RESOLUTION, 10, null));
            }
        };
    }

    static List<TemplateView> all() {
        return List.of(new TemplateView(Template.REGULAR, "Sinh hoạt chi bộ thường kỳ", steps(Template.REGULAR, null)),
                new TemplateView(Template.THEMATIC, "Sinh hoạt chuyên đề", steps(Template.THEMATIC, null)));
    }
}
