package vn.chibo.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import vn.chibo.organisation.MemberView;
import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.organisation.UnitView;

/**
 * Lets the application start while no organisation directory exists (the identity module was built before
 * the organisation module): a directory that knows nobody, so every subtree check refuses. Auto-configured,
 * so it steps aside as soon as the organisation module provides the real one.
 */
@AutoConfiguration
class DirectoryFallback {

    @Bean
    @ConditionalOnMissingBean(OrganisationDirectory.class)
    OrganisationDirectory emptyOrganisationDirectory() {
        LoggerFactory.getLogger(DirectoryFallback.class)
                .warn("No organisation directory: accounts cannot be administered until the organisation module is present");
        return new OrganisationDirectory() {
            @Override
            public Optional<UnitView> unit(UUID unitId) {
                return Optional.empty();
            }

            @Override
            public Optional<MemberView> member(UUID memberId) {
                return Optional.empty();
            }

            @Override
            public Optional<MemberView> memberByCardNumber(String cardNumber) {
                return Optional.empty();
            }

            @Override
            public boolean isWithin(UUID unitId, UUID ancestorId) {
                return false;
            }

            @Override
            public List<MemberView> membersOn(UUID unitId, LocalDate date) {
                return List.of();
            }
        };
    }
}
