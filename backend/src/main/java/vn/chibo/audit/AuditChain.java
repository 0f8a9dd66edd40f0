package vn.chibo.audit;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verifies the hash chain from the first entry to the last, streaming the rows in order so that memory
 * stays bounded however long the log is. Every entry must have the next sequence number, carry the previous
 * entry's hash, hold a canonical form equal to the one its stored fields produce, and a hash equal to
 * {@code SHA-256(prev_hash || canonical)}. The first entry that fails one of these is reported.
 */
@Service
public class AuditChain {

    private final JdbcAuditEntries entries;
    private final Clock clock;

    AuditChain(JdbcAuditEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ChainVerification verify() {
        var walk = new Walk();
        entries.streamInOrder(walk::check);
        return new ChainVerification(walk.broken == null, walk.count, walk.broken, walk.reason, walk.lastSeq,
                walk.prevHash, clock.instant());
    }

    /** The state of one walk; the first break is kept, the walk goes on only to count the entries. */
    private static final class Walk {

        long count;
        long lastSeq;
        String prevHash = CanonicalForm.GENESIS;
        Long broken;
        String reason;

        void check(AuditEntry entry) {
            count++;
            var expectedSeq = lastSeq + 1;
            if (entry.seq() != expectedSeq) {
                breakAt(expectedSeq, "entry " + expectedSeq + " is missing: the entry after " + lastSeq + " is "
                        + entry.seq());
            }
            else if (!prevHash.equals(entry.prevHash())) {
                breakAt(entry.seq(), "its prev_hash is not the hash of entry " + lastSeq);
            }
            else if (!entry.canonical().equals(entry.canonicalOfFields())) {
                breakAt(entry.seq(), "its stored fields do not match its canonical form (a field was changed)");
            }
            else if (!CanonicalForm.hash(entry.prevHash(), entry.canonical()).equals(entry.hash())) {
                breakAt(entry.seq(), "its hash is not SHA-256(prev_hash || canonical)");
            }
            lastSeq = entry.seq();
            prevHash = entry.hash();
        }

        private void breakAt(long seq, String why) {
            if (broken == null) {
                broken = seq;
                reason = why;
            }
        }
    }
}
