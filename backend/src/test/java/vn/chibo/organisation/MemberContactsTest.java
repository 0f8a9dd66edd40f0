package vn.chibo.organisation;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MemberContactsTest extends OrganisationTestSupport {

    @Autowired
    MemberContacts contacts;

    @Autowired
    JdbcMemberContacts jdbcContacts;

    @Test
    void noticesFindTheAddressesOfThoseMembersThatHaveOne() {
        var city = city();
        var hung = member("Nguyễn Văn Hùng", city.cellA(), null, LocalDate.of(2020, 1, 1));
        var lan = member("Phạm Ngọc Lan", city.cellA(), null, LocalDate.of(2020, 1, 1));
        jdbcContacts.setEmail(hung.id(), "hung@chibo.example");

        assertThat(contacts.email(hung.id())).contains("hung@chibo.example");
        assertThat(contacts.email(lan.id())).isEmpty();
        assertThat(contacts.emails(List.of(hung.id(), lan.id()))).containsOnlyKeys(hung.id());
        assertThat(contacts.emails(List.of())).isEmpty();
        assertThatThrownBy(() -> jdbcContacts.setEmail(lan.id(), "not an address"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void demoAddressesAreFilledInOnceAndNeverReplaceARealOne() {
        var city = city();
        var hung = member("Nguyễn Văn Hùng", city.cellA(), null, LocalDate.of(2020, 1, 1));
        var lan = member("Phạm Ngọc Lan", city.cellA(), null, LocalDate.of(2020, 1, 1));
        jdbcContacts.setEmail(hung.id(), "hung@chibo.example");

        assertThat(jdbcContacts.fillDemoEmails(List.of(hung.id(), lan.id()), "dv", "chibo.example")).isEqualTo(1);
        assertThat(jdbcContacts.fillDemoEmails(List.of(hung.id(), lan.id()), "dv", "chibo.example")).isZero();
        assertThat(contacts.email(hung.id())).contains("hung@chibo.example");
        assertThat(contacts.email(lan.id())).contains("dv" + lan.cardNumber() + "@chibo.example");
    }
}
