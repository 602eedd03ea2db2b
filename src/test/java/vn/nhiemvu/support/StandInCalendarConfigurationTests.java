package vn.nhiemvu.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.nhiemvu.calendar.WorkingCalendar;

/** The stand-in fills in only while nothing else provides a WorkingCalendar, so merging the real one needs no change. */
class StandInCalendarConfigurationTests {

    @Test
    void fillsInWhenThereIsNoCalendar() {
        try (var context = new AnnotationConfigApplicationContext(StandInCalendarConfiguration.class)) {
            assertThat(context.getBean(WorkingCalendar.class)).isInstanceOf(WeekendOnlyCalendar.class);
        }
    }

    @Test
    void stepsAsideForTheRealCalendar() {
        try (var context = new AnnotationConfigApplicationContext(RealCalendar.class, StandInCalendarConfiguration.class)) {
            assertThat(context.getBeanNamesForType(WorkingCalendar.class)).containsExactly("workingCalendar");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class RealCalendar {

        @Bean
        WorkingCalendar workingCalendar() {
            return new WeekendOnlyCalendar(); // stands for the calendar module's bean
        }
    }
}
