package vn.chibo.attendance;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.shared.security.CurrentActor;

/** The attendance ledger and the roll call of a meeting over REST (docs/attendance.md). */
@RestController
@RequestMapping("/api/meetings/{meetingId}")
class AttendanceController {

    private final Attendance attendance;
    private final CurrentActor currentActor;

    AttendanceController(Attendance attendance, CurrentActor currentActor) {
        this.attendance = attendance;
        this.currentActor = currentActor;
    }

    @GetMapping("/attendance")
    Attendance.LedgerView ledger(@PathVariable UUID meetingId) {
        return attendance.ledger(meetingId, currentActor.require());
    }

    @PostMapping("/attendance/manual")
    Attendance.LedgerView manual(@PathVariable UUID meetingId, @RequestBody Attendance.ManualBody body) {
        return attendance.recordManual(meetingId, body, currentActor.require());
    }

    @GetMapping("/roll-call")
    Attendance.RollCallView rollCall(@PathVariable UUID meetingId) {
        return attendance.rollCall(meetingId, currentActor.require());
    }

    @PutMapping("/roll-call/{memberId}")
    Attendance.RollCallView set(@PathVariable UUID meetingId, @PathVariable UUID memberId,
            @RequestBody Attendance.LineBody body) {
        return attendance.setLine(meetingId, memberId, body, currentActor.require());
    }

    @PostMapping("/roll-call/confirm")
    Attendance.RollCallView confirm(@PathVariable UUID meetingId) {
        return attendance.confirm(meetingId, currentActor.require());
    }
}
