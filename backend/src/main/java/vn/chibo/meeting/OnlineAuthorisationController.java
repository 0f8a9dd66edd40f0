package vn.chibo.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.shared.security.CurrentActor;

/** Online-meeting authorisations (R1, R2) over REST. */
@RestController
@RequestMapping("/api/online-authorisations")
class OnlineAuthorisationController {

    private final OnlineAuthorisations authorisations;
    private final CurrentActor currentActor;

    OnlineAuthorisationController(OnlineAuthorisations authorisations, CurrentActor currentActor) {
        this.authorisations = authorisations;
        this.currentActor = currentActor;
    }

    @GetMapping
    List<OnlineAuthorisations.Resource> of(@RequestParam UUID unitId) {
        return authorisations.of(unitId, currentActor.require());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    OnlineAuthorisations.Resource record(@RequestBody OnlineAuthorisations.Body body) {
        return authorisations.record(body, currentActor.require());
    }

    record RevokeBody(String reason) {
    }

    @PostMapping("/{id}/revoke")
    OnlineAuthorisations.Resource revoke(@PathVariable UUID id, @RequestBody RevokeBody body) {
        return authorisations.revoke(id, body.reason(), currentActor.require());
    }

    record CheckBody(UUID unitId, LocalDate issuedOn, List<UUID> unableMemberIds) {
    }

    @PostMapping("/check")
    OnlineAuthorisations.Count check(@RequestBody CheckBody body) {
        if (body.unitId() == null) {
            throw new MeetingRefusals.InvalidMeeting("invalid-request", "Cần chọn tổ chức.");
        }
        return authorisations.check(body.unitId(), body.issuedOn(), body.unableMemberIds(), currentActor.require());
    }
}
