package vn.chibo.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.identity.Refusals.AccountLocked;
import vn.chibo.identity.Refusals.SecondFactorAlreadyEnrolled;
import vn.chibo.identity.Refusals.TooManyAttempts;
import vn.chibo.identity.Refusals.WeakPassword;
import vn.chibo.shared.DomainException;
import vn.chibo.shared.audit.Auditor;

/**
 * The steps of a login: password, then (in this order) the second factor if enrolled, a password change if
 * the password is temporary, enrolment of a second factor if a role requires one (R6). Failed attempts are
 * counted and audited even though the request is refused, hence {@code noRollbackFor}.
 */
@Service
@Transactional(noRollbackFor = DomainException.class)
class LoginService {


    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final LoginThrottle throttle;
    private final SecretCipher cipher;
    private final IdentityProperties properties;
    private final Auditor auditor;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** Compared against when the username is unknown, so that the answer takes as long as for a real account. */
    private final String dummyHash;

    LoginService(Accounts accounts, PasswordEncoder encoder, PasswordPolicy policy, LoginThrottle throttle,
            SecretCipher cipher, IdentityProperties properties, Auditor auditor, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.throttle = throttle;
        this.cipher = cipher;
        this.properties = properties;
        this.auditor = auditor;
        this.clock = clock;
        this.dummyHash = encoder.encode(UUID.randomUUID().toString());
    }

    record Progress(Account account, LoginStatus status) {

        PendingLogin pending(boolean secondFactorPassed) {
            return new PendingLogin(account.id(), account.username(), secondFactorPassed, status);
        }
    }

    record Enrolment(String secret, String otpauthUri, String sealedSecret) {
    }

    Progress password(String username, String password, String address) {
        var name = username == null ? "" : username.trim().toLowerCase();
        var account = accounts.byUsername(name);
        if (account.isPresent() && account.get().locked()) {
            var locked = account.get();
            auditor.record(locked.id(), locked.username(), "login-refused", "account", locked.id(), locked.unitId(),
                    Map.of("reason", "account-locked"));
            throw new AccountLocked();
        }
        var wait = throttle.retryAfter(account.map(Account::id).orElse(null), address);
        if (wait.isPresent()) {
            auditor.record(account.map(Account::id).orElse(null), name, "login-throttled", "account",
                    account.map(Account::id).orElse(null), null, Map.of());
            throw new TooManyAttempts(wait.get());
        }
        if (account.isEmpty()) {
            encoder.matches(password == null ? "" : password, dummyHash);
            throttle.recordFailure(null, address);
            auditor.record(null, name, "login-failed", "account", null, null, Map.of("reason", "unknown-username"));
            throw Refusals.badCredentials();
        }
        var found = account.get();
        if (found.passwordHash() == null || password == null || !encoder.matches(password, found.passwordHash())) {
            failed(found, address, "wrong-password");
            throw Refusals.badCredentials();
        }
        if (!found.loginEnabled()) {
            auditor.record(found.id(), found.username(), "login-refused", "account", found.id(), found.unitId(),
                    Map.of("reason", "login-disabled"));
            throw Refusals.loginDisabled();
        }
        throttle.recordSuccess(found.id());
        accounts.resetFailures(found.id());
        return progress(found, false);
    }

    /** The second step: a TOTP code or an unused recovery code. */
    Progress secondFactor(PendingLogin pending, String code, String address) {
        var account = current(pending.accountId());
        var wait = throttle.retryAfter(account.id(), address);
        if (wait.isPresent()) {
            throw new TooManyAttempts(wait.get());
        }
        if (!account.secondFactorEnrolled() || !codeAccepted(account, code)) {
            throttle.recordFailure(account.id(), address);
            auditor.record(account.id(), account.username(), "second-factor-failed", "account", account.id(),
                    account.unitId(), Map.of());
            throw Refusals.badSecondFactor();
        }
        throttle.recordSuccess(account.id());
        return progress(account, true);
    }

    /** Changes the password after checking the current one and the policy; answers the next step. */
    Progress changePassword(UUID accountId, String currentPassword, String newPassword, boolean secondFactorPassed,
            String address) {
        var account = current(accountId);
        var wait = throttle.retryAfter(account.id(), address);
        if (wait.isPresent()) {
            throw new TooManyAttempts(wait.get());
        }
        if (account.passwordHash() == null || currentPassword == null
                || !encoder.matches(currentPassword, account.passwordHash())) {
            failed(account, address, "wrong-current-password");
            throw Refusals.badCredentials();
        }
        var problems = policy.problems(account.username(), newPassword, account.passwordHash());
        if (!problems.isEmpty()) {
            throw new WeakPassword(problems);
        }
        accounts.setPassword(account.id(), encoder.encode(newPassword), false);
        auditor.record(account.id(), account.username(), "password-changed", "account", account.id(), account.unitId(),
                Map.of());
        return progress(current(accountId), secondFactorPassed);
    }

