package vn.nhiemvu.dashboard.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the nightly move of the aggregates' pivots (harmless if another module enables scheduling too). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Scheduling {
}
