package vn.chibo.minutes;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.shared.security.CurrentActor;

/** The biên bản of a meeting over REST (docs/minutes.md). */
@RestController
@RequestMapping("/api/meetings/{meetingId}/minutes")
class MinutesController {

    static final MediaType DOCX = MediaType
            .parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final MinutesService minutes;
    private final MinutesExports exports;
    private final CurrentActor currentActor;

    MinutesController(MinutesService minutes, MinutesExports exports, CurrentActor currentActor) {
        this.minutes = minutes;
        this.exports = exports;
        this.currentActor = currentActor;
    }

    @GetMapping
    MinutesService.MinutesView view(@PathVariable UUID meetingId) {
        return minutes.view(meetingId, currentActor.require());
    }

    @PutMapping("/sections/{key}")
    MinutesService.SectionView save(@PathVariable UUID meetingId, @PathVariable String key,
            @RequestBody MinutesService.SaveBody body) {
        return minutes.save(meetingId, key, body, currentActor.require());
    }

    @GetMapping("/sections/{key}/history")
    List<MinutesService.SectionView> history(@PathVariable UUID meetingId, @PathVariable String key) {
        return minutes.history(meetingId, key, currentActor.require());
    }

    @PostMapping("/chair-editing")
    MinutesService.MinutesView chairEditing(@PathVariable UUID meetingId, @RequestParam boolean allowed) {
        return minutes.chairEditing(meetingId, allowed, currentActor.require());
    }

    @PostMapping("/read-back")
    MinutesService.MinutesView readBack(@PathVariable UUID meetingId) {
        return minutes.readBack(meetingId, currentActor.require());
    }

    @PostMapping("/adopt")
    MinutesService.MinutesView adopt(@PathVariable UUID meetingId, @RequestBody(required = false) MinutesService.AdoptBody body) {
        return minutes.adopt(meetingId, body, currentActor.require());
    }

    @PostMapping("/sign")
    MinutesService.MinutesView sign(@PathVariable UUID meetingId, @RequestBody MinutesService.CodeBody body) {
        return minutes.sign(meetingId, body, currentActor.require());
    }

    @PostMapping("/addenda")
    MinutesService.AddendumView addendum(@PathVariable UUID meetingId, @RequestBody MinutesService.AddendumBody body) {
        return minutes.addendum(meetingId, body, currentActor.require());
    }

    @GetMapping("/verify")
    MinutesService.Verification verify(@PathVariable UUID meetingId) {
        return minutes.verify(meetingId, currentActor.require());
    }

    @GetMapping("/export.docx")
    ResponseEntity<byte[]> docx(@PathVariable UUID meetingId) {
        var printable = minutes.printable(meetingId, currentActor.require(), "docx");
        return file(exports.docx(printable), DOCX, meetingId, "docx", printable.contentHash());
    }

    @GetMapping("/export.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID meetingId) {
        var printable = minutes.printable(meetingId, currentActor.require(), "pdf");
        return file(exports.pdf(printable), MediaType.APPLICATION_PDF, meetingId, "pdf", printable.contentHash());
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, UUID meetingId, String extension,
            String hash) {
        var name = ContentDisposition.attachment().filename("bien-ban-" + meetingId + "." + extension,
                StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, name.toString())
                .header("X-Content-SHA256", hash).body(bytes);
    }
}
