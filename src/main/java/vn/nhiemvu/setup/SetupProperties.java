package vn.nhiemvu.setup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;

/**
 * The first start of an installation without demo data (README, "Production").
 *
 * @param organization  the organisation directory file (JSON) applied at start; only adds (ADR 0015)
 * @param adminUsername the first administrator's user name, created when the home agency has no administrator
 * @param adminPassword that administrator's password (at least 10 characters); needed only then
 */
@Validated
@ConfigurationProperties("nhiemvu.setup")
record SetupProperties(@DefaultValue("") String organization, @DefaultValue("admin") @NotBlank String adminUsername,
        @DefaultValue("") String adminPassword) {
}
