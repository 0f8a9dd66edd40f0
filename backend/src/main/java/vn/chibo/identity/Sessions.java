package vn.chibo.identity;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.chibo.shared.security.Actor;
import vn.chibo.shared.security.ActorAuthentication;

/**
 * The HTTP session side of a login. Sessions live in Redis (Spring Session, indexed repository) and are
 * indexed by account id, so that every session of an account can be ended on every node at once — on
 * logout everywhere, role changes, password resets and disabling. The session id changes whenever the
 * login advances (session fixation).
 */
@Component
class Sessions {

    static final String ENROLMENT_ATTRIBUTE = "chibo.identity.pending-enrolment";

    private final SecurityContextRepository contexts;
    /** Absent when the application runs without a web server (e.g. the audit verification command). */
    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository;

    Sessions(SecurityContextRepository contexts, ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository) {
        this.contexts = contexts;
        this.repository = repository;
    }

    Optional<PendingLogin> pending(HttpServletRequest request) {
        var session = request.getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable((PendingLogin) session.getAttribute(PendingLogin.ATTRIBUTE));
    }

    /** Starts (or restarts) a login: whoever was logged in this session is not any more. */
    void restart(HttpServletRequest request, HttpServletResponse response) {
        var session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PendingLogin.ATTRIBUTE);
            session.removeAttribute(ENROLMENT_ATTRIBUTE);
            session.removeAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME);
        }
        SecurityContextHolder.clearContext();
        contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
    }

    void holdPending(HttpServletRequest request, PendingLogin pending) {
        var session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(PendingLogin.ATTRIBUTE, pending);
    }

    void authenticate(HttpServletRequest request, HttpServletResponse response, Actor actor) {
        var session = request.getSession(true);
        request.changeSessionId();
        session.removeAttribute(PendingLogin.ATTRIBUTE);
        session.removeAttribute(ENROLMENT_ATTRIBUTE);
        session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, actor.accountId().toString());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ActorAuthentication(actor));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    void end(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /** Ends every session of the account on every node; answers how many there were. */
    int endAll(UUID accountId) {
        return endAllExcept(accountId, null);
    }

    /** Ends the account's sessions once the change that motivates it is committed, so none outlives it. */
    void endAllAfterCommit(UUID accountId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    endAll(accountId);
                }
            });
        }
        else {
            endAll(accountId);
        }
    }

    int endAllExcept(UUID accountId, String keptSessionId) {
        var sessions = repository.getObject();
        var found = sessions.findByPrincipalName(accountId.toString()).keySet();
        found.stream().filter(id -> !id.equals(keptSessionId)).forEach(sessions::deleteById);
        return (int) found.stream().filter(id -> !id.equals(keptSessionId)).count();
    }
}
