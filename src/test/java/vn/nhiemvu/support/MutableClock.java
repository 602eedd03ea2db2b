package vn.nhiemvu.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock tests move by hand, to walk a task through time; every "today" of the application reads it. */
public final class MutableClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    public MutableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** Moves to the morning (07:00) of the day, in the clock's zone. */
    public void setDay(LocalDate day) {
        now = day.atTime(LocalTime.of(7, 0)).atZone(zone).toInstant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now, zone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MutableClock(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** Replaces the application's clock; starts on Monday 2 March 2026. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        MutableClock mutableClock() {
            ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
            return new MutableClock(LocalDate.of(2026, 3, 2).atTime(7, 0).atZone(zone).toInstant(), zone);
        }
    }
}
