package vn.chibo.conferencing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.shared.Problems;
import vn.chibo.shared.audit.Auditor;

/**
 * The four paths event_sync posts to under its {@code api_prefix} (our {@code chibo.jitsi.webhook.path-prefix}).
 * Not session-authenticated: the caller proves itself with the configured bearer secret, compared in constant
 * time; any other caller gets 401 and is audited. 2xx only once the event is durably stored (a 5xx makes
 * event_sync retry, which the natural key makes harmless).
 */
@RestController
class JitsiWebhookController {

    private static final String PREFIX = "${chibo.jitsi.webhook.path-prefix:/api/jitsi}";

    private final JitsiEventIntake intake;
    private final JitsiProperties properties;
    private final Auditor auditor;

    JitsiWebhookController(JitsiEventIntake intake, JitsiProperties properties, Auditor auditor) {
        this.intake = intake;
        this.properties = properties;
        this.auditor = auditor;
    }

    @PostMapping(PREFIX + "/events/room/created")
    ResponseEntity<?> roomCreated(@RequestHeader(name = "Authorization", required = false) String authorization,
            @RequestBody(required = false) String body, HttpServletRequest request) {
        return handle(SyncEvent.Kind.ROOM_CREATED, authorization, body, request);
    }

    @PostMapping(PREFIX + "/events/occupant/joined")
    ResponseEntity<?> occupantJoined(@RequestHeader(name = "Authorization", required = false) String authorization,
            @RequestBody(required = false) String body, HttpServletRequest request) {
        return handle(SyncEvent.Kind.OCCUPANT_JOINED, authorization, body, request);
    }

    @PostMapping(PREFIX + "/events/occupant/left")
    ResponseEntity<?> occupantLeft(@RequestHeader(name = "Authorization", required = false) String authorization,
            @RequestBody(required = false) String body, HttpServletRequest request) {
        return handle(SyncEvent.Kind.OCCUPANT_LEFT, authorization, body, request);
    }

    @PostMapping(PREFIX + "/events/room/destroyed")
    ResponseEntity<?> roomDestroyed(@RequestHeader(name = "Authorization", required = false) String authorization,
            @RequestBody(required = false) String body, HttpServletRequest request) {
        return handle(SyncEvent.Kind.ROOM_DESTROYED, authorization, body, request);
    }

    private ResponseEntity<?> handle(SyncEvent.Kind kind, String authorization, String body, HttpServletRequest request) {
        if (!authentic(authorization)) {
            auditor.record(null, null, "jitsi-webhook-refused", "jitsi-webhook", kind.eventName, null,
                    Map.of("path", request.getRequestURI(), "reason", authorization == null ? "no bearer" : "wrong bearer"));
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "Unknown caller.");
            problem.setType(Problems.type("webhook-unauthorized"));
            problem.setTitle("Unauthorized");
            problem.setProperty("code", "webhook-unauthorized");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .header("WWW-Authenticate", "Bearer").body(problem);
        }
        if (body == null || body.isBlank()) {
            throw new SyncEvent.Malformed("empty body");
        }
        var outcome = intake.accept(kind, body);
        return ResponseEntity.ok(Map.of("outcome", outcome.name()));
    }

    private boolean authentic(String authorization) {
        var secret = properties.webhook().secret();
        if (!StringUtils.hasText(secret) || authorization == null) {
            return false;
        }
        var expected = ("Bearer " + secret).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, authorization.trim().getBytes(StandardCharsets.UTF_8));
    }
}
