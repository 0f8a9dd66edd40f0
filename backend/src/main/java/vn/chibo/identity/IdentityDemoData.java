package vn.chibo.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import vn.chibo.organisation.MemberView;
import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.organisation.UnitView;
import vn.chibo.shared.demo.DemoData;
import vn.chibo.shared.security.Grant;
import vn.chibo.shared.security.Role;

/**
 * Demo logins for every role of the story (../shared/STORY.md), on members the organisation's demo data
 * registered. Fixed passwords and fixed TOTP secrets, so that the README can list them and the browser test
 * can compute codes. Members missing from the directory are skipped with a log line.
 */
@Component
@Profile("demo")
class IdentityDemoData implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(IdentityDemoData.class);

    /** One password for every demo login; it satisfies the password policy. */
    static final String PASSWORD = "ChiBo@2026!";

    /**
     * The demo logins: card numbers and unit codes of the organisation's demo data (docs/demo-data.md); usernames,
     * password and TOTP secrets as the browser story reads them (frontend/e2e/support/demo-accounts.mjs).
     */
    enum DemoLogin {
        SECRETARY("79010001", "bithu", Role.SECRETARY, "CB-XAYDUNG", "PH4N4XYU4RN3AYR7MVRREHRCZDGV7V7Z"),
        MINUTE_TAKER("79010002", "thuky", null, "CB-XAYDUNG", "PO7FBYJVT5IP6P4EHJPUIFDBPBDWDB46"),
        OFFICIAL_MEMBER("79010003", "dangvien", null, "CB-XAYDUNG", "ZX4KOZ66IMGQZH7OVV6LIZFVBTKUKDIZ"),
        PROBATIONARY_MEMBER("79010004", "duby", null, "CB-XAYDUNG", "QP2IH7P6N5W3DD6DXKHUSVEG5XUIY27V"),
        GROUP_LEADER("79020001", "totruong", Role.GROUP_LEADER, "TO-KP3-1", "JNVX5CGIHGF2EAJQYM4ILRBQPEPJWPUX"),
        REVIEWER("79060001", "reviewer", Role.REVIEWER, "TU-TANAN", "RYBDEN7NMSAXAKSNCG37I23TFVKYIQFU"),
        ADMIN("79060002", "admin", Role.ADMIN, "TU-TANAN", "ETEXLTTEEU45MFQ4WO35EAQZ5BMCO2Z6");

        final String cardNumber;
        final String username;
        final Role role;
        final String unitCode;
        final String totpSecret;

        DemoLogin(String cardNumber, String username, Role role, String unitCode, String totpSecret) {
            this.cardNumber = cardNumber;
            this.username = username;
            this.role = role;
            this.unitCode = unitCode;
            this.totpSecret = totpSecret;
        }
    }

    private final Accounts accounts;
    private final OrganisationDirectory directory;
    private final PasswordEncoder encoder;
    private final SecretCipher cipher;
    private final Clock clock;

    IdentityDemoData(Accounts accounts, OrganisationDirectory directory, PasswordEncoder encoder, SecretCipher cipher,
            Clock clock) {
        this.accounts = accounts;
        this.directory = directory;
        this.encoder = encoder;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String name() {
        return "accounts";
    }

    @Override
    public Outcome seed() {
        var seeded = new ArrayList<DemoAccount>();
        for (var login : DemoLogin.values()) {
            var member = directory.memberByCardNumber(login.cardNumber);
            if (member.isEmpty()) {
                log.info("Demo login {} skipped: no member with card number {}", login.username, login.cardNumber);
                continue;
            }
            var unit = unitCalled(member.get(), login.unitCode);
            if (unit.isEmpty()) {
                log.info("Demo login {} skipped: unit {} is not above member {}", login.username, login.unitCode,
                        login.cardNumber);
                continue;
            }
            seed(login, member.get(), unit.get());
            seeded.add(new DemoAccount(login.username, PASSWORD, login.role == null ? login.name().toLowerCase() : login.role.name(),
                    unit.get().code() + " " + unit.get().name(), login.totpSecret));
        }
        return new Outcome(seeded.size() + " of " + DemoLogin.values().length + " demo logins", seeded);
    }

    private void seed(DemoLogin login, MemberView member, UnitView unit) {
        var account = accounts.byMember(member.id()).orElse(null);
        if (account == null) {
            accounts.createWithoutLogin(UUID.randomUUID(), member.id(), login.username, member.fullName(), member.cellId(),
                    clock.instant());
            account = accounts.byMember(member.id()).orElseThrow();
        }
        if (!account.username().equals(login.username)) {
            accounts.setUsernameAndName(account.id(), login.username, member.fullName(), member.cellId());
        }
        if (account.passwordHash() == null || !encoder.matches(PASSWORD, account.passwordHash()) || account.mustChangePassword()) {
            accounts.setPassword(account.id(), encoder.encode(PASSWORD), false);
        }
        if (!account.loginEnabled()) {
            accounts.setLoginEnabled(account.id(), true);
        }
        if (login.totpSecret != null && !account.secondFactorEnrolled()) {
            accounts.enrolSecondFactor(account.id(), cipher.encrypt(login.totpSecret), 0, List.of(), clock.instant());
        }
        if (login.role != null) {
            accounts.grant(account.id(), new Grant(login.role, unit.id()), clock.instant());
        }
    }

    /** The member's cell, group or one of the cell's ancestors, whichever carries the code. */
    private Optional<UnitView> unitCalled(MemberView member, String code) {
        var cell = member.cellId() == null ? Optional.<UnitView>empty() : directory.unit(member.cellId());
        var ancestors = cell.map(c -> c.path().stream()).orElse(Stream.empty());
        return Stream.concat(Stream.of(member.groupId(), member.cellId()), ancestors)
                .filter(java.util.Objects::nonNull)
                .map(directory::unit).flatMap(Optional::stream)
                .filter(u -> code.equals(u.code()))
                .findFirst();
    }
}
