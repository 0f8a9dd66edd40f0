package vn.chibo.meeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.meeting.MeetingViews.AgendaItemResource;
import vn.chibo.meeting.MeetingViews.MeetingListItem;
import vn.chibo.meeting.MeetingViews.MeetingResource;
import vn.chibo.shared.security.CurrentActor;

/** Meetings, their lifecycle and their agenda over REST (docs/meetings.md). */
@RestController
@RequestMapping("/api")
class MeetingController {

    private final MeetingService service;
    private final MeetingViews views;
    private final CurrentActor currentActor;

    MeetingController(MeetingService service, MeetingViews views, CurrentActor currentActor) {
        this.service = service;
        this.views = views;
        this.currentActor = currentActor;
    }

    @GetMapping("/meetings")
    List<MeetingListItem> calendar(@RequestParam Instant from, @RequestParam Instant to,
            @RequestParam(required = false) UUID unitId) {
        if (!to.isAfter(from) || java.time.Duration.between(from, to).toDays() > 400) {
            throw new MeetingRefusals.InvalidMeeting("invalid-request", "Khoảng thời gian không hợp lệ (tối đa 400 ngày).");
        }
        return views.calendar(currentActor.require(), from, to, unitId);
    }

    @GetMapping("/meetings/{id}")
    MeetingResource meeting(@PathVariable UUID id) {
        var actor = currentActor.require();
        return views.resource(service.viewable(id, actor), actor);
    }

    @PostMapping("/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    MeetingResource create(@RequestBody MeetingDraft draft) {
        var actor = currentActor.require();
        return views.resource(service.create(draft, actor), actor);
    }

    @PutMapping("/meetings/{id}")
    MeetingResource update(@PathVariable UUID id, @RequestBody MeetingDraft draft) {
        var actor = currentActor.require();
        return views.resource(service.update(id, draft, actor), actor);
    }

    /** The form's live check: warnings and the refusal a create (or, with {@code id}, an edit) would get. */
    @PostMapping("/meetings/check")
    MeetingService.CheckResult check(@RequestBody MeetingDraft draft, @RequestParam(required = false) UUID id) {
        return service.check(draft, id, currentActor.require());
    }

    @PostMapping("/meetings/{id}/{transition:schedule|open|start|end}")
    MeetingResource transition(@PathVariable UUID id, @PathVariable String transition) {
        var actor = currentActor.require();
        return views.resource(service.transition(id, MeetingTransition.valueOf(transition.toUpperCase()), null, actor),
                actor);
    }

    record ReasonBody(String reason, Instant newStartsAt, Instant newEndsAt) {
    }

    @PostMapping("/meetings/{id}/cancel")
    MeetingResource cancel(@PathVariable UUID id, @RequestBody ReasonBody body) {
        var actor = currentActor.require();
        return views.resource(service.transition(id, MeetingTransition.CANCEL, body.reason(), actor), actor);
    }

    @PostMapping("/meetings/{id}/postpone")
    MeetingResource postpone(@PathVariable UUID id, @RequestBody ReasonBody body) {
        var actor = currentActor.require();
        return views.resource(service.postpone(id, body.reason(), body.newStartsAt(), body.newEndsAt(), actor), actor);
    }

    record RecordingBody(@NotNull Boolean enabled) {
    }

    @PutMapping("/meetings/{id}/recording")
    MeetingResource recording(@PathVariable UUID id, @Valid @RequestBody RecordingBody body) {
        var actor = currentActor.require();
        service.setRecording(new MeetingId(id), body.enabled(), actor);
        return views.resource(service.viewable(id, actor), actor);
    }

    // --- agenda ---

    @GetMapping("/meetings/{id}/agenda")
    List<AgendaItemResource> agenda(@PathVariable UUID id) {
        return views.agenda(service.viewable(id, currentActor.require()));
    }

    @PostMapping("/meetings/{id}/agenda")
    @ResponseStatus(HttpStatus.CREATED)
    AgendaItemResource addItem(@PathVariable UUID id, @Valid @RequestBody AgendaItemDraft draft) {
        return MeetingViews.item(service.addItem(id, draft, currentActor.require()), List.of());
    }

    @PutMapping("/meetings/{id}/agenda/{itemId}")
    AgendaItemResource changeItem(@PathVariable UUID id, @PathVariable UUID itemId,
            @Valid @RequestBody AgendaItemDraft draft) {
        var actor = currentActor.require();
        service.changeItem(id, itemId, draft, actor);
        return views.agenda(service.viewable(id, actor)).stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(MeetingRefusals::agendaItemNotFound);
    }

    @DeleteMapping("/meetings/{id}/agenda/{itemId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeItem(@PathVariable UUID id, @PathVariable UUID itemId) {
        service.removeItem(id, itemId, currentActor.require());
    }

    record OrderBody(@NotNull List<UUID> itemIds) {
    }

    @PutMapping("/meetings/{id}/agenda/order")
    List<AgendaItemResource> reorder(@PathVariable UUID id, @Valid @RequestBody OrderBody body) {
        var actor = currentActor.require();
        service.reorder(id, body.itemIds(), actor);
        return views.agenda(service.viewable(id, actor));
    }

    record TemplateBody(@NotNull AgendaTemplates.Template template, String topic) {
    }

    @PostMapping("/meetings/{id}/agenda/template")
    List<AgendaItemResource> template(@PathVariable UUID id, @Valid @RequestBody TemplateBody body) {
        var actor = currentActor.require();
        service.applyTemplate(id, body.template(), body.topic(), actor);
        return views.agenda(service.viewable(id, actor));
    }

    @GetMapping("/agenda-templates")
    List<AgendaTemplates.TemplateView> templates() {
        currentActor.require();
        return AgendaTemplates.all();
    }
}
