package vn.chibo.minutes;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The seal of a signature (docs/minutes.md): SHA-256 over
 * {@code minutes-seal:v1|<meetingId>|<role>|<memberId>|<signedAt ISO-8601 UTC, microseconds>|<content hash>}, so
 * that anyone can recompute that this member, in this role, at that time, signed exactly that content.
 */
final class Seals {

    private Seals() {
    }

    static Instant storable(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static String seal(UUID meetingId, String role, UUID memberId, Instant signedAt, String contentHash) {
        return CanonicalJson.sha256("minutes-seal:v1|" + meetingId + "|" + role + "|" + memberId + "|"
                + storable(signedAt) + "|" + contentHash);
    }
}
