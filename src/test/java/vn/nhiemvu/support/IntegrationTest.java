package vn.nhiemvu.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import vn.nhiemvu.dashboard.Dashboards;

/**
 * The whole application on a real port and a real database (H2, or PostgreSQL when
 * SPRING_DATASOURCE_URL says so), with the demo data. Every test class with this annotation
 * shares one application context. The dashboard service is a Mockito spy here (it acts as itself unless a test
 * stubs it), so that the test injecting a failure into a recount needs no context of its own: a second context
 * would empty the shared database under the first.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(IntegrationTest.CleanDatabase.class)
@MockitoSpyBean(types = Dashboards.class)
public @interface IntegrationTest {

    /** Starts from an empty schema, so that a shared PostgreSQL gives the same run every time. */
    @TestConfiguration(proxyBeanMethods = false)
    class CleanDatabase {

        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return flyway -> {
                flyway.clean();
                flyway.migrate();
            };
        }
    }
}
