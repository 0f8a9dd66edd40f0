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
}
