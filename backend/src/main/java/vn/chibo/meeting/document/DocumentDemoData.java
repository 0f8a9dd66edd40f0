package vn.chibo.meeting.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.chibo.meeting.AgendaItemType;
import vn.chibo.meeting.Classification;
import vn.chibo.meeting.MeetingKind;
import vn.chibo.meeting.MeetingState;
import vn.chibo.meeting.Meetings;
import vn.chibo.shared.demo.DemoData;

/**
 * The story's monthly bulletin (a small PDF) attached to the political-information item of the story cell's
 * next regular meeting and published, so members find it on the meeting page. Runs after the demo meetings.
 */
@Component
class DocumentDemoData implements DemoData {

    private static final String BULLETIN = "demo/ban-tin-sinh-hoat-chi-bo.pdf";

    private final Meetings meetings;
    private final JdbcDocuments documents;
    private final Clock clock;

    DocumentDemoData(Meetings meetings, JdbcDocuments documents, Clock clock) {
        this.meetings = meetings;
        this.documents = documents;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public String name() {
        return "meeting documents";
    }

    @Override
    public Outcome seed() {
        var cellId = DemoData.unitId(STORY_CELL);
        var now = clock.instant();
        var next = meetings.of(List.of(cellId), now, now.plus(Duration.ofDays(62))).stream()
                .filter(m -> m.state() == MeetingState.SCHEDULED && m.unitId().equals(cellId))
                .filter(m -> m.kind() == MeetingKind.REGULAR || m.kind() == MeetingKind.REGULAR_AND_THEMATIC)
                .findFirst().orElse(null);
        if (next == null) {
            return Outcome.of("skipped (no scheduled regular meeting of " + STORY_CELL + ")");
        }
        var agenda = meetings.agenda(next.id());
        var item = agenda.stream().filter(i -> i.type() == AgendaItemType.INFORMATION).findFirst()
                .or(() -> agenda.stream().findFirst()).orElse(null);
        if (item == null) {
            return Outcome.of("skipped (the meeting has no agenda)");
        }
        var id = UUID.nameUUIDFromBytes(("chibo-demo-document:" + next.id() + ":bulletin").getBytes(StandardCharsets.UTF_8));
        if (documents.find(next.id().value(), id).isPresent()) {
            return Outcome.of("bulletin already on " + next.title());
        }
        byte[] content;
        try {
            content = new ClassPathResource(BULLETIN).getContentAsByteArray();
        }
        catch (IOException e) {
            throw new IllegalStateException("The demo bulletin is missing from the application", e);
        }
        var local = next.startsAt().atZone(vn.chibo.shared.time.VietnamTime.ZONE);
        var fileName = "Ban tin sinh hoat chi bo thang " + local.getMonthValue() + "-" + local.getYear() + ".pdf";
        documents.insert(new JdbcDocuments.Row(id, next.id().value(), item.id(), fileName, FileType.PDF.contentType(),
                content.length, MeetingDocuments.sha256(content), Classification.INTERNAL, now, null, false, null),
                "demo", content);
        documents.publish(id, now, "demo", now.isAfter(next.startsAt().minus(Duration.ofDays(meetings.documentLeadDays(cellId)))));
        return Outcome.of("bulletin published on " + next.title());
    }
}
