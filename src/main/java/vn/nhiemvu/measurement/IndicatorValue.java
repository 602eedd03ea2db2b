package vn.nhiemvu.measurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A value measured for one recording period, with where it comes from. A second value for the same period corrects
 * the first, with the reason; both stay.
 *
 * @param source     where the figure comes from (a report, a system, a count)
 * @param evidence   a document number or address that shows it (null: none)
 * @param correction why this value replaces an earlier one of the period (null: the first)
 * @param channel    through which door it arrived
 * @param channelRef for a token, which one ({@code #12 "Hệ thống giải ngân"}); null otherwise
 */
public record IndicatorValue(long id, long indicatorId, String periodKey, LocalDate periodEnd, BigDecimal value,
        String source, String evidence, String correction, String recordedBy, Instant recordedAt, ValueChannel channel,
        String channelRef) {

    /** A value entered on the page. */
    public IndicatorValue(long id, long indicatorId, String periodKey, LocalDate periodEnd, BigDecimal value,
            String source, String evidence, String correction, String recordedBy, Instant recordedAt) {
        this(id, indicatorId, periodKey, periodEnd, value, source, evidence, correction, recordedBy, recordedAt,
                ValueChannel.FORM, null);
    }
}
