package vn.chibo.identity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the single-page application does over HTTP: keeps its cookies (whatever node answers; Secure cookies
 * too, as browsers do on localhost), and sends the XSRF-TOKEN cookie back as the X-XSRF-TOKEN header.
 */
class Browser {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    final Map<String, String> cookies = new LinkedHashMap<>();
    final List<String> setCookieHeaders = new java.util.ArrayList<>();
    String baseUrl;

    Browser(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    record Answer(int status, HttpHeaders headers, String body) {

        JsonNode json() {
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        }

        String code() {
            return json().path("code").asString();
        }
    }

    Answer get(String path) {
        return send("GET", path, null);
    }

    Answer post(String path, Object body) {
        return send("POST", path, body);
    }

    Answer patch(String path, Object body) {
        return send("PATCH", path, body);
    }

    Answer delete(String path) {
        return send("DELETE", path, null);
    }

    /** GET /api/session first, as the application does on load, so that the CSRF cookie is there. */
    Answer login(String username, String password) {
        if (!cookies.containsKey("XSRF-TOKEN")) {
            get("/api/session");
        }
        return post("/api/auth/login", Map.of("username", username, "password", password));
    }

    String session() {
        return cookies.get("CHIBO_SESSION");
    }

    Answer send(String method, String path, Object body) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        if (cookies.containsKey("XSRF-TOKEN") && !method.equals("GET")) {
            request.header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
        }
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (var header : response.headers().allValues("Set-Cookie")) {
                setCookieHeaders.add(header);
                var pair = header.split(";", 2)[0];
                var name = pair.substring(0, pair.indexOf('='));
                var value = pair.substring(pair.indexOf('=') + 1);
                if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
                    cookies.remove(name);
                }
                else {
                    cookies.put(name, value);
                }
            }
            return new Answer(response.statusCode(), response.headers(), response.body());
        }
        catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
