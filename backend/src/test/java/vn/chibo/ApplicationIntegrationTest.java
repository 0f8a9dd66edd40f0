package vn.chibo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.chibo.shared.redis.RedisKeySpace;
import vn.chibo.testing.TestRun;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicationIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    RedisKeySpace keySpace;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthIsUpWithTheDatabaseAndRedis() throws Exception {
        var health = getJson("/actuator/health");
        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("db").path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("redis").path("status").asString()).isEqualTo("UP");
        assertThat(getJson("/actuator/health/readiness").path("status").asString()).isEqualTo("UP");
        assertThat(getJson("/actuator/health/liveness").path("status").asString()).isEqualTo("UP");
    }

    @Test
    void theTestRunHasItsOwnDatabaseAndRedisKeySpace() throws Exception {
        assertThat(keySpace.keyPrefix()).isEqualTo(TestRun.REDIS_PREFIX);
        redis.opsForValue().set(keySpace.key("probe"), "x");
        assertThat(redis.hasKey(TestRun.REDIS_PREFIX + "probe")).isTrue();
        assertThat(jdbc.sql("select current_database()").query(String.class).single()).isEqualTo(TestRun.DATABASE);
    }

    @Test
    void theHomePageIsTheBuiltUserInterface() throws Exception {
        var home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(home.body()).contains("<div id=\"root\">");
    }

    @Test
    void clientSideRoutesAreServedTheUserInterfaceToo() throws Exception {
        var deepLink = get("/meetings/2026-12");
        assertThat(deepLink.statusCode()).isEqualTo(200);
        assertThat(deepLink.body()).contains("<div id=\"root\">");
    }

    @Test
    void aMissingAssetIsNotFoundRatherThanThePage() throws Exception {
        assertThat(get("/assets/does-not-exist.js").statusCode()).isEqualTo(404);
    }

    @Test
    void appInfoIsPublic() throws Exception {
        var info = getJson("/api/app-info");
        assertThat(info.path("name").asString()).isEqualTo("Chi bộ trực tuyến");
        assertThat(info.path("demo").asBoolean()).isFalse();
    }

    @Test
    void anAnonymousSessionSaysSo() throws Exception {
        assertThat(getJson("/api/session").path("authenticated").asBoolean()).isFalse();
    }

    @Test
    void theApiRefusesAnonymousCallersWithAProblemDetail() throws Exception {
        var response = get("/api/organisation/units");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        var problem = json.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(401);
        assertThat(problem.path("code").asString()).isEqualTo("authentication-required");
    }

    @Test
    void aChangeWithoutCsrfTokenIsRefusedWithAProblemDetail() throws Exception {
        var response = http.send(HttpRequest.newBuilder(uri("/api/app-info"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json.readTree(response.body()).path("code").asString()).isEqualTo("csrf-token-invalid");
    }

    @Test
    void requestsOutsideTheApiAndTheUserInterfaceAreDenied() throws Exception {
        var response = http.send(HttpRequest.newBuilder(uri("/something")).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isIn(401, 403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void theOpenApiDescriptionListsThePublicEndpoints() throws Exception {
        var api = getJson("/v3/api-docs");
        assertThat(api.path("paths").has("/api/app-info")).isTrue();
        assertThat(api.path("paths").has("/api/session")).isTrue();
        assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }

    @Test
    void prometheusMetricsAreExposed() throws Exception {
        var metrics = get("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void responsesCarrySecurityHeaders() throws Exception {
        var home = get("/");
        assertThat(home.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode getJson(String path) throws Exception {
        var response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
