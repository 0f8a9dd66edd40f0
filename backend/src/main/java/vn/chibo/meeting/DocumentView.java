package vn.chibo.meeting;

import java.time.Instant;
import java.util.UUID;

/** A document attached to an agenda item, as the meeting page lists it. */
public record DocumentView(UUID id, UUID agendaItemId, String fileName, String contentType, long size, String sha256,
        Classification classification, Instant publishedAt) {
}
