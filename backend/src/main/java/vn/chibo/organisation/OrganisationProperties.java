package vn.chibo.organisation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the organisation module.
 *
 * @param importPreviewTtl how long an import preview waits for its commit
 * @param importMaxRows    the largest member file accepted in one import
 */
@ConfigurationProperties("chibo.organisation")
record OrganisationProperties(@DefaultValue("PT2H") Duration importPreviewTtl, @DefaultValue("200000") int importMaxRows) {
}
