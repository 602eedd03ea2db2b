package vn.nhiemvu.reporting;

import java.time.Instant;
import java.util.List;

import vn.nhiemvu.evaluation.EvaluationPolicy;

/**
 * An issued report, kept as it was: its figures never change, whatever is recorded later.
 *
 * @param sha256     of the figures as stored, so a copy can be checked against the original
 * @param report     the figures; null in lists
 * @param deliveries every sending of it, newest first
 */
public record ReportSnapshot(long id, String periodKey, EvaluationPolicy.Kind policy, String documentNumber,
        Instant issuedAt, String issuedBy, String sha256, PeriodicReport report, List<ReportDelivery> deliveries) {
}
