package vn.chibo.shared.infra;

import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.stereotype.Component;

/** Migrations run only after {@link ServicesCheck} has seen both services answer, so its message wins. */
@Component
class FlywayAfterServicesCheck extends AbstractDependsOnBeanFactoryPostProcessor {

    FlywayAfterServicesCheck() {
        super(Flyway.class, "servicesCheck");
    }
}
