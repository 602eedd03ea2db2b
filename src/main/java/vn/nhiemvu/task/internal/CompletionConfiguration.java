package vn.nhiemvu.task.internal;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.PositiveOrZero;

import vn.nhiemvu.calendar.WorkingCalendar;
import vn.nhiemvu.task.CompletionPolicy;
import vn.nhiemvu.task.CompletionStep;
import vn.nhiemvu.task.TaskKind;

/** The completion rule as configured (the steps per kind in application.properties; stated on the rules page; ADR 0025). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CompletionConfiguration.CompletionProperties.class)
class CompletionConfiguration {

    /**
     * {@code nhiemvu.task.completion.*}.
     *
     * @param maxDaysInPast how many working days back a unit or a leader may date a completion (the Office may go
     *                      further; ADR 0018)
     * @param steps         per kind of task ({@code scheme}, {@code legal-document}, {@code report}, {@code other}),
     *                      the steps its completion requires; every kind must be listed (empty: none)
     */
    @Validated
    @ConfigurationProperties("nhiemvu.task.completion")
    record CompletionProperties(@DefaultValue("5") @PositiveOrZero int maxDaysInPast,
            Map<TaskKind, List<CompletionStep>> steps) {
    }

    @Bean
    CompletionPolicy completionPolicy(CompletionProperties properties, WorkingCalendar calendar) {
        return new CompletionPolicy(properties.maxDaysInPast(), calendar,
                properties.steps() == null ? Map.of() : properties.steps());
    }
}
