package vn.chibo.audit;

import java.time.Instant;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One link of the chain as stored: the recorded act, its position, its canonical form and the two hashes that
 * tie it to the entry before.
 */
record AuditEntry(long seq, Instant at, Instant recordedAt, UUID actorAccountId, String actorUsername, String action,
        String objectType, String objectId, UUID unitId, String origin, SortedMap<String, String> details,
        String canonical, String prevHash, String hash) {

    AuditEntry {
        details = details == null ? new TreeMap<>() : new TreeMap<>(details);
    }

    /** The canonical form the stored fields produce now; differs from {@link #canonical} when a field was changed. */
    String canonicalOfFields() {
        return CanonicalForm.of(seq, at, recordedAt, actorAccountId, actorUsername, action, objectType, objectId,
                unitId, origin, details);
    }
}
