package vn.chibo.meeting.document;

import java.time.Instant;
import java.util.UUID;

import vn.chibo.meeting.Classification;

/** A document of an agenda item as the document endpoints answer ({@code publishedAt} null while a draft). */
public record AgendaDocument(UUID id, UUID agendaItemId, String fileName, String contentType, long size, String sha256,
        Classification classification, Instant uploadedAt, Instant publishedAt, boolean publishedLate) {
}
