package vn.nhiemvu.measurement.internal;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.DecimalMin;

/**
 * The PAR index's totals (Quyết định 876/QĐ-BNV, DOMAIN §9): confirmed as 100 points, 31.5 of them from the survey.
 * The maxima of the fields and criteria are not confirmed: they are data the agency enters, not settings.
 *
 * @param totalPoints  the index's points in all
 * @param surveyPoints the points given by the survey, not self-assessed
 */
@Validated
@ConfigurationProperties("nhiemvu.par")
public record ParProperties(@DefaultValue("100") @DecimalMin("1") BigDecimal totalPoints,
        @DefaultValue("31.5") @DecimalMin("0") BigDecimal surveyPoints) {
}
