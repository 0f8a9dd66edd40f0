package vn.chibo.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalFormTest {

    static final String EXPECTED = "{\"action\":\"minutes-viewed\",\"actorAccountId\":\"3f1c2a9e-0000-4000-8000-000000000001\","
            + "\"actorUsername\":\"bí thư\",\"at\":\"2026-03-03T12:30:00.123456Z\",\"details\":{\"a\\\"b\":\"line\\nnext\","
            + "\"z\":\"\\u0001\"},\"objectId\":\"42\",\"objectType\":\"minutes\",\"origin\":null,"
            + "\"recordedAt\":\"2026-03-03T12:30:00.200000Z\",\"seq\":7,\"unitId\":null,\"v\":1}";

    @Test
    void theCanonicalFormIsSortedCompactJsonWithMicrosecondUtcInstantsAndNullsWrittenOut() {
        var canonical = CanonicalForm.of(7, Instant.parse("2026-03-03T12:30:00.123456Z"),
                Instant.parse("2026-03-03T12:30:00.2Z"), UUID.fromString("3f1c2a9e-0000-4000-8000-000000000001"),
                "bí thư", "minutes-viewed", "minutes", "42", null, null, Map.of("z", "\u0001", "a\"b", "line\nnext"));

        assertThat(canonical).isEqualTo(EXPECTED);
    }

    @Test
    void theHashIsSha256OfThePreviousHashFollowedByTheCanonicalFormAsAnyToolComputesIt() {
        // computed independently: python3 hashlib.sha256(("0"*64 + canonical).encode("utf-8")).hexdigest()
        assertThat(CanonicalForm.hash(CanonicalForm.GENESIS, EXPECTED))
                .isEqualTo("e1672fd89a8488965f8e2dd5212c34187f61e9406174a04665fc67d10226adfe");
    }

    @Test
    void instantsAreCutToTheMicrosecondPostgresqlKeeps() {
        assertThat(CanonicalForm.storable(Instant.parse("2026-01-01T00:00:00.123456789Z")))
                .isEqualTo(Instant.parse("2026-01-01T00:00:00.123456Z"));
    }
}
