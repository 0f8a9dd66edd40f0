package vn.chibo.identity;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226): HMAC of the 30-second step counter, dynamically
 * truncated to a number of digits. The application uses HMAC-SHA1 and 6 digits (what authenticator apps
 * expect) and accepts the step before and after the current one for clock drift; refusing a step already
 * used is the caller's job, because only the database can say so for every node at once.
 */
final class Totp {

    static final int STEP_SECONDS = 30;
    static final Totp STANDARD = new Totp("HmacSHA1", 6);

    private final String algorithm;
    private final int digits;

    Totp(String algorithm, int digits) {
        this.algorithm = algorithm;
        this.digits = digits;
    }

    static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
    }

    /** The code for one time step, zero-padded to the number of digits. */
    String code(byte[] secret, long step) {
        try {
            var mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret, "RAW"));
            var hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            var value = binary % (int) Math.pow(10, digits);
            return String.format("%0" + digits + "d", value);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("No " + algorithm + " in this JVM", e);
        }
    }

    /** The step (current, previous or next) whose code this is, if any; compared in constant time. */
    OptionalLong matchingStep(byte[] secret, String candidate, Instant now) {
        if (candidate == null || candidate.length() != digits || !candidate.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        var current = stepAt(now);
        OptionalLong found = OptionalLong.empty();
        for (long step = current - 1; step <= current + 1; step++) {
            if (MessageDigest.isEqual(code(secret, step).getBytes(), candidate.getBytes()) && found.isEmpty()) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }
}
