package vn.nhiemvu.tasksheet.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Positive;

/**
 * The task sheet.
 *
 * @param jobThreshold rows above which an import runs as a background job rather than in the request
 */
@Validated
@ConfigurationProperties("nhiemvu.tasksheet")
record TaskSheetProperties(@DefaultValue("500") @Positive int jobThreshold) {
}
