package vn.chibo.organisation;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Members' e-mail addresses, read in one statement for a whole list of recipients. */
@Repository
@Transactional(readOnly = true)
class JdbcMemberContacts implements MemberContacts {

    private static final String EMAILS = """
            select id, email from organisation.member
             where id = any(cast(:ids as uuid[])) and email is not null
            """;

    private static final String SET_EMAIL = "update organisation.member set email = :email where id = :id";

    private static final String FILL_DEMO_EMAILS = """
            update organisation.member set email = :prefix || card_number || '@' || :domain
             where email is null and id = any(cast(:ids as uuid[]))
            """;

    private final JdbcClient jdbc;

    JdbcMemberContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> email(UUID memberId) {
        return Optional.ofNullable(emails(java.util.List.of(memberId)).get(memberId));
    }

    @Override
    public Map<UUID, String> emails(Collection<UUID> memberIds) {
        var found = new HashMap<UUID, String>();
        if (memberIds.isEmpty()) {
            return found;
        }
        jdbc.sql(EMAILS).param("ids", memberIds.toArray(UUID[]::new))
                .query((rs, n) -> found.put(rs.getObject("id", UUID.class), rs.getString("email"))).list();
        return found;
    }

    @Transactional
    void setEmail(UUID memberId, String email) {
        jdbc.sql(SET_EMAIL).param("id", memberId).param("email", email).update();
    }

    /** Gives every listed member without an address {@code <prefix><card>@<domain>}; members with one keep it. */
    @Transactional
    int fillDemoEmails(Collection<UUID> memberIds, String prefix, String domain) {
        return jdbc.sql(FILL_DEMO_EMAILS).param("ids", memberIds.toArray(UUID[]::new)).param("prefix", prefix)
                .param("domain", domain).update();
    }
}
