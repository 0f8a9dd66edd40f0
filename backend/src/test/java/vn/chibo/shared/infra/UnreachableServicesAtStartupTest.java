package vn.chibo.shared.infra;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import vn.chibo.ChiboApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A wrong DATABASE_URL or a stopped Redis stops start-up at once, with one line naming the service and the fix. */
@ExtendWith(OutputCaptureExtension.class)
class UnreachableServicesAtStartupTest {

    @Test
    void aWrongDatabaseUrlFailsFastNamingPostgresAndHowToStartIt(CapturedOutput output) throws IOException {
        var closedPort = closedPort();
        var started = System.nanoTime();
        assertThatThrownBy(() -> start("--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + closedPort + "/chibo"))
                .isInstanceOf(Exception.class);
        assertThat(elapsedSeconds(started)).isLessThan(45);
        assertThat(output.getOut() + output.getErr()).containsPattern(
                "PostgreSQL is unreachable at jdbc:postgresql://127.0.0.1:" + closedPort
                        + "/chibo \\(.*\\): start it with `pg_ctlcluster .*` .*or point DATABASE_URL at a running server");
    }

    @Test
    void aStoppedRedisFailsFastNamingRedisAndHowToStartIt(CapturedOutput output) throws IOException {
        var closedPort = closedPort();
        var started = System.nanoTime();
        assertThatThrownBy(() -> start("--spring.data.redis.url=redis://127.0.0.1:" + closedPort))
                .isInstanceOf(Exception.class);
        assertThat(elapsedSeconds(started)).isLessThan(45);
        assertThat(output.getOut() + output.getErr()).containsPattern(
                "Redis is unreachable at 127.0.0.1:" + closedPort
                        + " \\(.*\\): start it with `redis-server .*` .*or point REDIS_URL at a running server");
    }

    private static void start(String... args) {
        new SpringApplicationBuilder(ChiboApplication.class)
                .properties("server.port=0", "spring.main.banner-mode=off")
                .run(args)
                .close();
    }

    private static int closedPort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static double elapsedSeconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
