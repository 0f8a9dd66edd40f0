package vn.chibo.shared.infra;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Accepts {@code DATABASE_URL} in the platform form ({@code postgres://user:secret@host/db}) besides the JDBC
 * form that application.yaml passes straight through, so the same variable works on any host.
 */
class DatabaseUrlEnvironmentPostProcessor implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        var url = environment.getProperty("DATABASE_URL");
        if (url == null || url.isBlank() || url.startsWith("jdbc:")) {
            return;
        }
        var parsed = DatabaseUrl.parse(url.trim());
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", parsed.jdbcUrl());
        if (parsed.username() != null && environment.getProperty("DATABASE_USERNAME") == null) {
            properties.put("spring.datasource.username", parsed.username());
        }
        if (parsed.password() != null && environment.getProperty("DATABASE_PASSWORD") == null) {
            properties.put("spring.datasource.password", parsed.password());
        }
        environment.getPropertySources().addFirst(new MapPropertySource("databaseUrl", properties));
    }
}
