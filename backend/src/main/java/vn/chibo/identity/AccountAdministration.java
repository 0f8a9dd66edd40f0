package vn.chibo.identity;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.identity.Refusals.RoleNotForUnit;
import vn.chibo.organisation.MemberView;
import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.organisation.UnitKind;
import vn.chibo.organisation.UnitView;
import vn.chibo.shared.audit.Auditor;
import vn.chibo.shared.security.AccessDenied;
import vn.chibo.shared.security.Actor;
import vn.chibo.shared.security.Grant;
import vn.chibo.shared.security.Role;

/**
 * What administrators do with accounts. An administrator acts on an account only when the account's member
 * belongs to a cell inside the subtree of a node where they hold {@code ADMIN}, and grants roles only on
 * nodes inside that subtree. Every act is audited; acts that change what an account may do end its sessions.
 */
@Service
@Transactional
class AccountAdministration {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");

    private final Accounts accounts;
    private final OrganisationDirectory directory;
    private final PasswordEncoder encoder;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final Auditor auditor;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccountAdministration(Accounts accounts, OrganisationDirectory directory, PasswordEncoder encoder,
            Sessions sessions, LoginThrottle throttle, Auditor auditor, Clock clock) {
        this.accounts = accounts;
        this.directory = directory;
        this.encoder = encoder;
        this.sessions = sessions;
        this.throttle = throttle;
        this.auditor = auditor;
        this.clock = clock;
    }

    record Page(List<Administered> items, long total, int page, int size) {
    }

    /** An account with the member it is bound to, as far as the directory knows them. */
    record Administered(Account account, MemberView member) {
    }

    record Created(Administered account, String temporaryPassword) {
    }

    @Transactional(readOnly = true)
    Page list(Actor actor, UUID unitId, String q, int page, int size) {
        var adminUnits = adminUnits(actor);
        if (unitId != null && adminUnits.stream().noneMatch(a -> directory.isWithin(unitId, a))) {
            throw new AccessDenied("Accounts of that unit are outside your subtree.");
        }
        var scopes = unitId == null ? adminUnits : List.of(unitId);
        var visible = new HashMap<UUID, Boolean>();
        var needle = q == null || q.isBlank() ? null : fold(q.trim());
        var matching = accounts.all().stream()
                .filter(a -> a.unitId() != null && visible.computeIfAbsent(a.unitId(),
                        cell -> scopes.stream().anyMatch(s -> directory.isWithin(cell, s))))
                .filter(a -> needle == null || fold(a.username()).contains(needle) || fold(a.displayName()).contains(needle))
                .toList();
        var safeSize = Math.max(1, Math.min(size, 200));
        var safePage = Math.max(0, page);
        var items = matching.stream().skip((long) safePage * safeSize).limit(safeSize)
                .map(a -> new Administered(a, directory.member(a.memberId()).orElse(null))).toList();
        return new Page(items, matching.size(), safePage, safeSize);
    }

    Created create(Actor actor, UUID memberId, String username, boolean loginEnabled) {
        var member = memberId == null ? null : directory.member(memberId).orElse(null);
        if (member == null) {
            throw Refusals.memberNotFound();
        }
        requireAdminOver(actor, member.cellId());
        if (accounts.byMember(memberId).isPresent()) {
            throw Refusals.memberHasAccount();
        }
        var name = username == null || username.isBlank() ? member.cardNumber().toLowerCase() : username.trim().toLowerCase();
        if (!USERNAME.matcher(name).matches()) {
            throw Refusals.invalidUsername();
        }
        if (accounts.usernameTaken(name)) {
            throw Refusals.usernameTaken();
        }
        var id = UUID.randomUUID();
        accounts.createWithoutLogin(id, memberId, name, member.fullName(), member.cellId(), clock.instant());
        String temporary = null;
        if (loginEnabled) {
            temporary = temporaryPassword();
            accounts.setPassword(id, encoder.encode(temporary), true);
            accounts.setLoginEnabled(id, true);
        }
        auditor.record("account-created", "account", id, member.cellId(),
                Map.of("username", name, "member", memberId.toString(), "loginEnabled", String.valueOf(loginEnabled)));
        return new Created(administered(id), temporary);
    }

    Administered setLoginEnabled(Actor actor, UUID accountId, boolean enabled) {
        var account = administrable(actor, accountId);
        accounts.setLoginEnabled(accountId, enabled);
        if (!enabled) {
            sessions.endAllAfterCommit(accountId);
        }
        auditor.record(enabled ? "login-enabled" : "login-disabled", "account", accountId, account.unitId(), Map.of());
        return administered(accountId);
    }

