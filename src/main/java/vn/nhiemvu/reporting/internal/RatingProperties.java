package vn.nhiemvu.reporting.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import vn.nhiemvu.evaluation.CollectiveRating;

/**
 * The shares of Quy định 366-QĐ/TW that rate a unit by its tasks (DOMAIN §10); configurable because the second comes
 * from a secondary source only.
 *
 * @param excellentBeyondShare  share of tasks beyond the requirement that "hoàn thành xuất sắc" needs
 * @param completedMaxLateShare largest share of tasks done late that "hoàn thành" allows
 */
@Validated
@ConfigurationProperties("nhiemvu.rating")
record RatingProperties(@DefaultValue("0.30") @DecimalMin("0") @DecimalMax("1") double excellentBeyondShare,
        @DefaultValue("0.20") @DecimalMin("0") @DecimalMax("1") double completedMaxLateShare) {

    CollectiveRating.Thresholds thresholds() {
        return new CollectiveRating.Thresholds(excellentBeyondShare, completedMaxLateShare);
    }
}
