package vn.chibo.reporting;

import static vn.chibo.reporting.ReportingController.row;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.chibo.reporting.ReportingViews.CellEvaluation;
import vn.chibo.reporting.ReportingViews.Dashboard;
import vn.chibo.reporting.ReportingViews.MeetingRoll;
import vn.chibo.reporting.ReportingViews.MeetingRow;
import vn.chibo.reporting.ReportingViews.MemberEvaluation;
import vn.chibo.reporting.ReportingViews.MemberYear;
import vn.chibo.reporting.ReportingViews.UnexcusedMember;

/** The reviewer's tables flattened for export, with Vietnamese headers. */
@Component
class ReportingTables {

    TableExport dashboard(Dashboard d) {
        var rows = new ArrayList<List<Object>>();
        for (var c : d.cells()) {
            for (var m : c.months()) {
                var f = m.figures();
                rows.add(row(c.code(), c.name(), m.month(), f.regularHeld(), f.thematicHeld(), f.groupMeetings(),
                        m.regularMissing(), f.shortMeetings(), f.heldMinutes(), f.counted(), f.present(), m.ratePercent(),
                        m.meetsThreshold(), f.absentWithReason(), f.absentWithoutReason(), f.exempt(), f.presentOnline(),
                        f.presentInPerson(), f.onlineMeetings(), f.hybridMeetings(), f.minutesAdopted(), f.minutesOnTime(),
                        String.join(" ", m.warnings())));
            }
        }
        return new TableExport("Bang tong hop " + d.year(), List.of("Mã chi bộ", "Chi bộ", "Tháng", "Thường kỳ",
                "Chuyên đề", "Họp tổ đảng", "Thiếu thường kỳ (R20)", "Họp ngắn (R19)", "Số phút", "Số được tính (R12)",
                "Có mặt", "Tỷ lệ %", "Đạt ngưỡng " + d.thresholdPercent() + "%", "Vắng có lý do", "Vắng không lý do",
                "Miễn sinh hoạt", "Dự trực tuyến (R3)", "Dự trực tiếp (R3)", "Họp trực tuyến", "Họp kết hợp",
                "Biên bản thông qua (R21)", "Biên bản đúng hạn (R21)", "Cảnh báo"), rows);
    }

    TableExport unexcused(List<UnexcusedMember> members) {
        var rows = new ArrayList<List<Object>>();
        for (var m : members) {
            for (var month : m.detail()) {
                rows.add(row(m.fullName(), m.memberId(), m.months(), m.level(), m.removalProcedure() ? "Có" : "Không",
                        month.month(), month.outside() ? "(ngoài đơn vị)" : month.cellName(),
                        String.join("; ", month.meetings().stream().map(r -> (r.title() == null ? "" : r.title() + " ") + r.startsAt()).toList())));
            }
        }
        return new TableExport("Vang khong ly do R11", List.of("Họ tên", "Mã đảng viên", "Số tháng vắng không lý do",
                "Mức", "Xem xét thủ tục xóa tên (Điều 8.1)", "Tháng", "Chi bộ", "Cuộc họp vắng"), rows);
    }

    TableExport memberEvaluation(List<MemberEvaluation> members) {
        var rows = new ArrayList<List<Object>>();
        for (var m : members) {
            rows.add(row(m.fullName(), m.memberId(), m.cellName(), m.meetings(), m.present(), m.absentWithReason(),
                    m.absentWithoutReason(), m.unexcusedMonths(), m.ratePercent(), m.excluded() ? "Không xếp loại" : "",
                    m.exclusion(), "", ""));
        }
        return new TableExport("Danh gia dang vien R26", List.of("Họ tên", "Mã đảng viên", "Chi bộ", "Số buổi được tính",
                "Có mặt", "Vắng có lý do", "Vắng không lý do", "Số tháng vắng không lý do", "Tỷ lệ %", "Loại trừ",
                "Lý do loại trừ", "Phát biểu", "Nhiệm vụ được giao"), rows);
    }

    TableExport cellEvaluation(List<CellEvaluation> cells) {
        var rows = new ArrayList<List<Object>>();
        for (var c : cells) {
            rows.add(row(c.code(), c.name(), c.regularHeld(), c.regularRequired(), c.thematicHeld(), c.thematicRequired(),
                    c.shortMeetings(), c.counted(), c.present(), c.ratePercent(), c.monthsBelowThreshold(), c.minutesAdopted(),
                    c.minutesOnTime(), c.onlineMeetings(), c.hybridMeetings(), ""));
        }
        return new TableExport("Danh gia chi bo R26", List.of("Mã chi bộ", "Chi bộ", "Thường kỳ đã họp", "Thường kỳ phải họp",
                "Chuyên đề đã họp", "Chuyên đề phải họp", "Họp ngắn (R19)", "Số được tính", "Có mặt", "Tỷ lệ %",
                "Số tháng dưới ngưỡng (R12)", "Biên bản thông qua", "Biên bản đúng hạn (R21)", "Họp trực tuyến (R3)",
                "Họp kết hợp (R3)", "Tự đánh giá chất lượng"), rows);
    }

    TableExport meetings(List<MeetingRow> meetings) {
        var rows = new ArrayList<List<Object>>();
        for (var m : meetings) {
            rows.add(row(m.startsAt(), m.title(), m.kind(), m.mode(), m.partyGroup(), m.cancelled(), m.heldMinutes(),
                    m.requiredMinutes(), m.shortMeeting(), m.counted(), m.present(), m.ratePercent(), m.minutesAdoptedAt(),
                    m.minutesOnTime()));
        }
        return new TableExport("Cuoc hop", List.of("Bắt đầu", "Tên", "Loại", "Hình thức", "Tổ đảng", "Đã hủy", "Số phút",
                "Số phút tối thiểu (R19)", "Họp ngắn", "Số được tính", "Có mặt", "Tỷ lệ %", "Thông qua biên bản",
                "Đúng hạn (R21)"), rows);
    }

    TableExport roll(MeetingRoll roll) {
        var rows = new ArrayList<List<Object>>();
        for (var l : roll.lines()) {
            rows.add(row(l.fullName(), l.memberId(), l.guest() ? "Khách mời" : "", l.status()));
        }
        return new TableExport("Diem danh", List.of("Họ tên", "Mã đảng viên", "Khách", "Trạng thái"), rows);
    }

    TableExport member(MemberYear year) {
        var rows = new ArrayList<List<Object>>();
        for (var m : year.meetings()) {
            rows.add(row(m.startsAt(), m.title(), m.cellName(), m.status()));
        }
        return new TableExport("Dang vien " + year.year(), List.of("Bắt đầu", "Cuộc họp", "Chi bộ", "Trạng thái"), rows);
    }
}
