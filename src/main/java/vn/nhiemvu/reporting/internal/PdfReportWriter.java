package vn.nhiemvu.reporting.internal;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import vn.nhiemvu.officialdocument.OfficialDocument;
import vn.nhiemvu.officialdocument.OfficialDocumentRenderer;
import vn.nhiemvu.reporting.Figures;
import vn.nhiemvu.reporting.PeriodicReport;
import vn.nhiemvu.reporting.ReportSheet;
import vn.nhiemvu.reporting.ReportSnapshot;
import vn.nhiemvu.reporting.ReportingPeriod;

/**
 * The report as an official document (Nghị định 30/2020): a BÁO CÁO of the Ministry Office to leadership, its body
 * the summary with the comparison, the breakdowns, the overdue tasks with the units' explanations and the ranking.
 * Long tables are cut at {@code nhiemvu.reporting.pdf-max-rows} (a paper report of 30,000 rows helps nobody; the
 * xlsx has every row).
 */
@Component
class PdfReportWriter {

    private static final String[] ROMAN = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII" };

    private final ITemplateEngine templates;
    private final OfficialDocumentRenderer renderer;
    private final int maxRows;
    private final String issuingUnit;
    private final String symbol;
    private final String signingCapacity;

    PdfReportWriter(ITemplateEngine templates, OfficialDocumentRenderer renderer,
            ReportingProperties settings) {
        int maxRows = settings.pdfMaxRows();
        String issuingUnit = settings.pdf().issuingUnit();
        String symbol = settings.pdf().symbol();
        String signingCapacity = settings.pdf().signingCapacity();
        this.templates = templates;
        this.renderer = renderer;
        this.maxRows = Math.max(1, maxRows);
        this.issuingUnit = issuingUnit;
        this.symbol = symbol;
        this.signingCapacity = signingCapacity;
    }

    /** A section of breakdown rows, cut at the row limit. */
    record Section(String title, String what, List<PeriodicReport.Breakdown> rows, int omitted) {
    }

    /** Another module's part (a {@link ReportSheet}) as printed: its cells as text, cut at the row limit. */
    record Other(String title, List<String> notes, List<String> headers, List<List<String>> rows, int omitted) {
    }

    /** {@code snapshot} null: a draft, without number and date; the other modules' parts follow the ranking. */
    void write(PeriodicReport r, ReportSnapshot snapshot, List<ReportSheet> others, OutputStream out) {
        var context = new Context(Locale.forLanguageTag("vi-VN"));
        Function<LocalDate, String> day = ReportFormat::day;
        Function<Double, String> percent = ReportFormat::percent;
        context.setVariable("r", r);
        context.setVariable("day", day);
        context.setVariable("percent", percent);
        context.setVariable("lead", lead(r));
        context.setVariable("periodLower", lowerFirst(r.period().label()));
        context.setVariable("summary", summaryRows(r));
        var sections = List.of(section(1, "THEO NGUỒN GIAO", "Nguồn giao", r.bySource()),
                section(2, "THEO ĐƠN VỊ CHỦ TRÌ", "Đơn vị chủ trì", r.byUnit()),
                section(3, "THEO LÃNH ĐẠO BỘ PHỤ TRÁCH", "Lãnh đạo Bộ phụ trách", r.byLeader()),
                section(4, "THEO VĂN BẢN CHỈ ĐẠO", "Văn bản chỉ đạo", r.byDirective()));
        context.setVariable("sections", sections);
        context.setVariable("overdueTitle", ROMAN[5] + ". NHIỆM VỤ QUÁ HẠN, LÝ DO VÀ GIẢI TRÌNH CỦA ĐƠN VỊ");
        context.setVariable("overdue", r.overdueTasks().subList(0, Math.min(maxRows, r.overdueTasks().size())));
        context.setVariable("overdueOmitted", Math.max(0, r.overdueTasks().size() - maxRows));
        Function<PeriodicReport.OverdueTask, List<String>> explanations = PdfReportWriter::explanations;
        context.setVariable("explanations", explanations);
        context.setVariable("rankingTitle", ROMAN[6] + ". XẾP HẠNG ĐƠN VỊ");
        context.setVariable("ranking", r.unitRankings().stream().filter(c -> c.rank() > 0).limit(maxRows).toList());
        var printed = new ArrayList<Other>();
        for (int i = 0; i < others.size() && 7 + i < ROMAN.length; i++) {
            printed.add(other(ROMAN[7 + i], others.get(i)));
        }
        context.setVariable("others", printed);
        String body = templates.process("reporting/pdf-body", context);

        String subject = "Kết quả thực hiện nhiệm vụ được giao " + lowerFirst(r.period().label());
        var document = new OfficialDocument(r.agencyName().toUpperCase(Locale.forLanguageTag("vi-VN")), issuingUnit,
                snapshot != null && snapshot.documentNumber() != null ? snapshot.documentNumber() : "      /" + symbol,
                "Hà Nội", snapshot == null ? null : snapshot.issuedAt().atZone(ReportingPeriod.ZONE).toLocalDate(),
                "BÁO CÁO", subject, List.of("Bộ trưởng và các Thứ trưởng"), body,
                List.of("- Như trên;", "- Các đơn vị thuộc Bộ;", "- Lưu: VT, TH."), signingCapacity, null, false);
        renderer.renderPdf(document, out);
    }

