package vn.nhiemvu.evaluation.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import vn.nhiemvu.evaluation.EvaluationPolicy;

/**
 * How tasks are counted in an agency that has not set its own policy (the administrator sets it with
 * {@code PUT /api/v1/evaluation/policy}).
 *
 * @param policy                         {@code CHI_THI_75} or {@code GOVERNMENT_OFFICE}
 * @param dueSoonWorkingDays             a task not done with this many working days left or fewer is "Sắp đến hạn";
 *                                       the due-soon notices follow it too (ADR 0029)
 * @param cutoffWorkingDaysBeforeDeadline where a directive sets no cut-off, a deadline-change request is timely this
 *                                       many working days before the deadline
 * @param nonWorkingDeadlineExtends      a deadline on a non-working day is met by the end of the next working day
 */
@Validated
@ConfigurationProperties("nhiemvu.evaluation")
record EvaluationProperties(@DefaultValue("CHI_THI_75") @NotNull EvaluationPolicy.Kind policy,
        @DefaultValue("5") @PositiveOrZero int dueSoonWorkingDays,
        @DefaultValue("5") @PositiveOrZero int cutoffWorkingDaysBeforeDeadline,
        @DefaultValue("true") boolean nonWorkingDeadlineExtends) {
}
