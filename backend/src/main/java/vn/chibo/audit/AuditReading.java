package vn.chibo.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.chibo.shared.DomainException;
import vn.chibo.shared.security.Actor;

/**
 * Reading the log and checking the chain, for administrators (see {@link AuditAccess}). Reading the log is
 * deliberately not itself audited: every page viewed would add entries and the log would mostly record its
 * own readers (docs/audit.md).
 */
@Service
class AuditReading {

    static final int MAX_PAGE_SIZE = 200;

    private final JdbcAuditEntries entries;
    private final AuditAccess access;
    private final AuditChain chain;

    AuditReading(JdbcAuditEntries entries, AuditAccess access, AuditChain chain) {
        this.entries = entries;
        this.access = access;
        this.chain = chain;
    }

    record Query(Instant from, Instant to, String actor, String objectType, String objectId, String action) {
    }

    record Page(List<AuditEntry> items, long total, int page, int size) {
    }

    Page entries(Actor actor, Query query, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidPage();
        }
        var scope = access.readScope(actor);
        var units = scope.all() ? null : access.within(scope, entries.unitsSeen());
        var filter = new JdbcAuditEntries.Filter(query.from(), query.to(), blankToNull(query.actor()),
                blankToNull(query.objectType()), blankToNull(query.objectId()), blankToNull(query.action()), units);
        return new Page(entries.page(filter, page, size), entries.count(filter), page, size);
    }

    ChainVerification verification(Actor actor) {
        access.requireRootAdmin(actor);
        return chain.verify();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static final class InvalidPage extends DomainException {
        InvalidPage() {
            super("invalid-request", Kind.INVALID, "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE + ".");
        }
    }
}
