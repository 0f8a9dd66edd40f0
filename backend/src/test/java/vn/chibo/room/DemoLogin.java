package vn.chibo.room;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.JsonNode;

/** Logs a demo account in over real HTTP, as the single-page application does: password, then the TOTP code. */
final class DemoLogin {

    static final String PASSWORD = "ChiBo@2026!";

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final String baseUrl;

    private DemoLogin(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The CHIBO_SESSION cookie of a logged-in session (valid on every node: sessions live in Redis). */
    static DemoLogin as(String baseUrl, String username, String totpSecret) throws Exception {
        var login = new DemoLogin(baseUrl);
        login.send("GET", "/api/session", null);
        var status = login.send("POST", "/api/auth/login", Map.of("username", username, "password", PASSWORD));
        if ("SECOND_FACTOR_REQUIRED".equals(status.path("status").asString())) {
            status = login.send("POST", "/api/auth/second-factor", Map.of("code", totp(totpSecret)));
        }
        if (!"AUTHENTICATED".equals(status.path("status").asString())) {
            throw new IllegalStateException("login of " + username + " answered " + status);
        }
        return login;
    }

    String session() {
        return cookies.get("CHIBO_SESSION");
    }

    JsonNode get(String path) throws Exception {
        return send("GET", path, null);
    }

    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private JsonNode send(String method, String path, Object body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(RoomClient.JSON.writeValueAsString(body)))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        if (cookies.containsKey("XSRF-TOKEN") && !method.equals("GET")) {
            request.header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
        }
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (var header : response.headers().allValues("Set-Cookie")) {
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
        return response.body() == null || response.body().isBlank() ? RoomClient.JSON.createObjectNode()
                : RoomClient.JSON.readTree(response.body());
    }

    /** RFC 6238: HMAC-SHA1, 30 s steps, 6 digits. */
    static String totp(String base32Secret) throws Exception {
        var mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(base32(base32Secret), "HmacSHA1"));
        var hash = mac.doFinal(ByteBuffer.allocate(8).putLong(Instant.now().getEpochSecond() / 30).array());
        var offset = hash[hash.length - 1] & 0xf;
        var binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16) | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        return String.format("%06d", binary % 1_000_000);
    }

    private static byte[] base32(String secret) {
        var alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (var c : secret.replace("=", "").toUpperCase().toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
