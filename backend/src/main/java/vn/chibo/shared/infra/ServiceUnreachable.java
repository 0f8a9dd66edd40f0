package vn.chibo.shared.infra;

/** PostgreSQL or Redis did not answer at start-up; the failure analyzer turns this into one clear line. */
class ServiceUnreachable extends RuntimeException {

    private final String service;
    private final String target;
    private final String howToFix;

    ServiceUnreachable(String service, String target, String howToFix, Throwable cause) {
        super(service + " is unreachable at " + target + " (" + rootMessage(cause) + ")", cause);
        this.service = service;
        this.target = target;
        this.howToFix = howToFix;
    }

    String service() {
        return service;
    }

    String target() {
        return target;
    }

    String howToFix() {
        return howToFix;
    }

    /** The single line an operator reads: what is down, where, why, and how to start it. */
    String oneLine() {
        return getMessage() + ": " + howToFix;
    }

    private static String rootMessage(Throwable t) {
        var root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        var message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }
}
