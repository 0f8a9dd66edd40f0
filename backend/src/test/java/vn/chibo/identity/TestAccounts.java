package vn.chibo.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.chibo.organisation.MemberView;
import vn.chibo.organisation.UnitView;
import vn.chibo.shared.security.Grant;
import vn.chibo.shared.security.Role;

/** Accounts made directly in the database for a test, each on a new member of the in-memory organisation. */
class TestAccounts {

    static final String PASSWORD = "a-long-test-passphrase";

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final SecretCipher cipher;

    TestAccounts(ApplicationContext context) {
        this.accounts = context.getBean(Accounts.class);
        this.encoder = context.getBean(PasswordEncoder.class);
        this.cipher = context.getBean(SecretCipher.class);
    }

    record Made(UUID id, String username, MemberView member, String totpSecret) {

        /** A code for the current step moved by {@code offset} (−1, 0, +1 are accepted, each once). */
        String code(int offset) {
            return Totp.STANDARD.code(Base32.decode(totpSecret), Totp.stepAt(Instant.now()) + offset);
        }
    }

    Made make(String name, UnitView cell, boolean withSecondFactor, Grant... grants) {
        var member = InMemoryOrganisation.member(name, cell);
        var id = UUID.randomUUID();
        var username = name.toLowerCase().replaceAll("[^a-z0-9]", "") + "." + id.toString().substring(0, 6);
        accounts.createWithoutLogin(id, member.id(), username, name, member.cellId(), Instant.now());
        accounts.setPassword(id, encoder.encode(PASSWORD), false);
        accounts.setLoginEnabled(id, true);
        String secret = null;
        if (withSecondFactor) {
            secret = Base32.encode(UUID.randomUUID().toString().substring(0, 20).getBytes());
            accounts.enrolSecondFactor(id, cipher.encrypt(secret), 0, List.of(), Instant.now());
        }
        for (var grant : grants) {
            accounts.grant(id, grant, Instant.now());
        }
        return new Made(id, username, member, secret);
    }

    static Grant grant(Role role, UnitView unit) {
        return new Grant(role, unit.id());
    }
}
