package vn.chibo.identity;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chibo.organisation.MembersRegistered;
import vn.chibo.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.chibo.identity.InMemoryOrganisation.AUDITED;
import static vn.chibo.identity.InMemoryOrganisation.CITY;
import static vn.chibo.identity.InMemoryOrganisation.KP3;
import static vn.chibo.identity.InMemoryOrganisation.KP3_GROUP_1;
import static vn.chibo.identity.InMemoryOrganisation.WARD_1;
import static vn.chibo.identity.InMemoryOrganisation.WARD_3;
import static vn.chibo.identity.InMemoryOrganisation.XAYDUNG;
import static vn.chibo.identity.TestAccounts.PASSWORD;
import static vn.chibo.identity.TestAccounts.grant;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = IdentityTestProperties.ALL)
@Import(InMemoryOrganisation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountAdministrationIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Accounts accounts;

    TestAccounts make;
    /** One logged-in browser per role, all in the ward-1 subtree or above it. */
    Map<String, Browser> as;
    TestAccounts.Made target;

    @BeforeAll
    void logInEveryRole() {
        make = new TestAccounts(context);
        as = Map.of(
                "ADMIN of the city", loggedIn(make.make("Quản trị Thành", XAYDUNG, true, grant(Role.ADMIN, CITY))),
                "ADMIN of ward 1", loggedIn(make.make("Quản trị Phường", XAYDUNG, true, grant(Role.ADMIN, WARD_1))),
                "REVIEWER of the city", loggedIn(make.make("Kiểm tra Viên", XAYDUNG, true, grant(Role.REVIEWER, CITY))),
                "SECRETARY of the cell", loggedIn(make.make("Bí thư Lan", XAYDUNG, true, grant(Role.SECRETARY, XAYDUNG))),
                "CELL_COMMITTEE of the cell", loggedIn(make.make("Chi ủy Tú", XAYDUNG, true, grant(Role.CELL_COMMITTEE, XAYDUNG))),
                "GROUP_LEADER", loggedIn(make.make("Tổ trưởng Vy", KP3_GROUP_1, false, grant(Role.GROUP_LEADER, KP3_GROUP_1))),
                "member", loggedIn(make.make("Đảng viên Sơn", XAYDUNG, false)));
    }

    private Browser loggedIn(TestAccounts.Made account) {
        var browser = new Browser("http://127.0.0.1:" + port);
        var status = browser.login(account.username(), PASSWORD).json().path("status").asString();
        if (status.equals("SECOND_FACTOR_REQUIRED")) {
            status = browser.post("/api/auth/second-factor", Map.of("code", account.code(0))).json().path("status").asString();
        }
        assertThat(status).isEqualTo("AUTHENTICATED");
        return browser;
    }

    record Call(String name, Function<TestAccounts.Made, Integer> call) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** Each identity endpoint for administrators, called on a fresh account of a member of the story cell. */
    Stream<Call> calls(Browser b) {
        return Stream.of(
                new Call("GET /api/accounts", t -> b.get("/api/accounts").status()),
                new Call("POST /api/accounts", t -> b.post("/api/accounts", Map.of("memberId",
                        InMemoryOrganisation.member("Người mới", XAYDUNG).id(), "loginEnabled", true)).status()),
                new Call("PATCH /api/accounts/{id}", t -> b.patch("/api/accounts/" + t.id(), Map.of("loginEnabled", false)).status()),
                new Call("POST /api/accounts/{id}/password-reset", t -> b.post("/api/accounts/" + t.id() + "/password-reset", Map.of()).status()),
                new Call("POST /api/accounts/{id}/second-factor-reset", t -> b.post("/api/accounts/" + t.id() + "/second-factor-reset", Map.of()).status()),
                new Call("POST /api/accounts/{id}/unlock", t -> b.post("/api/accounts/" + t.id() + "/unlock", Map.of()).status()),
                new Call("POST /api/accounts/{id}/roles", t -> b.post("/api/accounts/" + t.id() + "/roles",
                        Map.of("role", "CELL_COMMITTEE", "orgUnitId", XAYDUNG.id())).status()),
                new Call("DELETE /api/accounts/{id}/roles/…", t -> b.delete("/api/accounts/" + t.id() + "/roles/SECRETARY/" + XAYDUNG.id()).status()));
    }

    Stream<Arguments> everyEndpointForEveryRole() {
        var allowed = List.of("ADMIN of the city", "ADMIN of ward 1");
        return as.keySet().stream().sorted().flatMap(role -> calls(as.get(role))
                .map(call -> Arguments.of(role, call, allowed.contains(role))));
    }

    @ParameterizedTest(name = "{0}: {1} allowed={2}")
    @MethodSource
    void everyEndpointForEveryRole(String role, Call call, boolean allowed) {
        var target = make.make("Đích Đến", XAYDUNG, true, grant(Role.SECRETARY, XAYDUNG));
        var status = call.call().apply(target);
        if (allowed) {
            assertThat(status).isBetween(200, 204);
        }
        else {
            assertThat(status).isEqualTo(403);
        }
    }

    @Test
    void anAdministratorOfOneSubtreeCannotResetAnAccountOutsideIt() {
        var outside = make.make("Ở Phường Ba", KP3, false);
        var answer = as.get("ADMIN of ward 1").post("/api/accounts/" + outside.id() + "/password-reset", Map.of());
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.code()).isEqualTo("access-denied");
        assertThat(accounts.byId(outside.id()).orElseThrow().mustChangePassword()).isFalse();
        assertThat(as.get("ADMIN of the city").post("/api/accounts/" + outside.id() + "/password-reset", Map.of())
                .json().path("temporaryPassword").asString()).hasSize(19);
    }

    @Test
    void anAdministratorCannotGrantARoleOnANodeOutsideTheirSubtree() {
        var inside = make.make("Trong Phường", XAYDUNG, false);
        var answer = as.get("ADMIN of ward 1").post("/api/accounts/" + inside.id() + "/roles",
                Map.of("role", "REVIEWER", "orgUnitId", WARD_3.id()));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(accounts.byId(inside.id()).orElseThrow().grants()).isEmpty();
    }

    @Test
    void theListShowsOnlyAccountsInsideTheAdministratorsSubtree() {
        var outside = make.make("Ngoài Phạm Vi", KP3, false);
        var inside = make.make("Trong Phạm Vi", XAYDUNG, false);
        var items = as.get("ADMIN of ward 1").get("/api/accounts?size=200&q=pham%20vi").json().path("items");
        var ids = items.valueStream().map(i -> i.path("id").asString()).toList();
        assertThat(ids).contains(inside.id().toString()).doesNotContain(outside.id().toString());
        var first = items.valueStream().filter(i -> i.path("id").asString().equals(inside.id().toString())).findFirst().orElseThrow();
        assertThat(first.path("unitName").asString()).isEqualTo("Chi bộ Xây dựng");
        assertThat(first.path("cardNumber").asString()).isEqualTo(inside.member().cardNumber());
    }

    @Test
    void aRoleChangeEndsTheAccountsSessionsSoTheActorIsNeverStale() {
        var member = make.make("Sắp Làm Chi Ủy", XAYDUNG, false);
        var browser = loggedIn(member);
        assertThat(browser.get("/api/session").json().path("user").path("roles")).isEmpty();
        var granted = as.get("ADMIN of the city").post("/api/accounts/" + member.id() + "/roles",
                Map.of("role", "GROUP_LEADER", "orgUnitId", KP3_GROUP_1.id()));
        assertThat(granted.status()).isEqualTo(200);
        assertThat(granted.json().path("roles").get(0).path("orgUnitName").asString()).isEqualTo("Tổ đảng 1");
        assertThat(browser.get("/api/session").json().path("authenticated").asBoolean()).isFalse();
        assertThat(AUDITED).anySatisfy(e -> assertThat(e.action() + e.objectId()).isEqualTo("role-granted" + member.id()));
        var again = loggedIn(member);
        assertThat(again.get("/api/session").json().path("user").path("roles").get(0).path("role").asString())
                .isEqualTo("GROUP_LEADER");
    }

    @Test
    void aRoleMustFitTheKindOfNode() {
        var member = make.make("Sai Chỗ", XAYDUNG, false);
        var answer = as.get("ADMIN of the city").post("/api/accounts/" + member.id() + "/roles",
                Map.of("role", "GROUP_LEADER", "orgUnitId", XAYDUNG.id()));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("role-not-for-unit");
    }

    @Test
    void R6_anAccountIsBoundToExactlyOneMember() {
        var member = make.make("Một Tài Khoản", XAYDUNG, false);
        var answer = as.get("ADMIN of the city").post("/api/accounts",
                Map.of("memberId", member.member().id(), "loginEnabled", true));
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.code()).isEqualTo("member-has-account");
    }

    @Test
    void anAccountCreatedByAnAdministratorHasATemporaryPasswordToChangeAtFirstLogin() {
        var member = InMemoryOrganisation.member("Mới Vào Đảng", XAYDUNG);
        var created = as.get("ADMIN of ward 1").post("/api/accounts", Map.of("memberId", member.id(), "loginEnabled", true));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("account").path("username").asString()).isEqualTo(member.cardNumber().toLowerCase());
        var temporary = created.json().path("temporaryPassword").asString();
        assertThat(new Browser("http://127.0.0.1:" + port).login(member.cardNumber().toLowerCase(), temporary).json()
                .path("status").asString()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        assertThat(AUDITED).anySatisfy(e -> assertThat(e.action() + e.unitId()).isEqualTo("account-created" + XAYDUNG.id()));
    }

    @Test
    void R6_registeredMembersGetAnAccountWithoutLoginRights() {
        var first = InMemoryOrganisation.member("Đăng Ký Một", XAYDUNG);
        var second = InMemoryOrganisation.member("Đăng Ký Hai", KP3);
        var event = new MembersRegistered(List.of(
                new MembersRegistered.Registered(first.id(), first.cardNumber(), first.fullName(), first.cellId()),
                new MembersRegistered.Registered(second.id(), second.cardNumber(), second.fullName(), second.cellId())));
        var transactions = context.getBean(TransactionTemplate.class);
        ApplicationEventPublisher events = context;
        transactions.executeWithoutResult(s -> events.publishEvent(event));
        transactions.executeWithoutResult(s -> events.publishEvent(event)); // redelivered: nothing changes
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var account = accounts.byMember(first.id()).orElseThrow();
            assertThat(account.username()).isEqualTo(first.cardNumber().toLowerCase());
            assertThat(account.loginEnabled()).isFalse();
            assertThat(account.passwordHash()).isNull();
            assertThat(accounts.byMember(second.id())).isPresent();
        });
        assertThat(new Browser("http://127.0.0.1:" + port).login(first.cardNumber().toLowerCase(), "").status()).isEqualTo(401);
    }
}
