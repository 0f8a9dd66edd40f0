package vn.chibo.shared.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Something worth keeping in the audit log (R7): a change, or a read of sensitive data. Published by any
 * module through {@link Auditor}; the audit module appends it to its hash chain. Never carries a secret
 * ballot's choice, a password or a second-factor secret.
 *
 * @param action     past-tense verb phrase in kebab case, e.g. {@code member-viewed}, {@code account-locked}
 * @param objectType e.g. {@code member}, {@code account}, {@code minutes}
 * @param unitId     the organisation node the object belongs to, so reviews can be scoped; may be null
 * @param origin     the client address the request came from ({@code X-Forwarded-For} aware); may be null
 */
public record AuditEvent(Instant at, UUID actorAccountId, String actorUsername, String action, String objectType,
        String objectId, UUID unitId, String origin, Map<String, String> details) {

    public AuditEvent {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
