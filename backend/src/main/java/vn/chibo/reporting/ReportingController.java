package vn.chibo.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.reporting.ReportingViews.Dashboard;
import vn.chibo.reporting.ReportingViews.MeetingRoll;
import vn.chibo.reporting.ReportingViews.MeetingRow;
import vn.chibo.reporting.ReportingViews.MemberYear;
import vn.chibo.reporting.ReportingViews.UnexcusedMember;
import vn.chibo.shared.DomainException;
import vn.chibo.shared.security.CurrentActor;
import vn.chibo.shared.time.VietnamTime;

/** The committee's review over REST (docs/reporting.md); every call is bounded by the actor's subtree. */
@RestController
@RequestMapping("/api/reporting")
class ReportingController {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ReportingQueries queries;
    private final ReportingAccess access;
    private final ReportingTables tables;
    private final CurrentActor currentActor;

    ReportingController(ReportingQueries queries, ReportingAccess access, ReportingTables tables, CurrentActor currentActor) {
        this.queries = queries;
        this.access = access;
        this.tables = tables;
        this.currentActor = currentActor;
    }

    private static int year(Integer year) {
        var y = year == null ? LocalDate.now(VietnamTime.ZONE).getYear() : year;
        if (y < 2000 || y > 2100) {
            throw DomainException.refusal("reporting-year-invalid", DomainException.Kind.INVALID, "Năm không hợp lệ.");
        }
        return y;
    }

    @GetMapping("/units/{unitId}/dashboard")
    Dashboard dashboard(@PathVariable UUID unitId, @RequestParam(required = false) Integer year) {
        return queries.dashboard(access.require(currentActor.require(), unitId), year(year));
    }

    @GetMapping("/units/{unitId}/unexcused")
    List<UnexcusedMember> unexcused(@PathVariable UUID unitId, @RequestParam(required = false) Integer year) {
        return queries.unexcused(access.require(currentActor.require(), unitId), year(year), true);
    }

    @GetMapping("/units/{unitId}/meetings")
    List<MeetingRow> meetings(@PathVariable UUID unitId, @RequestParam(required = false) Integer year) {
        access.require(currentActor.require(), unitId);
        return queries.cellMeetings(unitId, year(year));
    }

    @GetMapping("/units/{unitId}/members/{memberId}")
    MemberYear member(@PathVariable UUID unitId, @PathVariable UUID memberId, @RequestParam(required = false) Integer year) {
        return queries.memberYear(access.require(currentActor.require(), unitId), memberId, year(year))
                .orElseThrow(() -> DomainException.refusal("reporting-member-not-found", DomainException.Kind.NOT_FOUND,
                        "Đảng viên không có cuộc họp nào trong đơn vị này năm đó."));
    }

    @GetMapping("/meetings/{meetingId}/roll")
    MeetingRoll roll(@PathVariable UUID meetingId) {
        var actor = currentActor.require();
        var roll = queries.roll(meetingId).orElseThrow(ReportingController::meetingNotFound);
        access.require(actor, roll.cellId());
        return roll;
    }

    private static DomainException meetingNotFound() {
        return DomainException.refusal("reporting-meeting-not-found", DomainException.Kind.NOT_FOUND, "Không tìm thấy cuộc họp.");
    }

    /**
     * Every table as CSV or XLSX: {@code dashboard}, {@code unexcused} (R11), {@code evaluation-members} and
     * {@code evaluation-cells} (R26), {@code meetings} (a cell's), {@code roll} (with {@code meeting}), {@code member}
     * (with {@code member}).
     */
    @GetMapping("/units/{unitId}/export/{table}")
    ResponseEntity<byte[]> export(@PathVariable UUID unitId, @PathVariable String table,
            @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "xlsx") String format,
            @RequestParam(required = false) UUID meeting, @RequestParam(required = false) UUID member) {
        var subtree = access.require(currentActor.require(), unitId);
        var y = year(year);
        var export = switch (table) {
            case "dashboard" -> tables.dashboard(queries.dashboard(subtree, y));
            case "unexcused" -> tables.unexcused(queries.unexcused(subtree, y, true));
            case "evaluation-members" -> tables.memberEvaluation(queries.memberEvaluation(subtree, y));
            case "evaluation-cells" -> tables.cellEvaluation(queries.cellEvaluation(subtree, y));
            case "meetings" -> tables.meetings(queries.cellMeetings(unitId, y));
            case "roll" -> {
                var roll = queries.roll(meeting == null ? new UUID(0, 0) : meeting).orElseThrow(ReportingController::meetingNotFound);
                if (!subtree.contains(queries.meetingPath(roll.meeting().meetingId()).orElse(null))) {
                    throw meetingNotFound();
                }
                yield tables.roll(roll);
            }
            case "member" -> tables.member(queries.memberYear(subtree, member == null ? new UUID(0, 0) : member, y)
                    .orElseThrow(() -> DomainException.refusal("reporting-member-not-found", DomainException.Kind.NOT_FOUND,
                            "Đảng viên không có cuộc họp nào trong đơn vị này năm đó.")));
            default -> throw DomainException.refusal("reporting-table-unknown", DomainException.Kind.NOT_FOUND,
                    "Không có bảng " + table + ".");
        };
        var csv = "csv".equalsIgnoreCase(format);
        if (!csv && !"xlsx".equalsIgnoreCase(format)) {
            throw DomainException.refusal("reporting-format-invalid", DomainException.Kind.INVALID, "Định dạng phải là csv hoặc xlsx.");
        }
        var filename = table + "-" + y + (csv ? ".csv" : ".xlsx");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .contentType(csv ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8) : XLSX)
                .body(csv ? export.csv() : export.xlsx());
    }

    static List<Object> row(Object... values) {
        return new ArrayList<>(java.util.Arrays.asList(values));
    }
}
