package vn.chibo.identity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * docs/access.md: at least {@code passwordMinLength} characters, not the username, not a common password,
 * not the current one. Says every reason at once so the user fixes them in one go.
 */
@Component
class PasswordPolicy {

    /** The most used passwords worldwide and in Vietnam, lower-cased and without accents. */
    private static final Set<String> COMMON = Set.of("1234567890", "123456789a", "0123456789", "1111111111",
            "0000000000", "password123", "password12", "password1!", "passw0rd123", "qwertyuiop", "qwerty1234",
            "1q2w3e4r5t", "1qaz2wsx3edc", "abc1234567", "abcd123456", "iloveyou12", "matkhau123", "matkhau1234",
            "matkhaumoi", "anhyeuem123", "emyeuanh123", "vietnam123", "vietnam1234", "hochiminh1", "hanoi12345",
            "123456789123", "12345678910", "123123123123", "chibo12345", "dangvien123", "dangcongsan",
            "admin12345", "administrator", "welcome123", "letmein123", "changeme123", "sunshine12", "football12",
            "baseball12", "princess12", "superman12", "trustno1234", "asdfghjkl1", "zxcvbnm123", "aaaaaaaaaa",
            "a123456789", "1234qwerasdf", "qazwsxedc123", "p@ssw0rd123", "matkhau@123");

    private final IdentityProperties properties;
    private final PasswordEncoder encoder;

    PasswordPolicy(IdentityProperties properties, PasswordEncoder encoder) {
        this.properties = properties;
        this.encoder = encoder;
    }

    /** The reasons the password is refused; empty when it is acceptable. */
    List<String> problems(String username, String password, String currentHash) {
        var reasons = new ArrayList<String>();
        if (password == null || password.length() < properties.passwordMinLength()) {
            reasons.add("at least " + properties.passwordMinLength() + " characters");
            return reasons;
        }
        var folded = fold(password);
        if (username != null && folded.contains(fold(username))) {
            reasons.add("must not contain the username");
        }
        if (COMMON.contains(folded) || folded.chars().distinct().count() < 4) {
            reasons.add("too common or too simple");
        }
        if (currentHash != null && encoder.matches(password, currentHash)) {
            reasons.add("must differ from the current password");
        }
        return reasons;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd')
                .replace('Đ', 'D').toLowerCase();
    }
}
