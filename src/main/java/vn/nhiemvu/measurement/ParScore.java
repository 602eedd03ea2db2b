package vn.nhiemvu.measurement;

import java.math.BigDecimal;
import java.time.Instant;

/** A self-assessed score of a criterion with its evidence; a later one replaces it, both stay. */
public record ParScore(long id, long criterionId, BigDecimal points, String evidence, String note, String recordedBy,
        Instant recordedAt) {
}
