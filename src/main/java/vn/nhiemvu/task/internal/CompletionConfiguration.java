package vn.nhiemvu.task.internal;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.nhiemvu.calendar.WorkingCalendar;
import vn.nhiemvu.task.CompletionPolicy;
import vn.nhiemvu.task.CompletionStep;
import vn.nhiemvu.task.TaskKind;

/** The completion rule as configured (defaults in application.properties, stated on the rules page; ADR 0025). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CompletionConfiguration.CompletionProperties.class)
class CompletionConfiguration {

    /**
     * {@code nhiemvu.task.completion.*}.
     *
     * @param maxDaysInPast how many working days back a unit or a leader may date a completion
     * @param steps         per kind of task ({@code scheme}, {@code legal-document}, {@code report}, {@code other}),
     *                      the steps its completion requires; every kind must be listed (empty: none)
     */
    @ConfigurationProperties("nhiemvu.task.completion")
    record CompletionProperties(int maxDaysInPast, Map<TaskKind, List<CompletionStep>> steps) {
    }

    @Bean
    CompletionPolicy completionPolicy(CompletionProperties properties, WorkingCalendar calendar) {
        return new CompletionPolicy(properties.maxDaysInPast(), calendar,
                properties.steps() == null ? Map.of() : properties.steps());
    }
}
