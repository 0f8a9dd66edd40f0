package vn.chibo.identity;

import java.time.Clock;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.chibo.organisation.MembersRegistered;
import vn.chibo.organisation.OrganisationDirectory;

/**
 * R6: every member gets an account, bound to them alone, without login rights until an administrator
 * enables it; the username is the card number in lower case. Redelivery of the event changes nothing.
 */
@Component
class NewMembersGetAccounts {

    private static final Logger log = LoggerFactory.getLogger(NewMembersGetAccounts.class);

    private final Accounts accounts;
    private final OrganisationDirectory directory;
    private final Clock clock;

    NewMembersGetAccounts(Accounts accounts, OrganisationDirectory directory, Clock clock) {
        this.accounts = accounts;
        this.directory = directory;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MembersRegistered event) {
        int created = 0;
        for (var member : event.members()) {
            if (directory.member(member.memberId()).isEmpty()) {
                log.warn("No account for member {}: the organisation directory does not know them", member.memberId());
                continue;
            }
            if (accounts.createWithoutLogin(UUID.randomUUID(), member.memberId(), member.cardNumber().trim().toLowerCase(),
                    member.fullName(), member.cellId(), clock.instant())) {
                created++;
            }
            else if (accounts.byMember(member.memberId()).isEmpty()) {
                log.warn("No account for member {}: username {} is taken by another account", member.memberId(),
                        member.cardNumber().toLowerCase());
            }
        }
        log.info("Accounts without login created for {} of {} registered members", created, event.members().size());
    }
}
