package vn.nhiemvu.monitoring.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import vn.nhiemvu.monitoring.MonitoringRules;

/**
 * Monitoring's defaults for agencies that have not set their own rules (page /monitoring), and the urging letter's
 * issuer and signature block. When a task is due soon is {@code nhiemvu.evaluation.due-soon-working-days}, the one
 * due-soon setting (ADR 0029); when the sweep runs is {@code nhiemvu.monitoring.sweep-cron} (a schedule).
 *
 * @param repeatWorkingDays          while overdue, notify again every this many working days
 * @param escalateAfterWorkingDays   tell the supervising leader once a task is this many working days overdue
 * @param requestDecisionWorkingDays a guidance or extension request undecided longer is reported to the leader
 * @param weeklyDigest               a digest to the Office on the first working day of each week
 * @param urging                     the urging letter
 */
@Validated
@ConfigurationProperties("nhiemvu.monitoring")
record MonitoringProperties(@DefaultValue("5") @Positive @Max(MonitoringRules.MAX_DAYS) int repeatWorkingDays,
        @DefaultValue("10") @Positive @Max(MonitoringRules.MAX_DAYS) int escalateAfterWorkingDays,
        @DefaultValue("5") @Positive @Max(MonitoringRules.MAX_DAYS) int requestDecisionWorkingDays,
        @DefaultValue("true") boolean weeklyDigest, @DefaultValue @Valid Urging urging) {

    /** The rules of an agency that has not set its own. */
    MonitoringRules defaults() {
        return new MonitoringRules(repeatWorkingDays, escalateAfterWorkingDays, requestDecisionWorkingDays,
                weeklyDigest, false).checked();
    }

    /**
     * @param parentAgency    upper line of the issuer block (empty: the agency's name in capitals)
     * @param issuingAgency   the issuer
     * @param numberSuffix    letters are numbered {@code n/<suffix>}, n from 1 each year
     * @param place           place of issue
     * @param signingCapacity the signature block; lines separated by a line break (or {@code \n} where a line break
     *                        cannot be typed, as in an environment variable)
     * @param signerName      the signer's name (empty: none)
     */
    record Urging(@DefaultValue("") String parentAgency, @DefaultValue("VĂN PHÒNG") @NotBlank String issuingAgency,
            @DefaultValue("VP-TH") @NotBlank String numberSuffix, @DefaultValue("Hà Nội") @NotBlank String place,
            @DefaultValue("KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG") @NotBlank String signingCapacity,
            @DefaultValue("") String signerName) {

        Urging {
            parentAgency = parentAgency == null || parentAgency.isBlank() ? null : parentAgency;
            signingCapacity = signingCapacity.replace("\\n", "\n");
            signerName = signerName == null || signerName.isBlank() ? null : signerName;
        }
    }
}
