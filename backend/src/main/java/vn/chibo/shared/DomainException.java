package vn.chibo.shared;

/**
 * A business rule refused a request. Every module's exceptions extend this so that the web layer turns them
 * into RFC 9457 problem details with a stable {@code code} clients can rely on.
 */
public abstract class DomainException extends RuntimeException {

    /** How the refusal should be read by a client; the web layer maps it to an HTTP status. */
    public enum Kind { NOT_FOUND, CONFLICT, REJECTED, FORBIDDEN, UNAUTHENTICATED, INVALID, TOO_MANY_REQUESTS }

    private final String code;
    private final Kind kind;

    protected DomainException(String code, Kind kind, String message) {
        super(message);
        this.code = code;
        this.kind = kind;
    }

    /** Kebab-case identifier of the refusal, e.g. {@code meeting-already-closed}. */
    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    /** The rule behind the refusal, when there is one; problem details carry its id ({@code "rule": "R14"}). */
    public Rule rule() {
        return null;
    }

    /** A refusal that is only its code, kind, message and rule; modules name theirs with factory methods. */
    public static DomainException refusal(String code, Kind kind, String message) {
        return new Refusal(code, kind, message, null);
    }

    /** A refusal backed by one of the Party rules; problem details carry its id. */
    public static DomainException refusal(String code, Kind kind, String message, Rule rule) {
        return new Refusal(code, kind, message, rule);
    }

    private static final class Refusal extends DomainException {

        private final Rule rule;

        Refusal(String code, Kind kind, String message, Rule rule) {
            super(code, kind, message);
            this.rule = rule;
        }

        @Override
        public Rule rule() {
            return rule;
        }
    }
}
