package vn.chibo.identity;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.shared.audit.Auditor;

/** {@link SecondFactor} over the accounts' TOTP secrets; each accepted step is spent, so a code works once. */
@Service
class TotpSecondFactor implements SecondFactor {

    private final Accounts accounts;
    private final SecretCipher cipher;
    private final Auditor auditor;
    private final Clock clock;

    TotpSecondFactor(Accounts accounts, SecretCipher cipher, Auditor auditor, Clock clock) {
        this.accounts = accounts;
        this.cipher = cipher;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    @Transactional
    public boolean verify(UUID memberId, String code) {
        if (memberId == null) {
            return false;
        }
        var account = accounts.byMember(memberId).filter(Account::secondFactorEnrolled).orElse(null);
        if (account == null || account.locked()) {
            return false;
        }
        var candidate = code == null ? "" : code.trim().replace(" ", "");
        var secret = Base32.decode(cipher.decrypt(account.totpSecret()));
        var step = Totp.STANDARD.matchingStep(secret, candidate, clock.instant());
        var accepted = step.isPresent() && accounts.useTotpStep(account.id(), step.getAsLong());
        if (!accepted) {
            auditor.record(account.id(), account.username(), "second-factor-refused", "account", account.id(),
                    account.unitId(), Map.of("purpose", "re-authentication"));
        }
        return accepted;
    }
}
