package vn.chibo.meeting.notice;

import java.time.Clock;

import org.springframework.stereotype.Component;

import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.shared.demo.DemoData;

/** R21: the city committee's reviewer (card 79060001, login {@code reviewer}) follows the story cell. */
@Component
class NoticeDemoData implements DemoData {

    private static final String REVIEWER_CARD = "79060001";

    private final JdbcLiaisons liaisons;
    private final OrganisationDirectory directory;
    private final Clock clock;

    NoticeDemoData(JdbcLiaisons liaisons, OrganisationDirectory directory, Clock clock) {
        this.liaisons = liaisons;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 410;
    }

    @Override
    public String name() {
        return "meeting notices";
    }

    @Override
    public Outcome seed() {
        var cellId = DemoData.unitId(STORY_CELL);
        var reviewer = directory.memberByCardNumber(REVIEWER_CARD).orElse(null);
        if (directory.unit(cellId).isEmpty() || reviewer == null) {
            return Outcome.of("skipped (no demo organisation)");
        }
        var added = liaisons.setIfAbsent(cellId, reviewer.id(), "demo", clock.instant());
        return Outcome.of("liaison of " + STORY_CELL + ": " + reviewer.fullName() + (added ? " (new)" : ""));
    }
}
