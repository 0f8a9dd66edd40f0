package vn.chibo.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The one byte sequence an entry's hash is computed over, specified in docs/audit.md ("Canonical form"):
 * a JSON object written as RFC 8785 (JSON Canonicalization Scheme) writes it — members sorted by key, no
 * whitespace, minimal string escapes, UTF-8 — with instants as fixed-width UTC strings to the microsecond.
 * Anyone can recompute it from the stored columns without this code.
 */
final class CanonicalForm {

    static final int VERSION = 1;

    /** The {@code prev_hash} of the first entry. */
    static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private CanonicalForm() {
    }

    /** PostgreSQL keeps microseconds; an instant is cut to that before it is stored or written. */
    static Instant storable(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static String of(long seq, Instant at, Instant recordedAt, UUID actorAccountId, String actorUsername,
            String action, String objectType, String objectId, UUID unitId, String origin, Map<String, String> details) {
        // keys in RFC 8785 order (UTF-16 code units): the order below is already sorted
        var out = new StringBuilder(256).append('{');
        member(out, "action", string(action)).append(',');
        member(out, "actorAccountId", string(actorAccountId)).append(',');
        member(out, "actorUsername", string(actorUsername)).append(',');
        member(out, "at", string(at == null ? null : INSTANT.format(at))).append(',');
        member(out, "details", object(details)).append(',');
        member(out, "objectId", string(objectId)).append(',');
        member(out, "objectType", string(objectType)).append(',');
        member(out, "origin", string(origin)).append(',');
        member(out, "recordedAt", string(recordedAt == null ? null : INSTANT.format(recordedAt))).append(',');
        member(out, "seq", Long.toString(seq)).append(',');
        member(out, "unitId", string(unitId)).append(',');
        member(out, "v", Integer.toString(VERSION));
        return out.append('}').toString();
    }

    /** {@code hash = lowercase-hex(SHA-256(ASCII(prevHash) || UTF-8(canonical)))}. */
    static String hash(String prevHash, String canonical) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            sha.update(prevHash.getBytes(StandardCharsets.US_ASCII));
            sha.update(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static StringBuilder member(StringBuilder out, String key, String value) {
        return out.append(string(key)).append(':').append(value);
    }

    private static String object(Map<String, String> map) {
        var sorted = new TreeMap<String, String>(map == null ? Map.of() : map); // String order = UTF-16 code units
        var out = new StringBuilder().append('{');
        var first = true;
        for (var e : sorted.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            member(out, e.getKey(), string(e.getValue()));
        }
        return out.append('}').toString();
    }

    private static String string(Object value) {
        if (value == null) {
            return "null";
        }
        var s = value.toString();
        var out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    }
                    else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
