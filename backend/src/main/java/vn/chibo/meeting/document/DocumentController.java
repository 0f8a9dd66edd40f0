package vn.chibo.meeting.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.chibo.meeting.MeetingId;
import vn.chibo.shared.security.CurrentActor;

/** docs/meetings.md: documents on agenda items. */
@RestController
@RequestMapping("/api/meetings/{meetingId}")
class DocumentController {

    private final MeetingDocuments documents;
    private final CurrentActor currentActor;

    DocumentController(MeetingDocuments documents, CurrentActor currentActor) {
        this.documents = documents;
        this.currentActor = currentActor;
    }

    @PostMapping(path = "/agenda/{itemId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    AgendaDocument upload(@PathVariable UUID meetingId, @PathVariable UUID itemId, @RequestParam("file") MultipartFile file,
            @RequestParam(name = "classification", required = false) String classification) throws IOException {
        return documents.upload(new MeetingId(meetingId), itemId, file.getOriginalFilename(), classification,
                file.getBytes(), currentActor.require());
    }

    /** The documents the actor may see, each naming its agenda item (the meeting JSON nests the same lists). */
    @GetMapping("/documents")
    java.util.List<AgendaDocument> list(@PathVariable UUID meetingId) {
        return documents.byAgendaItem(new MeetingId(meetingId), currentActor.require()).values().stream()
                .flatMap(java.util.List::stream).toList();
    }

    @GetMapping("/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable UUID meetingId, @PathVariable UUID documentId) {
        var file = documents.download(new MeetingId(meetingId), documentId, currentActor.require());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(file.sha256())))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(file.content());
    }

    @PostMapping("/documents/{documentId}/publish")
    AgendaDocument publish(@PathVariable UUID meetingId, @PathVariable UUID documentId) {
        return documents.publish(new MeetingId(meetingId), documentId, currentActor.require());
    }

    @DeleteMapping("/documents/{documentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdraw(@PathVariable UUID meetingId, @PathVariable UUID documentId) {
        documents.withdraw(new MeetingId(meetingId), documentId, currentActor.require());
    }
}
