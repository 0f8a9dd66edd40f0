package vn.chibo.audit;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.chibo.shared.audit.AuditEvent;

/**
 * Receives what every module records through {@code Auditor}. The event publication registry keeps the
 * event until this listener's transaction commits, so an act is never lost from the log when a node dies;
 * it is retried on restart.
 */
@Component
class AuditEventListener {

    private final AuditLog log;

    AuditEventListener(AuditLog log) {
        this.log = log;
    }

    @ApplicationModuleListener
    void on(AuditEvent event) {
        log.append(event);
    }
}
