package vn.chibo.identity;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    final PasswordPolicy policy = new PasswordPolicy(new IdentityProperties(20, 100, Duration.ofMinutes(15), 40, 10,
            "Chi bộ trực tuyến", null), PasswordEncoderFactories.createDelegatingPasswordEncoder());

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertThat(policy.problems("xd-0001", "hoa-sen-no-trong-dam", null)).isEmpty();
    }

    @Test
    void aShortPasswordIsRefused() {
        assertThat(policy.problems("xd-0001", "ngan-qua", null)).containsExactly("at least 10 characters");
    }

    @Test
    void thePasswordMayNotContainTheUsername() {
        assertThat(policy.problems("nguyenvan", "NguyenVan-2026", null)).contains("must not contain the username");
    }

    @Test
    void commonPasswordsAreRefusedEvenWithVietnameseAccents() {
        assertThat(policy.problems("xd-0001", "mật khẩu123".replace(" ", ""), null)).contains("too common or too simple");
        assertThat(policy.problems("xd-0001", "aaaaaaaaaaaa", null)).contains("too common or too simple");
    }

    @Test
    void theNewPasswordMustDifferFromTheCurrentOne() {
        var encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        assertThat(policy.problems("xd-0001", "hoa-sen-no-trong-dam", encoder.encode("hoa-sen-no-trong-dam")))
                .contains("must differ from the current password");
    }
}
