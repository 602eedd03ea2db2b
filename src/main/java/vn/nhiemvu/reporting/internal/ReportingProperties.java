package vn.nhiemvu.reporting.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * Periodic reports (Nghị định 09/2019).
 *
 * @param nineMonths  whether 9-month reports ({@code 2020-9M}, 15/12 → 14/9) are offered
 * @param pdfMaxRows  rows of the long tables printed in the PDF (the xlsx always has every row)
 * @param endpoint    where the structured electronic report is sent
 * @param pdf         the heading and signature block of the PDF
 */
@Validated
@ConfigurationProperties("nhiemvu.reporting")
record ReportingProperties(@DefaultValue("true") boolean nineMonths, @DefaultValue("100") @Positive int pdfMaxRows,
        @DefaultValue @Valid Endpoint endpoint, @DefaultValue @Valid Pdf pdf) {

    /**
     * @param url         where {@code POST /api/v1/reports/periods/{key}/send} posts the electronic report (JSON);
     *                    empty: sending is refused
     * @param token       sent as {@code Authorization: Bearer …} to that address
     * @param maxAttempts attempts when the receiver does not answer or answers 5xx, 408 or 429
     * @param backoff     the pause before the 2nd attempt (twice as long before the 3rd, …)
     * @param timeout     connect and answer timeout of one attempt
     */
    record Endpoint(@DefaultValue("") String url, @DefaultValue("") String token,
            @DefaultValue("3") @Positive int maxAttempts, @DefaultValue("2s") @NotNull Duration backoff,
            @DefaultValue("20s") @NotNull Duration timeout) {
    }

    /**
     * @param issuingUnit     the issuing unit under the agency's name
     * @param symbol          the report's number suffix
     * @param signingCapacity the signer's capacity
     */
    record Pdf(@DefaultValue("VĂN PHÒNG") String issuingUnit, @DefaultValue("BC-VP") String symbol,
            @DefaultValue("CHÁNH VĂN PHÒNG") String signingCapacity) {
    }
}
