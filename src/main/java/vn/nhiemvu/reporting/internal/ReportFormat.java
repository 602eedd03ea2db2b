package vn.nhiemvu.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import vn.nhiemvu.reporting.Figures;
import vn.nhiemvu.reporting.ReportingPeriod;
import vn.nhiemvu.shared.DisplayDates;

/** What every format prints the same way: the lines of the summary with their Vietnamese labels, dates. */
final class ReportFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private ReportFormat() {
    }

    /** A line of the summary; rates name their denominator (DOMAIN §4). */
    record Line(String label, Function<Figures, Number> value, boolean rate) {
    }

    static final List<Line> LINES = List.of(
            new Line("Số nhiệm vụ nhận trong kỳ", Figures::received, false),
            new Line("Số nhiệm vụ kỳ trước chuyển sang", Figures::carriedOver, false),
            new Line("Tổng số nhiệm vụ phải thực hiện", Figures::total, false),
            new Line("Hoàn thành đúng hạn", Figures::completedOnTime, false),
            new Line("Hoàn thành quá hạn", Figures::completedLate, false),
            new Line("Đang thực hiện trong hạn", Figures::inProgress, false),
            new Line("Trong đó: sắp đến hạn", Figures::dueSoon, false),
            new Line("Quá hạn chưa hoàn thành", Figures::overdue, false),
            new Line("Không có thời hạn (không tính quá hạn)", Figures::noDeadline, false),
            new Line("Tỷ lệ hoàn thành (trên số nhiệm vụ đến hạn: hoàn thành + quá hạn)", Figures::completionRate, true),
            new Line("Tỷ lệ hoàn thành đúng hạn (trên số đã hoàn thành)", Figures::onTimeRate, true),
            new Line("Tỷ lệ quá hạn (trên tổng số nhiệm vụ phải thực hiện)", Figures::overdueRate, true));

    static String day(LocalDate date) {
        return date == null ? "" : DisplayDates.date(date);
    }

    static String dateTime(Instant instant) {
        return TIME.format(instant.atZone(ReportingPeriod.ZONE));
    }

    /** "98,6%" (Vietnamese decimal comma); empty when there is no denominator. */
    static String percent(Double rate) {
        return rate == null ? "—" : String.format(java.util.Locale.forLanguageTag("vi-VN"), "%.1f%%", rate * 100);
    }
}
