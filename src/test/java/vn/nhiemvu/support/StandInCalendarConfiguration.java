package vn.nhiemvu.support;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import vn.nhiemvu.calendar.WorkingCalendar;

/**
 * Gives integration tests a {@link WeekendOnlyCalendar} while the calendar module provides no
 * WorkingCalendar of its own. It registers the stand-in only when no other WorkingCalendar bean is
 * defined, so once the real calendar is merged it replaces this one with nothing to change here
 * (and this class can go). Tests that rely on it pick dates without public holidays.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StandInCalendarConfiguration {

    @Bean
    static BeanDefinitionRegistryPostProcessor standInWorkingCalendar() {
        return new BeanDefinitionRegistryPostProcessor() {

            @Override
            public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
                // runs after component scanning and @Bean methods are registered, so a real one is visible
                if (registry instanceof ListableBeanFactory beans
                        && beans.getBeanNamesForType(WorkingCalendar.class, true, false).length == 0) {
                    registry.registerBeanDefinition("weekendOnlyWorkingCalendar",
                            new RootBeanDefinition(WeekendOnlyCalendar.class));
                }
            }

            @Override
            public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            }
        };
    }
}