    String resetPassword(Actor actor, UUID accountId) {
        var account = administrable(actor, accountId);
        var temporary = temporaryPassword();
        accounts.setPassword(accountId, encoder.encode(temporary), true);
        sessions.endAllAfterCommit(accountId);
        auditor.record("password-reset", "account", accountId, account.unitId(), Map.of());
        return temporary;
    }

    void resetSecondFactor(Actor actor, UUID accountId) {
        var account = administrable(actor, accountId);
        accounts.resetSecondFactor(accountId);
        sessions.endAllAfterCommit(accountId);
        auditor.record("second-factor-reset", "account", accountId, account.unitId(), Map.of());
    }

    void unlock(Actor actor, UUID accountId) {
        var account = administrable(actor, accountId);
        accounts.unlock(accountId);
        throttle.recordSuccess(accountId);
        auditor.record("account-unlocked", "account", accountId, account.unitId(), Map.of());
    }

    Administered grant(Actor actor, UUID accountId, Role role, UUID unitId) {
        var account = administrable(actor, accountId);
        var unit = grantableUnit(actor, role, unitId);
        if (accounts.grant(accountId, new Grant(role, unit.id()), clock.instant())) {
            sessions.endAllAfterCommit(accountId);
            auditor.record("role-granted", "account", accountId, unit.id(), Map.of("role", role.name(),
                    "unit", unit.id().toString(), "member", account.memberId().toString()));
        }
        return administered(accountId);
    }

    Administered revoke(Actor actor, UUID accountId, Role role, UUID unitId) {
        var account = administrable(actor, accountId);
        requireAdminOver(actor, unitId);
        if (accounts.revoke(accountId, new Grant(role, unitId))) {
            sessions.endAllAfterCommit(accountId);
            auditor.record("role-revoked", "account", accountId, unitId, Map.of("role", role.name(),
                    "unit", unitId.toString(), "member", account.memberId().toString()));
        }
        return administered(accountId);
    }

    private UnitView grantableUnit(Actor actor, Role role, UUID unitId) {
        var unit = unitId == null ? null : directory.unit(unitId).orElse(null);
        if (unit == null || unit.dissolved()) {
            throw Refusals.unitNotFound();
        }
        requireAdminOver(actor, unit.id());
        var fits = switch (role) {
            case GROUP_LEADER -> unit.kind() == UnitKind.PARTY_GROUP;
            case SECRETARY, DEPUTY_SECRETARY, CELL_COMMITTEE -> unit.kind() == UnitKind.CELL || unit.kind() == UnitKind.GRASSROOTS;
            case REVIEWER, ADMIN -> unit.kind() != UnitKind.PARTY_GROUP;
        };
        if (!fits) {
            throw new RoleNotForUnit(role + " cannot be held on a " + unit.kind() + ".");
        }
        return unit;
    }

    /** The account, when the actor administers its member's cell; the cached cell is refreshed on the way. */
    private Account administrable(Actor actor, UUID accountId) {
        var account = accounts.byId(accountId).orElseThrow(Refusals::accountNotFound);
        var cell = directory.member(account.memberId()).map(MemberView::cellId).orElse(account.unitId());
        if (cell == null) {
            throw new AccessDenied("The account's member belongs to no cell you administer.");
        }
        requireAdminOver(actor, cell);
        accounts.setUnit(accountId, cell);
        return account;
    }

    private void requireAdminOver(Actor actor, UUID unitId) {
        if (unitId == null || adminUnits(actor).stream().noneMatch(a -> directory.isWithin(unitId, a))) {
            throw new AccessDenied("That is outside the part of the organisation you administer.");
        }
    }

    private static List<UUID> adminUnits(Actor actor) {
        var units = List.copyOf(actor.unitsWhere(Role.ADMIN));
        if (units.isEmpty()) {
            throw new AccessDenied("Only administrators manage accounts.");
        }
        return units;
    }

    private Administered administered(UUID accountId) {
        var account = accounts.byId(accountId).orElseThrow(Refusals::accountNotFound);
        return new Administered(account, directory.member(account.memberId()).orElse(null));
    }

    /** Four groups of four from an alphabet without look-alikes: easy to read out over the phone. */
    private String temporaryPassword() {
        var alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var text = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                text.append('-');
            }
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd')
                .replace('Đ', 'D').toLowerCase();
    }
}
