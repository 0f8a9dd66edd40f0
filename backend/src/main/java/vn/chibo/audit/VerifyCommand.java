package vn.chibo.audit;

import java.io.PrintStream;
import java.util.function.IntConsumer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar chibo.jar --chibo.audit.verify}: verifies the chain, prints one line and exits with 0 when
 * it holds, 1 when it is broken or could not be checked. {@link VerifyModeEnvironment} makes such a run start
 * no web server and deliver no pending events, so it can run beside live nodes.
 */
@Component
class VerifyCommand implements ApplicationRunner {

    static final String PROPERTY = "chibo.audit.verify";

    private final AuditChain chain;
    private final Environment environment;
    private final IntConsumer exit;

    @Autowired
    VerifyCommand(AuditChain chain, Environment environment, ConfigurableApplicationContext context) {
        this(chain, environment, code -> System.exit(SpringApplication.exit(context, () -> code)));
    }

    VerifyCommand(AuditChain chain, Environment environment, IntConsumer exit) {
        this.chain = chain;
        this.environment = environment;
        this.exit = exit;
    }

    static boolean requested(Environment environment) {
        // `--chibo.audit.verify` alone sets the property to ""
        var value = environment.getProperty(PROPERTY);
        return value != null && !value.equalsIgnoreCase("false");
    }

    @Override
    public void run(ApplicationArguments args) {
        if (requested(environment)) {
            exit.accept(execute(System.out));
        }
    }

    /** Runs the check, prints its one line and answers the exit status. */
    int execute(PrintStream out) {
        try {
            var result = chain.verify();
            out.println(result.summary());
            return result.valid() ? 0 : 1;
        }
        catch (RuntimeException e) {
            out.println("audit chain NOT CHECKED: " + e.getMessage());
            return 1;
        }
        finally {
            out.flush();
        }
    }
}
