package vn.nhiemvu.people.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.json.JsonMapper;
import vn.nhiemvu.people.ExcellentCap;
import vn.nhiemvu.people.PeriodSheets;
import vn.nhiemvu.shared.DisplayDates;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.SpreadsheetText;

/**
 * A period's sheets as files for the scoring software: JSON that its published schema
 * ({@value #SCHEMA}) validates before it leaves (a file that breaks it is a bug, 500 and logged), and .xlsx (one row
 * per person, one per work item).
 */
@Component
class SheetExports {

    static final String SCHEMA = "/static/schemas/people-sheets-1.0.schema.json";

    private final JsonMapper json;
    private final com.networknt.schema.Schema schema;

    SheetExports(JsonMapper json) {
        this.json = json;
        try (InputStream in = SheetExports.class.getResourceAsStream(SCHEMA)) {
            this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in,
                    InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The export's body, as the schema describes it. */
    record PeriodJson(String schemaVersion, String period, LocalDate from, LocalDate to, LocalDate asOf, CapJson cap,
            List<SheetJson> sheets) {
    }

    record CapJson(BigDecimal share, long rated, long goodOrBetter, long excellent, long allowed, boolean exceeded) {

        static CapJson of(ExcellentCap c) {
            return new CapJson(c.share(), c.rated(), c.goodOrBetter(), c.excellent(), c.allowed(), c.exceeded());
        }
    }

    static PeriodJson body(PeriodSheets p) {
        return new PeriodJson("1.0", p.period().key(), p.period().from(), p.period().to(), p.asOf(),
                CapJson.of(p.cap()), p.sheets().stream().map(SheetJson::of).toList());
    }

    String json(PeriodSheets sheets) {
        String text = json.writerWithDefaultPrettyPrinter().writeValueAsString(body(sheets));
        var errors = schema.validate(text, InputFormat.JSON);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("People's sheets break their JSON Schema: " + errors);
        }
        return text;
    }

    byte[] xlsx(PeriodSheets p) {
        try (var book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet people = book.createSheet(word("people.xlsx.sheets"));
            row(people, 0, word("people.column.person"), word("people.xlsx.username"), word("people.column.unit"),
                    word("people.summary.a"), word("people.summary.b"), word("people.summary.c"),
                    word("people.xlsx.task-points"), word("people.xlsx.general"), word("people.summary.total"),
                    word("people.summary.grade"));
            int r = 1;
            for (var s : p.sheets()) {
                var sh = s.sheet();
                row(people, r++, s.person().displayName(), s.person().username(), s.person().unitName(), text(sh.a()),
                        text(sh.b()), text(sh.c()), text(sh.taskPoints()), text(sh.generalPoints()), text(sh.total()),
                        sh.grade() == null ? "" : sh.grade().label());
            }
            r++;
            ExcellentCap cap = p.cap();
            row(people, r, Message.of(cap.exceeded() ? "people.cap.exceeded" : "people.cap.within", cap.excellent(),
                    cap.goodOrBetter(), cap.allowed(), cap.share().movePointRight(2).stripTrailingZeros().toPlainString())
                    .vietnamese());
            Sheet items = book.createSheet(word("people.xlsx.items"));
            row(items, 0, word("people.xlsx.username"), word("people.xlsx.task-id"), word("people.column.task"),
                    word("people.column.weight"), word("people.column.status"), word("people.column.deadline"),
                    word("people.column.completed"), word("people.column.failed"), word("people.column.quantity"),
                    word("people.column.quality"), word("people.column.timeliness"));
            r = 1;
            for (var s : p.sheets()) {
                for (var l : s.sheet().lines()) {
                    row(items, r++, s.person().username(), String.valueOf(l.taskId()), l.title(), text(l.weight()),
                            l.status().label(), date(l.deadline()), date(l.completedOn()),
                            String.valueOf(l.failedChecks()), text(l.quantity()), text(l.quality()),
                            text(l.timeliness()));
                }
                for (var o : s.sheet().leftOut()) {
                    row(items, r++, s.person().username(), String.valueOf(o.taskId()), o.title(), "",
                            Message.of(o.reason().code()).vietnamese()
                                    + (o.cause() == null ? "" : " — " + o.cause().decision()));
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(SpreadsheetText.neutralized(cells[i] == null ? "" : cells[i]));
        }
    }

    private static String word(String code) {
        return Message.of(code).vietnamese();
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String date(LocalDate day) {
        return day == null ? "" : DisplayDates.date(day);
    }
}
