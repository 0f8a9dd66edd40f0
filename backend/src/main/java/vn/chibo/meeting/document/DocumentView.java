package vn.chibo.meeting.document;

import java.time.Instant;
import java.util.UUID;

import vn.chibo.meeting.Classification;

/** A document as the meeting JSON lists it under its agenda item ({@code publishedAt} null while a draft). */
public record DocumentView(UUID id, UUID agendaItemId, String fileName, String contentType, long size, String sha256,
        Classification classification, Instant uploadedAt, Instant publishedAt, boolean publishedLate) {
}
