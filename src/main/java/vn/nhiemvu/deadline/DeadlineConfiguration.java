package vn.nhiemvu.deadline;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The parser is plain Java; this only makes it a bean for the module's controller and other modules. */
@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

    @Bean
    DeadlinePhraseParser deadlinePhraseParser() {
        return new DeadlinePhraseParser();
    }
}