    /** A new secret for the authenticator app; stored only once a code from it is confirmed. */
    Enrolment startEnrolment(UUID accountId) {
        var account = current(accountId);
        if (account.secondFactorEnrolled()) {
            throw new SecondFactorAlreadyEnrolled();
        }
        var secret = new byte[20];
        random.nextBytes(secret);
        var base32 = Base32.encode(secret);
        return new Enrolment(base32, otpauthUri(account.username(), base32), cipher.encrypt(base32));
    }

    record Confirmed(List<String> recoveryCodes, Progress progress) {
    }

    Confirmed confirmEnrolment(UUID accountId, String sealedSecret, String code, String address) {
        if (sealedSecret == null) {
            throw Refusals.noEnrolmentInProgress();
        }
        var account = current(accountId);
        if (account.secondFactorEnrolled()) {
            throw new SecondFactorAlreadyEnrolled();
        }
        var wait = throttle.retryAfter(account.id(), address);
        if (wait.isPresent()) {
            throw new TooManyAttempts(wait.get());
        }
        var step = Totp.STANDARD.matchingStep(Base32.decode(cipher.decrypt(sealedSecret)), code, clock.instant());
        if (step.isEmpty()) {
            throttle.recordFailure(account.id(), address);
            throw Refusals.badSecondFactor();
        }
        var codes = new ArrayList<String>();
        for (int i = 0; i < 10; i++) {
            codes.add(recoveryCode());
        }
        accounts.enrolSecondFactor(account.id(), sealedSecret, step.getAsLong(),
                codes.stream().map(LoginService::recoveryHash).toList(), clock.instant());
        auditor.record(account.id(), account.username(), "second-factor-enrolled", "account", account.id(),
                account.unitId(), Map.of());
        return new Confirmed(codes, progress(current(accountId), true));
    }

    void loggedIn(Account account) {
        accounts.recordSuccess(account.id(), clock.instant());
        auditor.record(account.id(), account.username(), "login-succeeded", "account", account.id(), account.unitId(),
                Map.of("secondFactor", String.valueOf(account.secondFactorEnrolled())));
    }

    Account current(UUID accountId) {
        return accounts.byId(accountId).orElseThrow(Refusals::noLoginInProgress);
    }

    String otpauthUri(String username, String base32Secret) {
        var issuer = encode(properties.totpIssuer());
        return "otpauth://totp/" + issuer + ":" + encode(username) + "?secret=" + base32Secret + "&issuer=" + issuer
                + "&algorithm=SHA1&digits=6&period=30";
    }

    private Progress progress(Account account, boolean secondFactorPassed) {
        LoginStatus status;
        if (account.secondFactorEnrolled() && !secondFactorPassed) {
            status = LoginStatus.SECOND_FACTOR_REQUIRED;
        }
        else if (account.mustChangePassword()) {
            status = LoginStatus.PASSWORD_CHANGE_REQUIRED;
        }
        else if (account.secondFactorRequired() && !account.secondFactorEnrolled()) {
            status = LoginStatus.ENROLMENT_REQUIRED;
        }
        else {
            status = LoginStatus.AUTHENTICATED;
        }
        return new Progress(account, status);
    }

    private void failed(Account account, String address, String reason) {
        var run = throttle.recordFailure(account.id(), address);
        var total = accounts.recordFailure(account.id());
        auditor.record(account.id(), account.username(), "login-failed", "account", account.id(), account.unitId(),
                Map.of("reason", reason, "failuresInARow", String.valueOf(total)));
        if (throttle.reachedLimit(run)) {
            auditor.record(account.id(), account.username(), "login-throttled", "account", account.id(),
                    account.unitId(), Map.of("failuresInARow", String.valueOf(run)));
        }
        if (total >= properties.lockThreshold() && accounts.lock(account.id(), clock.instant())) {
            auditor.record(account.id(), account.username(), "account-locked", "account", account.id(),
                    account.unitId(), Map.of("failuresInARow", String.valueOf(total)));
        }
    }

    private boolean codeAccepted(Account account, String code) {
        var candidate = code == null ? "" : code.trim().replace(" ", "");
        var secret = Base32.decode(cipher.decrypt(account.totpSecret()));
        var step = Totp.STANDARD.matchingStep(secret, candidate, clock.instant());
        if (step.isPresent()) {
            return accounts.useTotpStep(account.id(), step.getAsLong());
        }
        return candidate.length() > 6 && accounts.useRecoveryCode(account.id(), recoveryHash(candidate), clock.instant());
    }

    /** {@code xxxx-xxxx-xx}: 10 characters of a 31-letter alphabet (49 bits), so a plain SHA-256 is enough. */
    private String recoveryCode() {
        var alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        var text = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 4 || i == 8) {
                text.append('-');
            }
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    static String recoveryHash(String code) {
        var normalised = code.trim().toLowerCase().replace("-", "").replace(" ", "");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalised.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
