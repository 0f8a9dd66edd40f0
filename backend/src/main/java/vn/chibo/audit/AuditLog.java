package vn.chibo.audit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.shared.audit.AuditEvent;

/**
 * Appends to the chain. Every node takes the same PostgreSQL advisory lock before reading the last entry, so
 * appends are serialised across the cluster: each new entry gets the next sequence number and the previous
 * entry's hash, and the chain never forks (the primary key on {@code seq} and the unique {@code prev_hash}
 * would refuse a fork even if the lock were bypassed).
 */
@Service
class AuditLog {

    private final JdbcAuditEntries entries;

    AuditLog(JdbcAuditEntries entries) {
        this.entries = entries;
    }

    @Transactional
    AuditEntry append(AuditEvent event) {
        entries.lockForAppend();
        var head = entries.head();
        var seq = head.seq() + 1;
        var recordedAt = CanonicalForm.storable(head.now());
        // the act's own time comes from the publishing node's clock; without one, the database's stands in
        var at = event.at() == null ? recordedAt : CanonicalForm.storable(event.at());
        var canonical = CanonicalForm.of(seq, at, recordedAt, event.actorAccountId(), event.actorUsername(),
                event.action(), event.objectType(), event.objectId(), event.unitId(), event.origin(), event.details());
        var entry = new AuditEntry(seq, at, recordedAt, event.actorAccountId(), event.actorUsername(), event.action(),
                event.objectType(), event.objectId(), event.unitId(), event.origin(), new java.util.TreeMap<>(event.details()),
                canonical, head.hash(), CanonicalForm.hash(head.hash(), canonical));
        entries.insert(entry);
        return entry;
    }
}
