package vn.chibo.identity;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.StringRedisTemplate;

import vn.chibo.shared.redis.RedisKeySpace;
import vn.chibo.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.identity.InMemoryOrganisation.AUDITED;
import static vn.chibo.identity.InMemoryOrganisation.CITY;
import static vn.chibo.identity.InMemoryOrganisation.KP3_GROUP_1;
import static vn.chibo.identity.InMemoryOrganisation.XAYDUNG;
import static vn.chibo.identity.TestAccounts.PASSWORD;
import static vn.chibo.identity.TestAccounts.grant;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = IdentityTestProperties.ALL)
@Import(InMemoryOrganisation.class)
class LoginIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    RedisKeySpace keys;

    @Autowired
    Accounts accounts;

    TestAccounts make;
    Browser browser;

    @BeforeEach
    void setUp() {
        make = new TestAccounts(context);
        browser = new Browser("http://127.0.0.1:" + port);
    }

    @Test
    void theCsrfCookieIsIssuedOnTheFirstGetAndTheLoginWorksWithIt() {
        var member = make.make("Nguyễn Văn Đảng", XAYDUNG, false);
        var first = browser.get("/api/session");
        assertThat(first.status()).isEqualTo(200);
        assertThat(browser.cookies).containsKey("XSRF-TOKEN");

        var login = browser.login(member.username(), PASSWORD);
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().path("status").asString()).isEqualTo("AUTHENTICATED");
        var session = browser.get("/api/session").json();
        assertThat(session.path("authenticated").asBoolean()).isTrue();
        assertThat(session.path("user").path("username").asString()).isEqualTo(member.username());
        assertThat(session.path("user").path("memberId").asString()).isEqualTo(member.member().id().toString());
        assertThat(session.path("user").path("secondFactorEnrolled").asBoolean()).isFalse();
    }

    @Test
    void aLoginWithoutTheCsrfHeaderIsRefused() {
        var member = make.make("Trần Thị Lan", XAYDUNG, false);
        var answer = browser.post("/api/auth/login", Map.of("username", member.username(), "password", PASSWORD));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.code()).isEqualTo("csrf-token-invalid");
    }

    @Test
    void theSessionCookieIsHttpOnlySecureAndSameSiteAndChangesAtLogin() {
        var member = make.make("Lê Văn Bình", XAYDUNG, false);
        browser.get("/api/session");
        browser.post("/api/auth/login", Map.of("username", member.username(), "password", "wrong-password-1"));
        var before = browser.session();
        browser.login(member.username(), PASSWORD);
        assertThat(browser.session()).isNotNull().isNotEqualTo(before);
        assertThat(browser.setCookieHeaders).filteredOn(h -> h.startsWith("CHIBO_SESSION=")).last()
                .satisfies(h -> assertThat(h).contains("HttpOnly").contains("Secure").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void wrongCredentialsAreRefusedAndAudited() {
        var member = make.make("Phạm Văn Cường", XAYDUNG, false);
        var answer = browser.login(member.username(), "not-the-password");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("bad-credentials");
        assertThat(browser.login("nobody-" + member.username(), PASSWORD).code()).isEqualTo("bad-credentials");
        assertThat(AUDITED).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("login-failed");
            assertThat(e.objectId()).isEqualTo(member.id().toString());
        });
    }

    @Test
    void R6_aRoleThatRequiresASecondFactorCannotLogInWithThePasswordAlone() {
        var secretary = make.make("Bí thư Hoa", XAYDUNG, true, grant(Role.SECRETARY, XAYDUNG));
        var login = browser.login(secretary.username(), PASSWORD);
        assertThat(login.json().path("status").asString()).isEqualTo("SECOND_FACTOR_REQUIRED");

        var halfWay = browser.get("/api/session").json();
        assertThat(halfWay.path("authenticated").asBoolean()).isFalse();
        assertThat(halfWay.path("pending").asString()).isEqualTo("SECOND_FACTOR_REQUIRED");
        assertThat(browser.get("/api/accounts").status()).isEqualTo(401);
        assertThat(browser.post("/api/auth/logout-everywhere", Map.of()).status()).isEqualTo(401);

        var wrong = browser.post("/api/auth/second-factor", Map.of("code", "000000".equals(secretary.code(0)) ? "111111" : "000000"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.code()).isEqualTo("bad-second-factor");

        var sessionBefore = browser.session();
        var second = browser.post("/api/auth/second-factor", Map.of("code", secretary.code(0)));
        assertThat(second.json().path("status").asString()).isEqualTo("AUTHENTICATED");
        assertThat(browser.session()).isNotEqualTo(sessionBefore);
        var session = browser.get("/api/session").json();
        assertThat(session.path("authenticated").asBoolean()).isTrue();
        assertThat(session.path("user").path("roles").get(0).path("role").asString()).isEqualTo("SECRETARY");
        assertThat(session.path("user").path("roles").get(0).path("orgUnitName").asString()).isEqualTo("Chi bộ Xây dựng");
        assertThat(AUDITED).anySatisfy(e -> assertThat(e.action() + e.objectId()).isEqualTo("login-succeeded" + secretary.id()));
    }

    @Test
    void R6_aRoleThatRequiresASecondFactorMustEnrolOneBeforeTheLoginCompletes() {
        var reviewer = make.make("Kiểm tra Minh", XAYDUNG, false, grant(Role.REVIEWER, CITY));
        assertThat(browser.login(reviewer.username(), PASSWORD).json().path("status").asString())
                .isEqualTo("ENROLMENT_REQUIRED");
        assertThat(browser.get("/api/session").json().path("authenticated").asBoolean()).isFalse();

        var enrolment = browser.post("/api/auth/totp/enrolment", Map.of()).json();
        var secret = enrolment.path("secret").asString();
        assertThat(enrolment.path("otpauthUri").asString())
                .startsWith("otpauth://totp/Chi%20b%E1%BB%99%20tr%E1%BB%B1c%20tuy%E1%BA%BFn:" + reviewer.username())
                .contains("secret=" + secret);
        var code = Totp.STANDARD.code(Base32.decode(secret), Totp.stepAt(java.time.Instant.now()));
        var confirmed = browser.post("/api/auth/totp/enrolment/confirm", Map.of("code", code)).json();
        assertThat(confirmed.path("recoveryCodes")).hasSize(10);
        assertThat(confirmed.path("recoveryCodes").get(0).asString()).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{2}");
        assertThat(confirmed.path("status").asString()).isEqualTo("AUTHENTICATED");
        assertThat(browser.get("/api/session").json().path("user").path("secondFactorEnrolled").asBoolean()).isTrue();
        assertThat(accounts.byId(reviewer.id()).orElseThrow().totpSecret()).startsWith("v1:").doesNotContain(secret);

        // a recovery code works once
        var recovery = confirmed.path("recoveryCodes").get(3).asString();
        var again = new Browser(browser.baseUrl);
        again.login(reviewer.username(), PASSWORD);
        assertThat(again.post("/api/auth/second-factor", Map.of("code", recovery)).json().path("status").asString())
                .isEqualTo("AUTHENTICATED");
        var third = new Browser(browser.baseUrl);
        third.login(reviewer.username(), PASSWORD);
        assertThat(third.post("/api/auth/second-factor", Map.of("code", recovery)).status()).isEqualTo(401);
    }

    @Test
    void R6_aGroupLeaderAndAPlainMemberNeedNoSecondFactor() {
        var leader = make.make("Tổ trưởng An", KP3_GROUP_1, false, grant(Role.GROUP_LEADER, KP3_GROUP_1));
        assertThat(browser.login(leader.username(), PASSWORD).json().path("status").asString()).isEqualTo("AUTHENTICATED");
    }

    @Test
    void aTotpCodeIsAcceptedOnlyOnce() {
        var admin = make.make("Quản trị Tâm", XAYDUNG, true, grant(Role.ADMIN, CITY));
        var code = admin.code(0);
        browser.login(admin.username(), PASSWORD);
        assertThat(browser.post("/api/auth/second-factor", Map.of("code", code)).status()).isEqualTo(200);
        var other = new Browser(browser.baseUrl);
        other.login(admin.username(), PASSWORD);
        var replay = other.post("/api/auth/second-factor", Map.of("code", code));
        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.code()).isEqualTo("bad-second-factor");
    }

    @Test
    void twentyWrongPasswordsInARowAreThrottled() {
        var member = make.make("Võ Văn Dũng", XAYDUNG, false);
        for (int i = 0; i < 20; i++) {
            assertThat(browser.login(member.username(), "wrong-" + i).status()).as("attempt %d", i + 1).isEqualTo(401);
        }
        var throttled = browser.login(member.username(), PASSWORD);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.code()).isEqualTo("too-many-attempts");
        assertThat(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 15 * 60L);
        assertThat(AUDITED).anySatisfy(e -> assertThat(e.action() + e.objectId()).isEqualTo("login-throttled" + member.id()));
    }

    @Test
    void nineteenWrongPasswordsThenTheRightOneStartTheCountAgain() {
        var member = make.make("Đỗ Thị Em", XAYDUNG, false);
        for (int i = 0; i < 19; i++) {
            browser.login(member.username(), "wrong-" + i);
        }
        assertThat(new Browser(browser.baseUrl).login(member.username(), PASSWORD).status()).isEqualTo(200);
        for (int i = 0; i < 19; i++) {
            assertThat(browser.login(member.username(), "wrong-" + i).status()).isEqualTo(401);
        }
        assertThat(new Browser(browser.baseUrl).login(member.username(), PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void afterTheLockThresholdTheAccountIsLockedUntilAnAdministratorUnlocksIt() {
        var member = make.make("Hồ Văn Giang", XAYDUNG, false);
        for (int i = 0; i < 40; i++) {
            if (i == 20) {
                // the throttle window passes: its counter expires, the account's run of failures does not
                redis.delete(keys.key("identity", "login-failures", "account", member.id().toString()));
            }
            assertThat(browser.login(member.username(), "wrong-" + i).status()).isEqualTo(401);
        }
        var locked = browser.login(member.username(), PASSWORD);
        assertThat(locked.status()).isEqualTo(423);
        assertThat(locked.code()).isEqualTo("account-locked");
        assertThat(AUDITED).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("account-locked");
            assertThat(e.actorAccountId()).isEqualTo(member.id());
        });

        var admin = make.make("Quản trị Hùng", XAYDUNG, true, grant(Role.ADMIN, CITY));
        var adminBrowser = new Browser(browser.baseUrl);
        adminBrowser.login(admin.username(), PASSWORD);
        adminBrowser.post("/api/auth/second-factor", Map.of("code", admin.code(0)));
        assertThat(adminBrowser.post("/api/accounts/" + member.id() + "/unlock", Map.of()).status()).isEqualTo(204);
        assertThat(new Browser(browser.baseUrl).login(member.username(), PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aTemporaryPasswordMustBeChangedAtFirstLoginAndThePolicyApplies() {
        var member = make.make("Ngô Thị Hạnh", XAYDUNG, false);
        accounts.setPassword(member.id(), context.getBean(org.springframework.security.crypto.password.PasswordEncoder.class)
                .encode("temporary-pass-1"), true);
        assertThat(browser.login(member.username(), "temporary-pass-1").json().path("status").asString())
                .isEqualTo("PASSWORD_CHANGE_REQUIRED");
        assertThat(browser.get("/api/session").json().path("pending").asString()).isEqualTo("PASSWORD_CHANGE_REQUIRED");

        var weak = browser.post("/api/auth/password", Map.of("currentPassword", "temporary-pass-1", "newPassword", "short"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.code()).isEqualTo("weak-password");
        assertThat(weak.json().path("errors").get(0).path("field").asString()).isEqualTo("newPassword");
        assertThat(browser.post("/api/auth/password", Map.of("currentPassword", "temporary-pass-1",
                "newPassword", "matkhau123")).code()).isEqualTo("weak-password");
        assertThat(browser.post("/api/auth/password", Map.of("currentPassword", "temporary-pass-1",
                "newPassword", "temporary-pass-1")).code()).isEqualTo("weak-password");

        var changed = browser.post("/api/auth/password", Map.of("currentPassword", "temporary-pass-1",
                "newPassword", "hoa-sen-no-trong-dam"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("status").asString()).isEqualTo("AUTHENTICATED");
        assertThat(browser.get("/api/session").json().path("authenticated").asBoolean()).isTrue();
        assertThat(new Browser(browser.baseUrl).login(member.username(), "hoa-sen-no-trong-dam").status()).isEqualTo(200);
    }

    @Test
    void aMemberWithoutLoginRightsCannotLogIn() {
        var member = make.make("Lý Văn Khoa", XAYDUNG, false);
        accounts.setLoginEnabled(member.id(), false);
        var answer = browser.login(member.username(), PASSWORD);
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.code()).isEqualTo("login-disabled");
    }

    @Test
    void logoutEndsTheSessionAndIsAudited() {
        var member = make.make("Mai Thị Lụa", XAYDUNG, false);
        browser.login(member.username(), PASSWORD);
        var cookie = browser.session();
        assertThat(browser.post("/api/auth/logout", Map.of()).status()).isEqualTo(204);
        var stale = new Browser(browser.baseUrl);
        stale.cookies.put("CHIBO_SESSION", cookie);
        assertThat(stale.get("/api/session").json().path("authenticated").asBoolean()).isFalse();
        assertThat(AUDITED).anySatisfy(e -> assertThat(e.action() + e.objectId()).isEqualTo("logged-out" + member.id()));
    }
}
