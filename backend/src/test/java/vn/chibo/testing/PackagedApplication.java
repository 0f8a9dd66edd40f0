package vn.chibo.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code backend/target/chibo.jar}) running as its own process on a free port,
 * with a database and Redis key prefix of its own — the way an operator runs it. Used by the end-to-end
 * tests and by tests that need several nodes or to kill one.
 */
public final class PackagedApplication implements AutoCloseable {

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private PackagedApplication(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the jar and waits until it reports healthy. */
    public static PackagedApplication start(String name, Path jar, String database, String redisPrefix,
            Map<String, String> extraEnvironment) throws IOException, InterruptedException {
        return start(name, jar, database, redisPrefix, extraEnvironment, List.of("-Xmx512m", "-XX:TieredStopAtLevel=1"));
    }

    /** The same with the JVM options of one's choice (a benchmark runs it as an operator would). */
    public static PackagedApplication start(String name, Path jar, String database, String redisPrefix,
            Map<String, String> extraEnvironment, List<String> jvmOptions) throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged application at " + jar + ": run `./mvnw package` first");
        }
        var port = freePort();
        var log = jar.getParent().resolve("e2e").resolve(name + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("DATABASE_URL", TestServices.jdbcUrl(database));
        env.put("DATABASE_USERNAME", TestServices.username());
        env.put("DATABASE_PASSWORD", TestServices.password());
        env.put("REDIS_URL", TestServices.redisUrl());
        env.put("REDIS_KEY_PREFIX", redisPrefix);
        env.put("SERVER_PORT", String.valueOf(port));
        env.put("TOTP_ENCRYPTION_KEY", TestServices.TOTP_ENCRYPTION_KEY);
        env.put("DATABASE_POOL_SIZE", "8");
        env.putAll(extraEnvironment);
        var app = new PackagedApplication(name, builder.start(), port, log);
        app.awaitHealthy(Duration.ofSeconds(120));
        return app;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    /** The operating system's id of the process (for {@code jcmd}). */
    public long pid() {
        return process.pid();
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    /** Ends the process the way a crash does: no shutdown hooks, no goodbyes. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private void awaitHealthy(Duration timeout) throws IOException, InterruptedException {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " before it was healthy:\n"
                        + tail());
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            }
            catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException(name + " was not healthy within " + timeout + ":\n" + tail());
    }

    private String tail() throws IOException {
        var lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Environment for a child process, starting from this one's. */
    public static Map<String, String> environment(String... keyValues) {
        var env = new HashMap<String, String>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            env.put(keyValues[i], keyValues[i + 1]);
        }
        return env;
    }
}
