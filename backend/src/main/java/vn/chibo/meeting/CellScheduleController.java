package vn.chibo.meeting;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.shared.security.CurrentActor;

/** A cell's monthly rule (R20) and the warnings the daily check raised for it. */
@RestController
@RequestMapping("/api/cells/{cellId}")
class CellScheduleController {

    private final CellSchedules schedules;
    private final CurrentActor currentActor;

    CellScheduleController(CellSchedules schedules, CurrentActor currentActor) {
        this.schedules = schedules;
        this.currentActor = currentActor;
    }

    @GetMapping("/schedule")
    CellSchedules.Resource get(@PathVariable UUID cellId) {
        return schedules.get(cellId, currentActor.require());
    }

    @PutMapping("/schedule")
    CellSchedules.Resource put(@PathVariable UUID cellId, @RequestBody CellSchedules.Body body) {
        return schedules.put(cellId, body, currentActor.require());
    }

    @GetMapping("/schedule-warnings")
    List<JdbcCellSchedules.StoredWarning> warnings(@PathVariable UUID cellId) {
        return schedules.warnings(cellId, currentActor.require());
    }
}
