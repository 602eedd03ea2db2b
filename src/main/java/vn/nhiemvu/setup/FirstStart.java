package vn.nhiemvu.setup;

import java.io.IOException;
import java.io.InputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;
import vn.nhiemvu.demo.DemoDataProperties;
import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.organization.OrganizationDirectory;
import vn.nhiemvu.shared.InvalidInputException;

/**
 * Sets up an installation that has no demo data: applies the organisation directory named by
 * {@code nhiemvu.setup.organization} (again at every start: it only adds what is missing), and creates the first
 * administrator with {@code nhiemvu.setup.admin-password} while the home agency has none. Without demo data and
 * without an administrator the start is refused, since nobody could ever sign in.
 */
@Component
class FirstStart implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final Organization organization;
    private final Accounts accounts;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final ResourceLoader resources;
    private final String directoryLocation;
    private final String adminUsername;
    private final String adminPassword;
    private final boolean demoData;

    FirstStart(Organization organization, Accounts accounts, TransactionTemplate transactions, JsonMapper json,
            ResourceLoader resources, SetupProperties setup, DemoDataProperties demo) {
        this.organization = organization;
        this.accounts = accounts;
        this.transactions = transactions;
        this.json = json;
        this.resources = resources;
        this.directoryLocation = setup.organization();
        this.adminUsername = setup.adminUsername();
        this.adminPassword = setup.adminPassword();
        this.demoData = demo.enabled();
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!directoryLocation.isBlank()) {
            OrganizationDirectory directory = read(directoryLocation);
            OrganizationDirectory.Applied applied;
            try {
                applied = transactions.execute(tx -> organization.apply(directory, "setup"));
            } catch (InvalidInputException e) {
                throw new IllegalStateException("The organisation directory " + directoryLocation
                        + " has errors, nothing was written: " + e.errors(), e);
            }
            log.info("Organisation directory {} applied: {} agencies, {} units, {} leaders added", directoryLocation,
                    applied.agencies().size(), applied.units().size(), applied.leaders().size());
        }
        if (demoData) {
            return;
        }
        var home = organization.homeAgency().orElseThrow(() -> new IllegalStateException(
                "No organisation is set up: on the first start give nhiemvu.setup.organization=<directory file, JSON>"
                        + " and nhiemvu.setup.admin-password=<at least 10 characters> (README, 'Production')"));
        if (!accounts.members(home.id(), Role.ADMIN, null, null).isEmpty()) {
            return;
        }
        if (adminPassword.isBlank()) {
            throw new IllegalStateException("No administrator account for " + home.code()
                    + ": start once with nhiemvu.setup.admin-password=<at least 10 characters> (README, 'Production')");
        }
        var setup = new CurrentUser(0, "setup", "Thiết lập ban đầu", Role.ADMIN, home.id(), null, null);
        try {
            transactions.executeWithoutResult(tx -> accounts.create(setup, adminUsername, adminPassword,
                    "Quản trị hệ thống", Role.ADMIN, null, null));
        } catch (InvalidInputException e) {
            throw new IllegalStateException("The first administrator cannot be created: " + e.errors(), e);
        }
        log.info("First administrator '{}' created for {}; change the password after signing in", adminUsername,
                home.code());
    }

    private OrganizationDirectory read(String location) {
        var resource = resources.getResource(location.contains(":") ? location : "file:" + location);
        try (InputStream in = resource.getInputStream()) {
            return json.readValue(in, OrganizationDirectory.class);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot read the organisation directory " + location + ": " + e.getMessage(), e);
        }
    }
}
