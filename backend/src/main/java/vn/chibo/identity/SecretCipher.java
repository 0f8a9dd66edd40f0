package vn.chibo.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Encrypts second-factor secrets at rest with AES-256-GCM (random 96-bit nonce per value, stored as
 * {@code v1:base64(nonce|ciphertext|tag)}). The key comes from {@code TOTP_ENCRYPTION_KEY}; only the demo
 * profile may run without one, on a published development key — anywhere else the application refuses to
 * start, because a generated key would differ between nodes and restarts and lock everybody out.
 */
@Component
class SecretCipher {

    private static final Logger log = LoggerFactory.getLogger(SecretCipher.class);
    /** Public on purpose: protects nothing but demo data. */
    static final String DEMO_KEY = "ZGVtby1vbmx5LWtleS1jaGlibzAxMjM0NTY3ODlhYmM=";
    private static final int NONCE_BYTES = 12;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    SecretCipher(IdentityProperties properties, Environment environment) {
        var configured = properties.totpEncryptionKey();
        if (configured == null || configured.isBlank()) {
            if (!environment.acceptsProfiles(Profiles.of("demo"))) {
                throw new IllegalStateException("TOTP_ENCRYPTION_KEY is not set: give it base64 of 32 random bytes "
                        + "(e.g. `openssl rand -base64 32`); only the demo profile runs without one");
            }
            log.warn("TOTP_ENCRYPTION_KEY is not set: second-factor secrets are encrypted with the public demo key");
            configured = DEMO_KEY;
        }
        this.key = new SecretKeySpec(decodeKey(configured), "AES");
    }

    private static byte[] decodeKey(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        }
        catch (IllegalArgumentException e) {
            throw new IllegalStateException("TOTP_ENCRYPTION_KEY is not base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("TOTP_ENCRYPTION_KEY must be 32 bytes (base64 of `openssl rand -base64 32`), not "
                    + bytes.length);
        }
        return bytes;
    }

    String encrypt(String plain) {
        try {
            var nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            var sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return "v1:" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    String decrypt(String stored) {
        if (!stored.startsWith("v1:")) {
            throw new IllegalStateException("Unknown secret format");
        }
        try {
            var bytes = Base64.getDecoder().decode(stored.substring(3));
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, NONCE_BYTES));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("A second-factor secret cannot be decrypted: is TOTP_ENCRYPTION_KEY the one "
                    + "it was stored with?", e);
        }
    }
}
