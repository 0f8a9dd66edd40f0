package vn.chibo.identity;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.shared.audit.Auditor;
import vn.chibo.shared.security.CurrentActor;

/** Login, its further steps, password change, second-factor enrolment and logout (docs/access.md). */
@RestController
@RequestMapping("/api/auth")
@Tag(name = "Session")
class AuthController {

    private final LoginService logins;
    private final Sessions sessions;
    private final CurrentActor currentActor;
    private final Auditor auditor;

    AuthController(LoginService logins, Sessions sessions, CurrentActor currentActor, Auditor auditor) {
        this.logins = logins;
        this.sessions = sessions;
        this.currentActor = currentActor;
        this.auditor = auditor;
    }

    record Credentials(String username, String password) {
    }

    record Code(String code) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    record Status(LoginStatus status) {
    }

    record EnrolmentView(String secret, String otpauthUri) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RecoveryCodes(List<String> recoveryCodes, LoginStatus status) {
    }

    @PostMapping("/login")
    @Operation(summary = "First step of a login: username and password")
    Status login(@RequestBody Credentials credentials, HttpServletRequest request, HttpServletResponse response) {
        sessions.restart(request, response);
        var progress = logins.password(credentials.username(), credentials.password(), request.getRemoteAddr());
        return advance(progress, false, request, response);
    }

    @PostMapping("/second-factor")
    @Operation(summary = "Second step: a TOTP code or a recovery code")
    Status secondFactor(@RequestBody Code code, HttpServletRequest request, HttpServletResponse response) {
        var pending = sessions.pending(request).filter(p -> p.status() == LoginStatus.SECOND_FACTOR_REQUIRED)
                .orElseThrow(Refusals::noLoginInProgress);
        var progress = logins.secondFactor(pending, code.code(), request.getRemoteAddr());
        return advance(progress, true, request, response);
    }

    @PostMapping("/password")
    @Operation(summary = "Change one's own password (also completes a required change during login)")
    ResponseEntity<Status> changePassword(@RequestBody PasswordChange change, HttpServletRequest request,
            HttpServletResponse response) {
        var actor = currentActor.get();
        if (actor.isPresent()) {
            logins.changePassword(actor.get().accountId(), change.currentPassword(), change.newPassword(), true,
                    request.getRemoteAddr());
            sessions.endAllExcept(actor.get().accountId(), request.getSession().getId());
            return ResponseEntity.noContent().build();
        }
        var pending = sessions.pending(request).filter(p -> p.status() == LoginStatus.PASSWORD_CHANGE_REQUIRED)
                .orElseThrow(Refusals::noLoginInProgress);
        var progress = logins.changePassword(pending.accountId(), change.currentPassword(), change.newPassword(),
                pending.secondFactorPassed(), request.getRemoteAddr());
        return ResponseEntity.ok(advance(progress, pending.secondFactorPassed(), request, response));
    }

    @PostMapping("/totp/enrolment")
    @Operation(summary = "Start enrolling an authenticator app: a new secret and its otpauth URI")
    EnrolmentView startEnrolment(HttpServletRequest request) {
        var accountId = currentActor.get().map(a -> a.accountId())
                .or(() -> sessions.pending(request).filter(p -> p.status() == LoginStatus.ENROLMENT_REQUIRED)
                        .map(PendingLogin::accountId))
                .orElseThrow(Refusals::noLoginInProgress);
        var enrolment = logins.startEnrolment(accountId);
        request.getSession().setAttribute(Sessions.ENROLMENT_ATTRIBUTE, enrolment.sealedSecret());
        return new EnrolmentView(enrolment.secret(), enrolment.otpauthUri());
    }

    @PostMapping("/totp/enrolment/confirm")
    @Operation(summary = "Confirm the enrolment with a code from the app; answers ten single-use recovery codes")
    RecoveryCodes confirmEnrolment(@RequestBody Code code, HttpServletRequest request, HttpServletResponse response) {
        var actor = currentActor.get();
        var pending = sessions.pending(request).filter(p -> p.status() == LoginStatus.ENROLMENT_REQUIRED);
        var accountId = actor.map(a -> a.accountId()).or(() -> pending.map(PendingLogin::accountId))
                .orElseThrow(Refusals::noLoginInProgress);
        var session = request.getSession();
        var confirmed = logins.confirmEnrolment(accountId, (String) session.getAttribute(Sessions.ENROLMENT_ATTRIBUTE),
                code.code(), request.getRemoteAddr());
        session.removeAttribute(Sessions.ENROLMENT_ATTRIBUTE);
        if (actor.isPresent()) {
            return new RecoveryCodes(confirmed.recoveryCodes(), null);
        }
        var status = advance(confirmed.progress(), true, request, response);
        return new RecoveryCodes(confirmed.recoveryCodes(), status.status());
    }

    @PostMapping("/logout")
    @Operation(summary = "End this session")
    ResponseEntity<Void> logout(HttpServletRequest request) {
        currentActor.get().ifPresent(actor -> auditor.record("logged-out", "account", actor.accountId(), null, Map.of()));
        sessions.end(request);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/logout-everywhere")
    @Operation(summary = "End every session of this account, on every node")
    ResponseEntity<Void> logoutEverywhere(HttpServletRequest request) {
        var actor = currentActor.require();
        var ended = sessions.endAllExcept(actor.accountId(), request.getSession().getId());
        auditor.record("logged-out-everywhere", "account", actor.accountId(), null,
                Map.of("otherSessionsEnded", String.valueOf(ended)));
        sessions.end(request);
        return ResponseEntity.noContent().build();
    }

    private Status advance(LoginService.Progress progress, boolean secondFactorPassed, HttpServletRequest request,
            HttpServletResponse response) {
        if (progress.status() == LoginStatus.AUTHENTICATED) {
            logins.loggedIn(progress.account());
            sessions.authenticate(request, response, progress.account().actor());
        }
        else {
            sessions.holdPending(request, progress.pending(secondFactorPassed));
        }
        return new Status(progress.status());
    }
}
