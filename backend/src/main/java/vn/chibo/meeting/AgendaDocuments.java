package vn.chibo.meeting;

import java.util.List;

/**
 * Where the meeting page gets the documents of each agenda item (and the warnings about them, R21). The
 * documents feature provides one bean; without it the meeting shows no documents ({@link #NONE}).
 */
public interface AgendaDocuments {

    AgendaDocuments NONE = id -> List.of();

    /** The listed (not withdrawn) documents of the meeting's agenda items. */
    List<DocumentView> forItems(MeetingId id);

    /** Warnings about the documents, e.g. R21 "not yet published". */
    default List<MeetingWarning> warnings(MeetingId id) {
        return List.of();
    }
}
