package vn.chibo.meeting.document;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.chibo.meeting.AgendaDocuments;
import vn.chibo.meeting.DocumentView;
import vn.chibo.meeting.MeetingId;
import vn.chibo.meeting.MeetingWarning;
import vn.chibo.shared.security.CurrentActor;

/**
 * The documents and R21 warnings the meeting page shows. Drafts (not yet published) are listed only to those
 * who manage the meeting; everyone else who may view it sees the published documents.
 */
@Component
class MeetingPageDocuments implements AgendaDocuments {

    private final MeetingDocuments documents;
    private final CurrentActor currentActor;

    MeetingPageDocuments(MeetingDocuments documents, CurrentActor currentActor) {
        this.documents = documents;
        this.currentActor = currentActor;
    }

    @Override
    public List<DocumentView> forItems(MeetingId id) {
        return currentActor.get().map(actor -> documents.byAgendaItem(id, actor)).orElse(java.util.Map.of()).values()
                .stream().flatMap(List::stream)
                .map(d -> new DocumentView(d.id(), d.agendaItemId(), d.fileName(), d.contentType(), d.size(), d.sha256(),
                        d.classification(), d.publishedAt()))
                .toList();
    }

    @Override
    public List<MeetingWarning> warnings(MeetingId id) {
        return documents.warnings(id);
    }
}
