package vn.chibo.attendance;

import java.time.YearMonth;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.shared.security.CurrentActor;

/** A cell's and a member's attendance over a year or a month over REST (docs/attendance.md). */
@RestController
class CellAttendanceController {

    private final CellAttendance cells;
    private final CurrentActor currentActor;

    CellAttendanceController(CellAttendance cells, CurrentActor currentActor) {
        this.cells = cells;
        this.currentActor = currentActor;
    }

    @GetMapping("/api/cells/{cellId}/absences")
    CellAttendance.CellAbsencesView absences(@PathVariable UUID cellId, @RequestParam(required = false) Integer year) {
        return cells.absences(cellId, year, currentActor.require());
    }

    @GetMapping("/api/members/{memberId}/attendance")
    CellAttendance.MemberHistoryView history(@PathVariable UUID memberId,
            @RequestParam(required = false) Integer year) {
        return cells.history(memberId, year, currentActor.require());
    }

    @GetMapping("/api/cells/{cellId}/group-rolls")
    CellAttendance.GroupRollUpView groupRolls(@PathVariable UUID cellId,
            @RequestParam(required = false) YearMonth month) {
        return cells.groupRollUp(cellId, month, currentActor.require());
    }
}
