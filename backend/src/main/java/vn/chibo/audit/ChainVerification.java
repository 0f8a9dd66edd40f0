package vn.chibo.audit;

import java.time.Instant;

/**
 * The outcome of walking the whole chain: how many entries there are and, when it is broken, the first entry
 * whose link does not hold and why. {@code lastSeq}/{@code lastHash} are the head of the chain as it was
 * read — copy them elsewhere (an anchor) to detect later removal of the newest entries.
 */
public record ChainVerification(boolean valid, long entries, Long firstBrokenSeq, String reason, long lastSeq,
        String lastHash, Instant checkedAt) {

    /** The one line the {@code --chibo.audit.verify} command prints. */
    public String summary() {
        if (valid) {
            return "audit chain VALID: " + entries + " entries, last seq " + lastSeq + ", last hash " + lastHash;
        }
        return "audit chain BROKEN at seq " + firstBrokenSeq + ": " + reason + " (" + entries + " entries checked)";
    }
}
