package vn.chibo.identity;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

import vn.chibo.ChiboApplication;
import vn.chibo.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.identity.InMemoryOrganisation.CITY;
import static vn.chibo.identity.InMemoryOrganisation.XAYDUNG;
import static vn.chibo.identity.TestAccounts.PASSWORD;
import static vn.chibo.identity.TestAccounts.grant;

/**
 * Two application nodes (this test's context and a second one started beside it on another port) sharing the
 * test database and Redis key prefix, as behind a load balancer without sticky sessions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = IdentityTestProperties.ALL)
@Import(InMemoryOrganisation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionsAcrossNodesIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    ConfigurableApplicationContext nodeB;
    TestAccounts make;

    @BeforeAll
    void startTheSecondNode() {
        make = new TestAccounts(context);
        nodeB = startNode();
    }

    @AfterAll
    void stopTheSecondNode() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    private static ConfigurableApplicationContext startNode() {
        return new SpringApplicationBuilder(ChiboApplication.class, InMemoryOrganisation.class)
                .properties("spring.main.banner-mode=off")
                .run("--server.port=0", "--" + IdentityTestProperties.ALL);
    }

    private static String url(ConfigurableApplicationContext node) {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private String nodeA() {
        return "http://127.0.0.1:" + port;
    }

    @Test
    void aSessionStartedOnOneNodeIsValidOnTheOther() {
        var secretary = make.make("Bí thư Hai Nút", XAYDUNG, true, grant(Role.SECRETARY, XAYDUNG));
        var browser = new Browser(nodeA());
        assertThat(browser.login(secretary.username(), PASSWORD).json().path("status").asString())
                .isEqualTo("SECOND_FACTOR_REQUIRED");
        browser.baseUrl = url(nodeB); // the second step lands on the other node
        assertThat(browser.post("/api/auth/second-factor", Map.of("code", secretary.code(0))).json().path("status")
                .asString()).isEqualTo("AUTHENTICATED");
        browser.baseUrl = nodeA();
        var session = browser.get("/api/session").json();
        assertThat(session.path("authenticated").asBoolean()).isTrue();
        assertThat(session.path("user").path("username").asString()).isEqualTo(secretary.username());
    }

    @Test
    void aSessionSurvivesARestartOfTheNodeThatIssuedIt() {
        var member = make.make("Khởi Động Lại", XAYDUNG, false);
        var node = startNode();
        var browser = new Browser(url(node));
        assertThat(browser.login(member.username(), PASSWORD).status()).isEqualTo(200);
        node.close();

        var restarted = startNode();
        try {
            browser.baseUrl = url(restarted);
            assertThat(browser.get("/api/session").json().path("user").path("username").asString())
                    .isEqualTo(member.username());
        }
        finally {
            restarted.close();
        }
    }

    @Test
    void logoutEverywhereEndsTheSessionsOnEveryNode() {
        var admin = make.make("Đăng Xuất Hết", XAYDUNG, true, grant(Role.ADMIN, CITY));
        var phone = new Browser(nodeA());
        phone.login(admin.username(), PASSWORD);
        phone.post("/api/auth/second-factor", Map.of("code", admin.code(-1)));
        var laptop = new Browser(url(nodeB));
        laptop.login(admin.username(), PASSWORD);
        laptop.post("/api/auth/second-factor", Map.of("code", admin.code(0)));
        var bystander = make.make("Người Ngoài", XAYDUNG, false);
        var other = new Browser(url(nodeB));
        other.login(bystander.username(), PASSWORD);
        assertThat(phone.get("/api/session").json().path("authenticated").asBoolean()).isTrue();
        assertThat(laptop.get("/api/session").json().path("authenticated").asBoolean()).isTrue();

        assertThat(laptop.post("/api/auth/logout-everywhere", Map.of()).status()).isEqualTo(204);

        for (var base : new String[] { nodeA(), url(nodeB) }) {
            phone.baseUrl = base;
            laptop.baseUrl = base;
            assertThat(phone.get("/api/session").json().path("authenticated").asBoolean()).as(base).isFalse();
            assertThat(laptop.get("/api/session").json().path("authenticated").asBoolean()).as(base).isFalse();
        }
        assertThat(other.get("/api/session").json().path("authenticated").asBoolean()).isTrue();
    }
}
