package vn.chibo.shared.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * A module's share of the demo city. Each contribution is idempotent: run on a database that already holds
 * it, it changes nothing. Contributions run in {@link #order()} (organisation before identity before
 * meetings …), each in its own transaction, under a lock so that two nodes starting together seed once.
 */
public interface DemoData {

    /** The cell whose month STORY.md tells: the live meeting, the bulletin and the liaison are seeded for it. */
    String STORY_CELL = "CB-XAYDUNG";

    /** The id of a demo unit, the same in every module and on every start: derived from the unit's code. */
    static UUID unitId(String code) {
        return UUID.nameUUIDFromBytes(("chibo-demo-unit:" + code).getBytes(StandardCharsets.UTF_8));
    }

    /** Lower runs first; leave gaps (100, 200, …) so later modules can slot in. */
    int order();

    /** Short description for the start-up summary, e.g. "organisation tree". */
    String name();

    /** Seeds what is missing and says what is there now. */
    Outcome seed();

    /** What a contribution left in the database, and the demo accounts it knows of. */
    record Outcome(String summary, List<DemoAccount> accounts) {

        public static Outcome of(String summary) {
            return new Outcome(summary, List.of());
        }
    }

    /** A demo login printed at start-up (and listed in the README). */
    record DemoAccount(String username, String password, String role, String organisation, String totpSecret) {
    }
}
