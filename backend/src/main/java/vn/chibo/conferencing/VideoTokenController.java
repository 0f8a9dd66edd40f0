package vn.chibo.conferencing;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.meeting.MeetingId;
import vn.chibo.shared.Problems;
import vn.chibo.shared.security.CurrentActor;

/**
 * The browser asks for a token each time it (re)creates the call. {@code GET /api/video/settings} tells the page
 * whether video exists at all, so it can say so plainly without asking for a token.
 */
@RestController
class VideoTokenController {

    record VideoSettings(boolean enabled, String domain) {
    }

    private final VideoAccess access;
    private final CurrentActor currentActor;
    private final JitsiProperties properties;

    VideoTokenController(VideoAccess access, CurrentActor currentActor, JitsiProperties properties) {
        this.access = access;
        this.currentActor = currentActor;
        this.properties = properties;
    }

    @GetMapping("/api/meetings/{id}/video-token")
    VideoAccess.VideoToken token(@PathVariable UUID id) {
        return access.tokenFor(new MeetingId(id), currentActor.require());
    }

    @GetMapping("/api/video/settings")
    VideoSettings settings() {
        currentActor.require();
        return new VideoSettings(properties.enabled(), properties.enabled() ? properties.domain() : null);
    }

    @ExceptionHandler(VideoRefusals.VideoNotConfigured.class)
    ProblemDetail notConfigured(VideoRefusals.VideoNotConfigured e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setType(Problems.type(e.code()));
        problem.setTitle("Video not configured");
        problem.setProperty("code", e.code());
        return problem;
    }
}
