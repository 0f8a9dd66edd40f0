package vn.chibo.conferencing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for Prosody's HTTP endpoints (mod_muc_size, mod_muc_census) on 127.0.0.1, answering as
 * JITSI.md section 3 says: {@code /room-size} → {@code {"participants": N}} or 404, {@code /room} → a list,
 * {@code /room-census} → {@code {"room_census": [...]}}; or, on demand, 403, slowness or garbage.
 */
final class FakeProsody implements AutoCloseable {

    enum Mode { NORMAL, FORBIDDEN, SLOW, GARBAGE, SERVER_ERROR }

    final Map<String, Integer> rooms = new ConcurrentHashMap<>();
    final AtomicInteger requests = new AtomicInteger();
    volatile Mode mode = Mode.NORMAL;
    volatile long slowMillis = 1500;
    private final HttpServer server;

    FakeProsody() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            switch (mode) {
                case FORBIDDEN -> {
                    answer(exchange, 403, "");
                    return;
                }
                case SERVER_ERROR -> {
                    answer(exchange, 500, "");
                    return;
                }
                case GARBAGE -> {
                    answer(exchange, 200, "<html>not json</html>");
                    return;
                }
                case SLOW -> sleep();
                case NORMAL -> {
                }
            }
            var path = exchange.getRequestURI().getPath();
            var query = exchange.getRequestURI().getQuery() == null ? "" : exchange.getRequestURI().getQuery();
            var room = param(query, "room");
            switch (path) {
                case "/room-size" -> {
                    if (!"meet.jitsi".equals(param(query, "domain")) || !rooms.containsKey(room)) {
                        answer(exchange, 404, "");
                    } else {
                        answer(exchange, 200, "{\"participants\":" + rooms.get(room) + "}");
                    }
                }
                case "/room" -> {
                    if (!rooms.containsKey(room)) {
                        answer(exchange, 404, "");
                    } else {
                        var list = new StringBuilder("[");
                        for (int i = 0; i < rooms.get(room); i++) {
                            list.append(i == 0 ? "" : ",").append("{\"jid\":\"u").append(i)
                                    .append("@meet.jitsi/abcd\",\"email\":null,\"display_name\":\"Người ").append(i).append("\"}");
                        }
                        answer(exchange, 200, list.append("]").toString());
                    }
                }
                case "/room-census" -> {
                    var list = new StringBuilder("{\"room_census\":[");
                    var first = true;
                    for (var each : rooms.entrySet()) {
                        list.append(first ? "" : ",").append("{\"room_name\":\"").append(each.getKey())
                                .append("@conference.meet.jitsi\",\"participants\":").append(each.getValue())
                                .append(",\"created_time\":1796301900,\"leaked\":false}");
                        first = false;
                    }
                    answer(exchange, 200, list.append("]}").toString());
                }
                default -> answer(exchange, 404, "");
            }
        }
    }

    private void sleep() {
        try {
            Thread.sleep(slowMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String param(String query, String name) {
        for (var pair : query.split("&")) {
            var eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
