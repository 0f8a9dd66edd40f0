package vn.chibo.conferencing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prosody's room REST endpoints (JITSI.md section 3: mod_muc_size, mod_muc_census), on the internal network.
 * Connect and read timeouts on every call and a {@link CircuitBreaker} in front: a Jitsi that is down or slow
 * costs at most a few timeouts, then calls fail at once until it is tried again. 404 means "no such room" and
 * is an answer, not a failure; anything else unexpected (403, 5xx, timeout, garbage) is a failure.
 */
@Component
class JitsiRoomClient {

    /** Jitsi could not be asked (or the breaker is open); the caller carries on without its answer. */
    static final class JitsiUnavailable extends RuntimeException {
        JitsiUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** {@code display_name} and {@code email} are what the client sent: never trusted for attendance. */
    record Participant(String jid, String email, String displayName) {
    }

    record CensusEntry(String roomName, int participants, long createdTime, boolean leaked) {
    }

    private final JitsiProperties.Rest settings;
    private final String xmppDomain;
    private final JsonMapper json;
    private final CircuitBreaker breaker;
    private final HttpClient http;

    @Autowired
    JitsiRoomClient(JitsiProperties properties, JsonMapper json, Clock clock) {
        this(properties.rest(), properties.effectiveXmppDomain(), json, clock);
    }

    JitsiRoomClient(JitsiProperties.Rest settings, String xmppDomain, JsonMapper json, Clock clock) {
        this.settings = settings;
        this.xmppDomain = xmppDomain;
        this.json = json;
        this.breaker = new CircuitBreaker(settings.failuresToOpen(), settings.openFor(), clock);
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    boolean configured() {
        return StringUtils.hasText(settings.baseUrl());
    }

    CircuitBreaker.State breakerState() {
        return breaker.state();
    }

    /** {@code /room-size}: participants in the room (focus excluded), empty when Jitsi has no such room. */
    OptionalInt roomSize(String room) {
        return call("/room-size?room=" + encode(room) + "&domain=" + encode(xmppDomain), body -> {
            var participants = body.path("participants");
            if (!participants.isNumber()) {
                throw new IllegalArgumentException("no participants field");
            }
            return OptionalInt.of(participants.asInt());
        }).orElse(OptionalInt.empty());
    }

    /** {@code /room}: who is in the room as the clients describe themselves; empty when no such room. */
    Optional<List<Participant>> room(String room) {
        return call("/room?room=" + encode(room) + "&domain=" + encode(xmppDomain), body -> {
            if (!body.isArray()) {
                throw new IllegalArgumentException("not a list");
            }
            var list = new ArrayList<Participant>();
            for (var each : body) {
                list.add(new Participant(each.path("jid").asString(null), each.path("email").asString(null),
                        each.path("display_name").asString(null)));
            }
            return List.copyOf(list);
        });
    }

    /** {@code /room-census}: every room Prosody holds now. */
    List<CensusEntry> census() {
        return call("/room-census", body -> {
            var rooms = body.path("room_census");
            if (!rooms.isArray()) {
                throw new IllegalArgumentException("no room_census list");
            }
            var list = new ArrayList<CensusEntry>();
            for (var each : rooms) {
                list.add(new CensusEntry(each.path("room_name").asString(""), each.path("participants").asInt(0),
                        each.path("created_time").asLong(0), each.path("leaked").asBoolean(false)));
            }
            return List.<CensusEntry>copyOf(list);
        }).orElse(List.of());
    }

    private interface Reader<T> {
        T read(JsonNode body);
    }

    private <T> Optional<T> call(String pathAndQuery, Reader<T> reader) {
        if (!configured()) {
            throw new JitsiUnavailable("JITSI_REST_URL is not set", null);
        }
        if (!breaker.tryAcquire()) {
            throw new JitsiUnavailable("Jitsi's room API failed repeatedly; not asking again yet", null);
        }
        try {
            var request = HttpRequest.newBuilder(URI.create(stripSlash(settings.baseUrl()) + pathAndQuery))
                    .timeout(settings.readTimeout()).header("Accept", "application/json").GET().build();
            var response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() == 404) {
                breaker.succeeded();
                return Optional.empty();
            }
            if (response.statusCode() != 200) {
                throw new IOException("answered " + response.statusCode());
            }
            var result = reader.read(json.readTree(response.body()));
            breaker.succeeded();
            return Optional.of(result);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            breaker.failed();
            throw new JitsiUnavailable("interrupted", e);
        } catch (IOException | RuntimeException e) {
            breaker.failed();
            throw new JitsiUnavailable("Jitsi's room API at " + settings.baseUrl() + " failed: " + e.getMessage(), e);
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
