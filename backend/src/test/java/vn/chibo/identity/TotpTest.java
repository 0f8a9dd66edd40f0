package vn.chibo.identity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTest {

    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_SEED = ("1234567890123456789012345678901234567890123456789012345678901234")
            .getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238, appendix B: every test vector, 8 digits. */
    @ParameterizedTest(name = "{0} at {1} gives {2}")
    @CsvSource({
            "HmacSHA1,   59,          94287082", "HmacSHA256, 59,          46119246", "HmacSHA512, 59,          90693936",
            "HmacSHA1,   1111111109,  07081804", "HmacSHA256, 1111111109,  68084774", "HmacSHA512, 1111111109,  25091201",
            "HmacSHA1,   1111111111,  14050471", "HmacSHA256, 1111111111,  67062674", "HmacSHA512, 1111111111,  99943326",
            "HmacSHA1,   1234567890,  89005924", "HmacSHA256, 1234567890,  91819424", "HmacSHA512, 1234567890,  93441116",
            "HmacSHA1,   2000000000,  69279037", "HmacSHA256, 2000000000,  90698825", "HmacSHA512, 2000000000,  38618901",
            "HmacSHA1,   20000000000, 65353130", "HmacSHA256, 20000000000, 77737706", "HmacSHA512, 20000000000, 47863826" })
    void theCodesAreThoseOfRfc6238AppendixB(String algorithm, long unixTime, String expected) {
        var seed = switch (algorithm) {
            case "HmacSHA1" -> SHA1_SEED;
            case "HmacSHA256" -> SHA256_SEED;
            default -> SHA512_SEED;
        };
        assertThat(new Totp(algorithm, 8).code(seed, Totp.stepAt(Instant.ofEpochSecond(unixTime)))).isEqualTo(expected);
    }

    @Test
    void theApplicationsCodeIsTheLastSixDigitsOfTheSha1Vector() {
        assertThat(Totp.STANDARD.code(SHA1_SEED, Totp.stepAt(Instant.ofEpochSecond(59)))).isEqualTo("287082");
    }

    @Test
    void aCodeOneStepEarlyOrLateIsAcceptedAndTwoStepsAwayIsNot() {
        var now = Instant.ofEpochSecond(1111111111);
        var step = Totp.stepAt(now);
        assertThat(Totp.STANDARD.matchingStep(SHA1_SEED, Totp.STANDARD.code(SHA1_SEED, step - 1), now)).hasValue(step - 1);
        assertThat(Totp.STANDARD.matchingStep(SHA1_SEED, Totp.STANDARD.code(SHA1_SEED, step + 1), now)).hasValue(step + 1);
        assertThat(Totp.STANDARD.matchingStep(SHA1_SEED, Totp.STANDARD.code(SHA1_SEED, step + 2), now)).isEmpty();
        assertThat(Totp.STANDARD.matchingStep(SHA1_SEED, Totp.STANDARD.code(SHA1_SEED, step - 2), now)).isEmpty();
    }

    @Test
    void somethingThatIsNotSixDigitsIsNoCode() {
        var now = Instant.ofEpochSecond(59);
        assertThat(Totp.STANDARD.matchingStep(SHA1_SEED, "28708", now)).isEmpty();
        assertThat(Totp.STANDARD.matchingStep(SHA1_SEED, "abcdef", now)).isEmpty();
        assertThat(Totp.STANDARD.matchingStep(SHA1_SEED, null, now)).isEmpty();
    }

    @Test
    void base32RoundTripsAndMatchesRfc4648() {
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(new String(Base32.decode("MZXW6YTBOI"), StandardCharsets.US_ASCII)).isEqualTo("foobar");
        assertThat(Base32.decode(Base32.encode(SHA1_SEED))).isEqualTo(SHA1_SEED);
    }
}
