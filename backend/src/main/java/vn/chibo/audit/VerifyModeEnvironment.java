package vn.chibo.audit;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When the application is started only to verify the audit chain ({@code --chibo.audit.verify}), it serves
 * nothing (no port is opened, so it can run on a host where a node already listens), changes nothing (no
 * migrations, no delivery of outstanding events — it must not append while it checks) and logs only
 * warnings, so its one line stands out.
 */
class VerifyModeEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!VerifyCommand.requested(environment)) {
            return;
        }
        application.setWebApplicationType(WebApplicationType.NONE);
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.main.web-application-type", "none");
        properties.put("spring.main.banner-mode", "off");
        properties.put("spring.modulith.events.republish-outstanding-events-on-restart", "false");
        properties.put("spring.flyway.enabled", "false");
        properties.put("logging.level.root", "WARN");
        environment.getPropertySources().addFirst(new MapPropertySource("auditVerifyMode", properties));
    }
}
