package vn.nhiemvu.audit.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The verifier as a command: {@code java -jar nhiemvu.jar --nhiemvu.audit.verify-and-exit=true
 * --spring.main.web-application-type=none} verifies the whole log, prints the result and exits with 0 if it is intact,
 * 1 if not (for cron or a monitoring probe).
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("nhiemvu.audit.verify-and-exit")
class VerifyAndExit implements ApplicationRunner {

    private final AuditIntegrityService integrity;
    private final ConfigurableApplicationContext context;

    VerifyAndExit(AuditIntegrityService integrity, ConfigurableApplicationContext context) {
        this.integrity = integrity;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        var result = integrity.verifyNow();
        System.out.printf("Audit: %d streams, %d entries, %d states compared, checkpoint %s: %s%n", result.streams(),
                result.entries(), result.statesCompared(), result.checkpoint(),
                result.intact() ? "INTACT" : result.problemCount() + " PROBLEMS");
        result.problems().forEach(problem -> System.out.println("  " + problem));
        System.exit(SpringApplication.exit(context, () -> result.intact() ? 0 : 1));
    }
}
