package vn.nhiemvu.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In production, refuses to start while a demo account still opens with the demo password:
 * everybody who has read the README knows it.
 */
@Component
@Profile("prod")
class DemoPasswordGuard implements SmartInitializingSingleton {

    static final String DEMO_PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoPasswordGuard.class);

    private final JdbcAccounts accounts;

    DemoPasswordGuard(JdbcAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var exposed = accounts.enabledDemoAccountsWithPassword(DEMO_PASSWORD);
        if (!exposed.isEmpty()) {
            log.error("Demo accounts still use the demo password: {}", exposed);
            throw new IllegalStateException("Refusing to start in production: demo accounts " + exposed
                    + " still have the demo password. Change their passwords or disable them.");
        }
    }
}
