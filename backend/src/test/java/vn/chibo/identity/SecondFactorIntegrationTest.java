package vn.chibo.identity;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.identity.InMemoryOrganisation.XAYDUNG;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = IdentityTestProperties.ALL)
@Import(InMemoryOrganisation.class)
class SecondFactorIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    SecondFactor secondFactor;

    TestAccounts make;

    @BeforeEach
    void setUp() {
        make = new TestAccounts(context);
    }

    @Test
    void r6_aMemberReAuthenticatesWithACurrentCodeThatThenCannotBeReplayed() {
        var chair = make.make("Nguyễn Thị Ngọc Ánh", XAYDUNG, true);
        var code = chair.code(0);
        assertThat(secondFactor.verify(chair.member().id(), code)).isTrue();
        assertThat(secondFactor.verify(chair.member().id(), code)).isFalse();
    }

    @Test
    void r6_aWrongCodeAnAccountWithoutAuthenticatorAndAnUnknownMemberAreRefused() {
        var chair = make.make("Trần Văn Bình", XAYDUNG, true);
        var plain = make.make("Lê Thị Cúc", XAYDUNG, false);
        var wrong = chair.code(0).equals("000000") ? "111111" : "000000";
        assertThat(secondFactor.verify(chair.member().id(), wrong)).isFalse();
        assertThat(secondFactor.verify(chair.member().id(), "12ab56")).isFalse();
        assertThat(secondFactor.verify(plain.member().id(), "123456")).isFalse();
        assertThat(secondFactor.verify(java.util.UUID.randomUUID(), "123456")).isFalse();
        assertThat(secondFactor.verify(null, "123456")).isFalse();
    }
}
