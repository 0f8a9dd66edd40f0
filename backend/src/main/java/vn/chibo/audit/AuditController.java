package vn.chibo.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.shared.security.CurrentActor;

/** The audit log and its verification over HTTP (docs/access.md, "Audit"). */
@RestController
@Tag(name = "Audit")
class AuditController {

    private final AuditReading reading;
    private final CurrentActor currentActor;

    AuditController(AuditReading reading, CurrentActor currentActor) {
        this.reading = reading;
        this.currentActor = currentActor;
    }

    record EntryView(long seq, Instant at, Instant recordedAt, String actorUsername, String action, String objectType,
            String objectId, UUID unitId, String origin, Map<String, String> details, String hash) {

        static EntryView of(AuditEntry e) {
            return new EntryView(e.seq(), e.at(), e.recordedAt(), e.actorUsername(), e.action(), e.objectType(),
                    e.objectId(), e.unitId(), e.origin(), e.details(), e.hash());
        }
    }

    record EntriesView(List<EntryView> items, long total, int page, int size) {
    }

    @GetMapping("/api/audit/entries")
    @Operation(summary = "Audit entries, newest first: all of them for an administrator of a root, those about "
            + "their subtree for an administrator lower down")
    EntriesView entries(@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String objectType,
            @RequestParam(required = false) String objectId, @RequestParam(required = false) String action,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        var result = reading.entries(currentActor.require(),
                new AuditReading.Query(from, to, actor, objectType, objectId, action), page, size);
        return new EntriesView(result.items().stream().map(EntryView::of).toList(), result.total(), result.page(),
                result.size());
    }

    @GetMapping("/api/audit/verification")
    @Operation(summary = "Walks the whole hash chain and names the first broken entry (administrator of a root only)")
    ChainVerification verification() {
        return reading.verification(currentActor.require());
    }
}
