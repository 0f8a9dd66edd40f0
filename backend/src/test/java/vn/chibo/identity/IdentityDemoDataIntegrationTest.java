package vn.chibo.identity;

import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.chibo.organisation.MemberStatus;
import vn.chibo.organisation.MemberView;
import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.shared.demo.DemoData;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = IdentityTestProperties.ALL)
@Import(InMemoryOrganisation.class)
class IdentityDemoDataIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void theDemoLoginsAreSeededOnceWithFixedPasswordsAndSecondFactorsAndTheMissingOnesSkipped() {
        var secretary = new MemberView(java.util.UUID.randomUUID(), "79010001", "Nguyễn Thị Bí Thư", MemberStatus.OFFICIAL,
                InMemoryOrganisation.XAYDUNG.id(), null);
        var admin = new MemberView(java.util.UUID.randomUUID(), "79060002", "Trần Quản Trị", MemberStatus.OFFICIAL,
                InMemoryOrganisation.XAYDUNG.id(), null);
        InMemoryOrganisation.MEMBERS.put(secretary.id(), secretary);
        InMemoryOrganisation.MEMBERS.put(admin.id(), admin);
        var demo = new IdentityDemoData(context.getBean(Accounts.class), context.getBean(OrganisationDirectory.class),
                context.getBean(PasswordEncoder.class), context.getBean(SecretCipher.class), Clock.systemUTC());

        var first = demo.seed();
        var second = demo.seed();

        assertThat(first.accounts()).extracting(DemoData.DemoAccount::username).contains("bithu", "admin");
        assertThat(second.accounts()).isEqualTo(first.accounts());
        var secretaryLogin = first.accounts().stream().filter(a -> a.username().equals("bithu")).findFirst().orElseThrow();
        assertThat(secretaryLogin.organisation()).startsWith("CB-XAYDUNG");
        var adminLogin = first.accounts().stream().filter(a -> a.username().equals("admin")).findFirst().orElseThrow();
        assertThat(adminLogin.organisation()).startsWith("TU-TANAN");

        var browser = new Browser("http://127.0.0.1:" + port);
        assertThat(browser.login("bithu", secretaryLogin.password()).json().path("status").asString())
                .isEqualTo("SECOND_FACTOR_REQUIRED");
        var code = Totp.STANDARD.code(Base32.decode(secretaryLogin.totpSecret()), Totp.stepAt(java.time.Instant.now()));
        assertThat(browser.post("/api/auth/second-factor", Map.of("code", code)).json().path("status").asString())
                .isEqualTo("AUTHENTICATED");
        assertThat(browser.get("/api/session").json().path("user").path("roles").get(0).path("role").asString())
                .isEqualTo("SECRETARY");
    }
}
