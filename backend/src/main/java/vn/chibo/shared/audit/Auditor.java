package vn.chibo.shared.audit;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.chibo.shared.security.CurrentActor;

/**
 * Records an {@link AuditEvent} for the current actor, at the server's clock, from the current request's
 * address. It joins the caller's transaction (or opens one), so the event is stored in the event publication
 * registry together with the change it describes and reaches the audit log even if the node dies after.
 */
@Component
public class Auditor {

    private final ApplicationEventPublisher events;
    private final CurrentActor currentActor;
    private final Clock clock;

    Auditor(ApplicationEventPublisher events, CurrentActor currentActor, Clock clock) {
        this.events = events;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Transactional
    public void record(String action, String objectType, Object objectId, UUID unitId, Map<String, String> details) {
        var actor = currentActor.get();
        record(actor.map(a -> a.accountId()).orElse(null), actor.map(a -> a.username()).orElse(null), action,
                objectType, objectId, unitId, details);
    }

    /** For acts where the actor is known but not (yet) logged in, e.g. a failed login for an account. */
    @Transactional
    public void record(UUID actorAccountId, String actorUsername, String action, String objectType, Object objectId,
            UUID unitId, Map<String, String> details) {
        events.publishEvent(new AuditEvent(clock.instant(), actorAccountId, actorUsername, action, objectType,
                objectId == null ? null : objectId.toString(), unitId, origin(), details));
    }

    private static String origin() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            return request.getRequest().getRemoteAddr();
        }
        return null;
    }
}
