package vn.nhiemvu.round.internal;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * Proposal rounds' settings.
 *
 * @param invitationValidity how long an invitation link of a focal person can be used after it is issued (ADR 0045)
 * @param pdfPlace           the place of issue on the round's Nghị định 30 documents (the aggregation report)
 * @param pdfSigningCapacity the signer's capacity printed on them, one line per row; the name is left to sign
 */
@Validated
@ConfigurationProperties("nhiemvu.round")
record RoundProperties(@DefaultValue("7d") @NotNull @DurationMin(minutes = 10) Duration invitationValidity,
        @DefaultValue("Hà Nội") @jakarta.validation.constraints.NotBlank String pdfPlace,
        @DefaultValue("THỦ TRƯỞNG ĐƠN VỊ") @jakarta.validation.constraints.NotBlank String pdfSigningCapacity) {
}
