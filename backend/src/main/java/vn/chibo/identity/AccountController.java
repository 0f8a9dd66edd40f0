package vn.chibo.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.organisation.UnitView;
import vn.chibo.shared.security.CurrentActor;
import vn.chibo.shared.security.Role;

/** Accounts and roles, for administrators (docs/access.md); every check is in {@link AccountAdministration}. */
@RestController
@RequestMapping("/api/accounts")
@Tag(name = "Accounts")
class AccountController {

    private final AccountAdministration administration;
    private final CurrentActor currentActor;
    private final OrganisationDirectory directory;
    private final RoleViews roles;

    AccountController(AccountAdministration administration, CurrentActor currentActor, OrganisationDirectory directory,
            RoleViews roles) {
        this.administration = administration;
        this.currentActor = currentActor;
        this.directory = directory;
        this.roles = roles;
    }

    record AccountView(UUID id, String username, UUID memberId, String memberName, String cardNumber, UUID unitId,
            String unitName, boolean loginEnabled, boolean locked, boolean secondFactorEnrolled,
            boolean mustChangePassword, List<RoleViews.RoleView> roles, Instant lastLoginAt) {
    }

    record PageView(List<AccountView> items, long total, int page, int size) {
    }

    record NewAccount(UUID memberId, String username, boolean loginEnabled) {
    }

    record CreatedView(AccountView account, String temporaryPassword) {
    }

    record LoginChange(Boolean loginEnabled) {
    }

    record TemporaryPassword(String temporaryPassword) {
    }

    record NewGrant(Role role, UUID orgUnitId) {
    }

    @GetMapping
    @Operation(summary = "Accounts inside the administrator's subtree")
    PageView list(@RequestParam(required = false) UUID unitId, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        var result = administration.list(currentActor.require(), unitId, q, page, size);
        return new PageView(result.items().stream().map(this::view).toList(), result.total(), result.page(), result.size());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create the account of a member (one per member, R6)")
    CreatedView create(@RequestBody NewAccount body) {
        var created = administration.create(currentActor.require(), body.memberId(), body.username(), body.loginEnabled());
        return new CreatedView(view(created.account()), created.temporaryPassword());
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Enable or disable login (disabling ends the account's sessions)")
    AccountView change(@PathVariable UUID id, @RequestBody LoginChange body) {
        var actor = currentActor.require();
        if (body.loginEnabled() == null) {
            throw new Refusals.InvalidRequest("loginEnabled is required.");
        }
        return view(administration.setLoginEnabled(actor, id, body.loginEnabled()));
    }

    @PostMapping("/{id}/password-reset")
    @Operation(summary = "A temporary password the member must change at the next login")
    TemporaryPassword resetPassword(@PathVariable UUID id) {
        return new TemporaryPassword(administration.resetPassword(currentActor.require(), id));
    }

    @PostMapping("/{id}/second-factor-reset")
    @Operation(summary = "Remove the second factor so the member enrols again")
    ResponseEntity<Void> resetSecondFactor(@PathVariable UUID id) {
        administration.resetSecondFactor(currentActor.require(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/unlock")
    @Operation(summary = "Unlock an account locked after failed logins")
    ResponseEntity<Void> unlock(@PathVariable UUID id) {
        administration.unlock(currentActor.require(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/roles")
    @Operation(summary = "Grant a role on an organisation node (ends the account's sessions)")
    AccountView grant(@PathVariable UUID id, @RequestBody NewGrant body) {
        var actor = currentActor.require();
        if (body.role() == null || body.orgUnitId() == null) {
            throw new Refusals.InvalidRequest("role and orgUnitId are required.");
        }
        return view(administration.grant(actor, id, body.role(), body.orgUnitId()));
    }

    @DeleteMapping("/{id}/roles/{role}/{orgUnitId}")
    @Operation(summary = "Revoke a role (ends the account's sessions)")
    AccountView revoke(@PathVariable UUID id, @PathVariable Role role, @PathVariable UUID orgUnitId) {
        return view(administration.revoke(currentActor.require(), id, role, orgUnitId));
    }

    private AccountView view(AccountAdministration.Administered administered) {
        var a = administered.account();
        var member = administered.member();
        var unitId = member == null ? a.unitId() : member.cellId();
        var unitName = unitId == null ? null : directory.unit(unitId).map(UnitView::name).orElse(null);
        return new AccountView(a.id(), a.username(), a.memberId(), member == null ? a.displayName() : member.fullName(),
                member == null ? null : member.cardNumber(), unitId, unitName, a.loginEnabled(), a.locked(),
                a.secondFactorEnrolled(), a.mustChangePassword(), roles.of(a.grants()), a.lastLoginAt());
    }
}
