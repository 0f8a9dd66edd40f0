package vn.chibo.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.chibo.testing.PackagedApplication;
import vn.chibo.testing.TestServices;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the browser story (frontend/e2e, Node's test runner driving Debian's Chromium through playwright-core)
 * against the packaged application started with the demo profile, in a database and Redis key space of its
 * own that are removed afterwards.
 */
class BrowserStoryIT {

    static final String RUN = TestServices.newRunId();
    static final String DATABASE = "chibo_e2e_" + RUN;
    static final String REDIS_PREFIX = "chibo:e2e:" + RUN + ":";
    static final Path JAR = Path.of(System.getProperty("chibo.e2e.jar", "target/chibo.jar")).toAbsolutePath();
    static final Path FRONTEND = Path.of(System.getProperty("chibo.e2e.frontend", "../frontend")).toAbsolutePath().normalize();

    /** Port 9 (discard) on this machine: connections are refused at once. */
    static final String UNREACHABLE_JITSI = "127.0.0.1:9";

    static PackagedApplication app;

    @BeforeAll
    static void startTheApplication() throws Exception {
        TestServices.createDatabase(DATABASE);
        app = PackagedApplication.start("e2e-app", JAR, DATABASE, REDIS_PREFIX,
                PackagedApplication.environment("SPRING_PROFILES_ACTIVE", "demo",
                        // video configured, but nothing answers there: the room must say so and work on
                        "JITSI_DOMAIN", UNREACHABLE_JITSI, "JITSI_APP_SECRET", "story-secret-shared-with-no-prosody-at-all"));
    }

    @AfterAll
    static void stopAndCleanUp() throws Exception {
        try {
            if (app != null) {
                app.close();
            }
        }
        finally {
            TestServices.dropDatabase(DATABASE);
            TestServices.deleteRedisKeys(REDIS_PREFIX);
        }
    }

    @Test
    void theStoryOfOneMonthOfACellPlaysInARealBrowser() throws Exception {
        var screenshots = JAR.getParent().resolve("e2e");
        Files.createDirectories(screenshots);
        var node = new ProcessBuilder("node", "--test", "--test-concurrency=1", "--test-reporter=spec", "e2e/")
                .directory(FRONTEND.toFile())
                .redirectErrorStream(true)
                .redirectOutput(screenshots.resolve("story.log").toFile());
        node.environment().put("BASE_URL", app.baseUrl());
        node.environment().put("SCREENSHOT_DIR", screenshots.toString());
        node.environment().put("STORY_VIDEO", "unreachable");
        var process = node.start();
        var finished = process.waitFor(20, TimeUnit.MINUTES);
        var output = Files.readString(screenshots.resolve("story.log"));
        System.out.println(output);
        assertThat(finished).as("the browser story finished in time").isTrue();
        assertThat(process.exitValue()).as("the browser story passed:%n%s", output).isZero();
        assertThat(screenshots.resolve("home-vi.png")).exists();
    }

    @Test
    void theDemoProfileSeededAndPrintedItsSummary() throws Exception {
        assertThat(app.log()).contains("=== Demo data (profile 'demo') ===");
    }
}
