package vn.nhiemvu.measurement.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.measurement.Frequency;
import vn.nhiemvu.measurement.Indicator;
import vn.nhiemvu.measurement.IndicatorStanding;
import vn.nhiemvu.measurement.IndicatorValue;
import vn.nhiemvu.organization.Agency;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.reporting.PeriodicReport;
import vn.nhiemvu.reporting.ReportSheet;
import vn.nhiemvu.reporting.ReportSheet.Column;
import vn.nhiemvu.reporting.ReportSheet.Kind;
import vn.nhiemvu.reporting.ReportSheetSource;
import vn.nhiemvu.reporting.ReportingPeriod;
import vn.nhiemvu.shared.DisplayDates;
import vn.nhiemvu.shared.Message;

/**
 * The indicators' part of the periodic report ("Chỉ tiêu"): each indicator of the agency whose year overlaps the
 * report's period, one row per recording period begun by the cut-off, with the value in force, the target, the
 * year-end forecast and the status. Values are those recorded by the time the report was made, and of a period not
 * yet over by the cut-off only those recorded by then, so an issued report keeps its figures after later
 * corrections and a past report does not show what was measured after it.
 */
@Component
@Transactional(readOnly = true)
class IndicatorReportSheet implements ReportSheetSource {

    /** After the report's own sheets; the first module's part. */
    static final int ORDER = 10;

    private final JdbcIndicators store;
    private final Organization organization;

    IndicatorReportSheet(JdbcIndicators store, Organization organization) {
        this.store = store;
        this.organization = organization;
    }

    @Override
    public List<ReportSheet> sheets(PeriodicReport report) {
        Agency agency = organization.agencyByCode(report.agencyCode()).orElse(null);
        if (agency == null) {
            return List.of();
        }
        LocalDate cutoff = report.period().to();
        Instant endOfCutoff = cutoff.plusDays(1).atStartOfDay(ReportingPeriod.ZONE).toInstant();
        List<Indicator> chosen = store.list(agency.id()).stream()
                .filter(i -> i.periodYear() >= report.period().from().getYear() && i.periodYear() <= cutoff.getYear())
                .sorted(Comparator.comparing(Indicator::periodYear).thenComparing(Indicator::code)).toList();
        if (chosen.isEmpty()) {
            return List.of();
        }
        Map<Long, List<IndicatorValue>> recorded = store.values(chosen.stream().map(Indicator::id).toList(),
                report.generatedAt());
        Map<Long, String> units = organization.units(agency.id()).stream()
                .collect(Collectors.toMap(Unit::id, Unit::name));
        var rows = new ArrayList<List<Object>>();
        for (Indicator i : chosen) {
            List<IndicatorValue> known = recorded.getOrDefault(i.id(), List.of()).stream()
                    .filter(v -> !v.periodEnd().isAfter(cutoff) || v.recordedAt().isBefore(endOfCutoff)).toList();
            IndicatorStanding standing = IndicatorStanding.of(i, known);
            Map<String, IndicatorValue> byPeriod = standing.values().stream()
                    .collect(Collectors.toMap(IndicatorValue::periodKey, Function.identity()));
            String status = Message.of(standing.status().code()).vietnamese();
            for (Frequency.Period p : i.frequency().periods(i.periodYear())) {
                if (p.from().isAfter(cutoff)) {
                    break;
                }
                IndicatorValue v = byPeriod.get(p.key());
                rows.add(Arrays.asList(i.code(), i.name(), i.unitOfMeasure(),
                        Message.of(i.direction().code()).vietnamese(), i.target(), units.get(i.ownerUnitId()),
                        p.key(), p.to(), v == null ? null : v.value(), standing.forecast(), status));
            }
        }
        return List.of(new ReportSheet(ORDER, Message.of("measurement.report.sheet").vietnamese(),
                List.of(Message.of("measurement.report.as-of", DisplayDates.date(cutoff)).vietnamese(),
                        Message.of("measurement.forecast.method").vietnamese()),
                List.of(column("measurement.report.code", Kind.TEXT, 12, false),
                        column("measurement.column.indicator", Kind.TEXT, 50, true),
                        column("measurement.report.unit-of-measure", Kind.TEXT, 10, false),
                        column("measurement.report.direction", Kind.TEXT, 18, false),
                        column("measurement.column.target", Kind.DECIMAL, 12, true),
                        column("measurement.column.owner", Kind.TEXT, 30, true),
                        column("measurement.column.period", Kind.TEXT, 10, true),
                        column("measurement.report.period-end", Kind.DATE, 12, false),
                        column("measurement.column.value", Kind.DECIMAL, 12, true),
                        column("measurement.column.forecast", Kind.DECIMAL, 14, true),
                        column("measurement.column.status", Kind.TEXT, 26, true)),
                rows));
    }

    /** The PDF prints the name, target, unit, period, value, forecast and status; the xlsx every column. */
    private static Column column(String code, Kind kind, int width, boolean printed) {
        return new Column(Message.of(code).vietnamese(), kind, width, printed);
    }
}
