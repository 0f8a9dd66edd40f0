package vn.chibo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The timed jobs (schedules, reminders, presence sweeps, reconciliation) run in a serving node, never in a
 * process started only to verify the audit chain ({@code --chibo.audit.verify}): it must change nothing and
 * print one line.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "chibo.audit.verify", havingValue = "false", matchIfMissing = true)
@EnableScheduling
class Scheduling {
}
