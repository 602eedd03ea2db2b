package vn.nhiemvu.measurement.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.nhiemvu.measurement.Frequency;
import vn.nhiemvu.measurement.IndicatorStanding;
import vn.nhiemvu.measurement.IndicatorValue;

/**
 * What the indicator page's chart draws (ECharts, served from {@code static/js}): every recording period of the year,
 * the value in force of each (null: not measured), the target, and the linear trend at each period's last day (the
 * last is the forecast; null without a trend).
 */
record IndicatorChart(List<String> periods, List<BigDecimal> values, BigDecimal target, List<BigDecimal> trend) {

    static IndicatorChart of(IndicatorStanding s) {
        var periods = new ArrayList<String>();
        var values = new ArrayList<BigDecimal>();
        var trend = new ArrayList<BigDecimal>();
        for (Frequency.Period p : s.indicator().frequency().periods(s.indicator().periodYear())) {
            periods.add(p.key());
            values.add(s.values().stream().filter(v -> v.periodKey().equals(p.key())).map(IndicatorValue::value)
                    .findFirst().orElse(null));
            trend.add(s.trend() == null ? null : s.trend().at(p.to()));
        }
        return new IndicatorChart(periods, values, s.indicator().target(), trend);
    }
}
