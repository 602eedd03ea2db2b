package vn.nhiemvu.identity.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.nhiemvu.support.IntegrationTest;

@IntegrationTest
class DemoPasswordGuardTests {

    @Autowired
    JdbcAccounts accounts;

    @Test
    void refusesToStartWhileDemoAccountsKeepTheDemoPassword() {
        var guard = new DemoPasswordGuard(accounts);
        assertThatThrownBy(guard::afterSingletonsInstantiated)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("vanphong");
    }
}
