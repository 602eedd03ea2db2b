package vn.nhiemvu.identity.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.nhiemvu.support.IntegrationTest;

@IntegrationTest
class DemoPasswordGuardTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void refusesToStartWhileDemoAccountsKeepTheDemoPassword() {
        var guard = new DemoPasswordGuard(jdbc, passwordEncoder);
        assertThatThrownBy(guard::afterSingletonsInstantiated)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("vanphong");
    }
}
