package vn.chibo.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/** Every YAML file in infra/ parses, and the deployment descriptions keep the properties the product needs. */
class InfraManifestsTest {

    static final Path INFRA = Path.of("..", "infra").toAbsolutePath().normalize();

    @Test
    void everyYamlFileInInfraParses() throws IOException {
        var files = yamlFiles();
        assertThat(files).isNotEmpty();
        for (var file : files) {
            assertThat(documents(file)).as(file.toString()).isNotEmpty();
        }
    }

    @Test
    void composeRunsTwoAppNodesBehindAProxyWithPostgresAndRedis() throws IOException {
        var services = map(documents(INFRA.resolve("compose.yaml")).get(0).get("services"));
        assertThat(services).containsKeys("postgres", "redis", "app1", "app2", "proxy");
        var nginx = Files.readString(INFRA.resolve("nginx/nginx.conf"));
        assertThat(nginx).contains("app1").contains("app2").containsIgnoringCase("upgrade");
    }

    @Test
    void kubernetesRunsAtLeastTwoReplicasProbedOnActuatorHealth() throws IOException {
        var deployment = documents(INFRA.resolve("k8s/deployment.yaml")).get(0);
        var spec = map(deployment.get("spec"));
        assertThat((Integer) spec.get("replicas")).isGreaterThanOrEqualTo(2);
        var container = map(((List<?>) map(map(spec.get("template")).get("spec")).get("containers")).get(0));
        assertThat(path(container, "readinessProbe")).isEqualTo("/actuator/health/readiness");
        assertThat(path(container, "livenessProbe")).isEqualTo("/actuator/health/liveness");
    }

    @Test
    void theIngressKeepsWebSocketsOpen() throws IOException {
        var ingress = documents(INFRA.resolve("k8s/ingress.yaml")).get(0);
        var annotations = map(map(ingress.get("metadata")).get("annotations"));
        assertThat(annotations).containsKey("nginx.ingress.kubernetes.io/proxy-read-timeout");
        assertThat(Integer.parseInt(String.valueOf(annotations.get("nginx.ingress.kubernetes.io/proxy-read-timeout"))))
                .isGreaterThanOrEqualTo(3600);
    }

    private static Object path(Map<String, Object> container, String probe) {
        return map(map(container.get(probe)).get("httpGet")).get("path");
    }

    private static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(INFRA)) {
            return walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        }
    }

    private static List<Map<String, Object>> documents(Path file) throws IOException {
        var result = new ArrayList<Map<String, Object>>();
        for (Object document : new Yaml(new LoaderOptions()).loadAll(Files.readString(file))) {
            if (document != null) {
                result.add(map(document));
            }
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