    private Section section(int index, String title, String what, List<PeriodicReport.Breakdown> rows) {
        return new Section(ROMAN[index] + ". " + title, what, rows.subList(0, Math.min(maxRows, rows.size())),
                Math.max(0, rows.size() - maxRows));
    }

    private Other other(String number, ReportSheet sheet) {
        var printed = new ArrayList<Integer>();
        for (int c = 0; c < sheet.columns().size(); c++) {
            if (sheet.columns().get(c).printed()) {
                printed.add(c);
            }
        }
        var rows = sheet.rows().subList(0, Math.min(maxRows, sheet.rows().size())).stream()
                .map(cells -> printed.stream().map(c -> cell(cells.get(c), sheet.columns().get(c).kind())).toList())
                .toList();
        return new Other(number + ". " + sheet.title().toUpperCase(Locale.forLanguageTag("vi-VN")), sheet.notes(),
                printed.stream().map(c -> sheet.columns().get(c).header()).toList(), rows,
                Math.max(0, sheet.rows().size() - maxRows));
    }

    /** A cell as the paper shows it: 92,3% and 1.234,5 with the Vietnamese separators, dates dd/MM/yyyy. */
    static String cell(Object value, ReportSheet.Kind kind) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate d) {
            return ReportFormat.day(d);
        }
        if (value instanceof Number n) {
            return switch (kind) {
                case PERCENT -> ReportFormat.percent(n.doubleValue());
                case INTEGER -> String.format(Locale.forLanguageTag("vi-VN"), "%,d", n.longValue());
                default -> String.format(Locale.forLanguageTag("vi-VN"), "%,.1f", n.doubleValue());
            };
        }
        return value.toString();
    }

    /** The paragraph in the Government Office's words (report 1270/BC-TCTTTg style). */
    static String lead(PeriodicReport r) {
        Figures f = r.summary();
        return "Tổng số nhiệm vụ phải thực hiện trong kỳ là " + f.total() + " (nhận trong kỳ " + f.received()
                + ", kỳ trước chuyển sang " + f.carriedOver() + "). Đã hoàn thành " + f.completed() + " nhiệm vụ (đúng hạn "
                + f.completedOnTime() + ", quá hạn " + f.completedLate() + "), đạt " + ReportFormat.percent(f.completionRate())
                + " trên số nhiệm vụ đến hạn; chưa hoàn thành " + (f.inProgress() + f.overdue()) + " nhiệm vụ có thời hạn (trong hạn "
                + f.inProgress() + ", quá hạn " + f.overdue() + "); " + f.noDeadline()
                + " nhiệm vụ không có thời hạn được theo dõi riêng.";
    }

    private static List<String[]> summaryRows(PeriodicReport r) {
        var rows = new ArrayList<String[]>();
        for (ReportFormat.Line line : ReportFormat.LINES) {
            Number now = line.value().apply(r.summary());
            Number before = line.value().apply(r.previous());
            rows.add(new String[] { line.label(), show(now, line.rate()), show(before, line.rate()),
                    now == null || before == null ? "—" : delta(now, before, line.rate()) });
        }
        return rows;
    }

    private static String show(Number n, boolean rate) {
        return rate ? ReportFormat.percent((Double) n) : String.valueOf(n);
    }

    private static String delta(Number now, Number before, boolean rate) {
        if (rate) {
            double d = (now.doubleValue() - before.doubleValue()) * 100;
            return String.format(Locale.forLanguageTag("vi-VN"), "%+.1f điểm %%", d);
        }
        long d = now.longValue() - before.longValue();
        return d > 0 ? "+" + d : String.valueOf(d);
    }

    private static List<String> explanations(PeriodicReport.OverdueTask t) {
        String text = ElectronicReports.explanation(t);
        return text == null ? List.of("Đơn vị chưa có báo cáo tiến độ hay đề nghị trước ngày chốt.") : List.of(text);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
