package vn.nhiemvu.measurement;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An indicator as of a date: the value in force for each period (the last recorded by then; earlier ones are its
 * corrections), the latest, how much of the target it attains, the linear trend's forecast for the year's end and
 * the status they give.
 *
 * @param values     the value in force of each measured period, in period order
 * @param history    every value recorded by the date, corrections included, latest first
 * @param attainment latest value / target (null: nothing measured, or a target of 0)
 * @param forecast   the trend's value on the year's last day (null: fewer than two values)
 * @param yearEnd    the day the forecast is for
 */
public record IndicatorStanding(Indicator indicator, List<IndicatorValue> values, List<IndicatorValue> history,
        IndicatorValue latest, BigDecimal attainment, LinearTrend trend, BigDecimal forecast, LocalDate yearEnd,
        IndicatorStatus status) {

    /**
     * The standing from the values recorded by the as-of date (the caller reads only those): per period, the last
     * recorded wins; with the year's last period measured, the indicator has met or missed its target; else, with two
     * values or more, the linear trend at the year's end decides whether it is on track or at risk.
     */
    public static IndicatorStanding of(Indicator indicator, List<IndicatorValue> recorded) {
        List<IndicatorValue> history = new ArrayList<>(recorded);
        history.sort(Comparator.comparing(IndicatorValue::recordedAt).thenComparing(IndicatorValue::id).reversed());
        Map<String, IndicatorValue> inForce = new LinkedHashMap<>();
        for (IndicatorValue v : history) {
            inForce.putIfAbsent(v.periodKey(), v);
        }
        List<IndicatorValue> values = inForce.values().stream().sorted(Comparator.comparing(IndicatorValue::periodEnd))
                .toList();
        List<Frequency.Period> periods = indicator.frequency().periods(indicator.periodYear());
        Frequency.Period last = periods.get(periods.size() - 1);
        LocalDate yearEnd = last.to();
        if (values.isEmpty()) {
            return new IndicatorStanding(indicator, values, history, null, null, null, null, yearEnd,
                    IndicatorStatus.NO_DATA);
        }
        IndicatorValue latest = values.get(values.size() - 1);
        BigDecimal attainment = indicator.target().signum() == 0 ? null
                : latest.value().divide(indicator.target(), MathContext.DECIMAL64);
        LinearTrend trend = LinearTrend.fit(values.stream()
                .map(v -> new LinearTrend.Point(v.periodEnd(), v.value())).toList()).orElse(null);
        BigDecimal forecast = trend == null ? null : trend.at(yearEnd);
        IndicatorStatus status;
        if (latest.periodKey().equals(last.key())) {
            status = indicator.direction().meets(latest.value(), indicator.target()) ? IndicatorStatus.MET
                    : IndicatorStatus.MISSED;
        } else if (forecast == null) {
            status = IndicatorStatus.TOO_FEW_VALUES;
        } else {
            status = indicator.direction().meets(forecast, indicator.target()) ? IndicatorStatus.ON_TRACK
                    : IndicatorStatus.AT_RISK;
        }
        return new IndicatorStanding(indicator, values, history, latest, attainment, trend, forecast, yearEnd, status);
    }
}
