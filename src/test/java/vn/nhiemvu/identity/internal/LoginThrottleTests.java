package vn.nhiemvu.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.github.bucket4j.TimeMeter;
import vn.nhiemvu.identity.LoginThrottled;

class LoginThrottleTests {

    private long nanos;
    private final TimeMeter time = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    };
    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15), 20, Duration.ofMinutes(1),
            1000, time);

    private void pass(Duration duration) {
        nanos += duration.toNanos();
    }

    @Test
    void fiveFailuresPerAccountThenOneEveryThreeMinutes() {
        for (int i = 0; i < 5; i++) {
            throttle.check("vanphong", "10.0.0." + i);
            throttle.failed("VanPhong", "10.0.0." + i);
        }
        assertThatThrownBy(() -> throttle.check("vanphong", "10.0.0.9")).isInstanceOf(LoginThrottled.class)
                .hasMessage("Đăng nhập sai quá nhiều lần; hãy thử lại sau 3 phút.")
                .satisfies(e -> assertThat(((LoginThrottled) e).retryAfter()).isEqualTo(Duration.ofMinutes(3)));
        assertThatCode(() -> throttle.check("lanhdao", "10.0.0.9")).as("another account").doesNotThrowAnyException();

        pass(Duration.ofMinutes(3));
        throttle.check("vanphong", "10.0.0.9");
        throttle.failed("vanphong", "10.0.0.9");
        assertThatThrownBy(() -> throttle.check("vanphong", "10.0.0.9")).isInstanceOf(LoginThrottled.class);
    }

    @Test
    void aSuccessForgetsTheAccountsFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("phapche", null);
        }
        throttle.succeeded("phapche");
        for (int i = 0; i < 4; i++) {
            throttle.failed("phapche", null);
        }
        assertThatCode(() -> throttle.check("phapche", null)).doesNotThrowAnyException();
    }

    @Test
    void twentyFailuresPerAddressPerMinuteWhateverTheAccount() {
        for (int i = 0; i < 20; i++) {
            throttle.check("user" + i, "203.0.113.7");
            throttle.failed("user" + i, "203.0.113.7");
        }
        assertThatThrownBy(() -> throttle.check("someone-else", "203.0.113.7")).isInstanceOf(LoginThrottled.class)
                .hasMessageContaining("1 phút");
        assertThatCode(() -> throttle.check("someone-else", "203.0.113.8")).doesNotThrowAnyException();
        pass(Duration.ofSeconds(3));
        assertThatCode(() -> throttle.check("someone-else", "203.0.113.7")).doesNotThrowAnyException();
    }
}
