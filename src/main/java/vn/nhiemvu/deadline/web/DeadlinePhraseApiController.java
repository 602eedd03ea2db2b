package vn.nhiemvu.deadline.web;

import java.net.URI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.nhiemvu.calendar.WorkingCalendar;
import vn.nhiemvu.deadline.DeadlineKind;
import vn.nhiemvu.deadline.DeadlinePhrase;
import vn.nhiemvu.deadline.DeadlinePhraseParser;
import vn.nhiemvu.deadline.Recurrence;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/**
 * Reads the deadline in a phrase, as a person typing a directive's wording wants to see it
 * understood. Answers 422 when the phrase is not understood: the text was fine, it just names no
 * date the system can stand behind.
 *
 * <p>Working days come from the calendar module's {@link WorkingCalendar}. Until that bean exists
 * the application still starts and every phrase that needs no working days is answered; one that
 * does ("10 ngày làm việc", "trong tuần") gets 503.
 */
@RestController
@RequestMapping("/api/v1/deadline-phrases")
@Tag(name = "Thời hạn", description = "Đọc cụm từ thời hạn trong văn bản chỉ đạo thành ngày và loại thời hạn")
class DeadlinePhraseApiController {

    /** Longer than any deadline clause; a whole document belongs elsewhere. */
    static final int MAX_TEXT_LENGTH = 5_000;
    private static final String TYPE_PREFIX = "urn:nhiemvu:problem:";

    private final DeadlinePhraseParser parser;
    private final WorkingCalendar calendar;
    private final Clock clock;

    DeadlinePhraseApiController(DeadlinePhraseParser parser, WorkingCalendar calendar, Clock clock) {
        this.parser = parser;
        this.calendar = calendar;
        this.clock = clock;
    }

    @PostMapping("/parse")
    @Operation(summary = "Đọc thời hạn trong một cụm từ (mặc định tính theo ngày hôm nay)")
    ResponseEntity<?> parse(@RequestBody ParseRequest request) {
        String text = request.text();
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("text", Message.of("invalid.deadline.text.invalid"));
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw InvalidInputException.of("text",
                    Message.of("invalid.deadline.text.too-long", MAX_TEXT_LENGTH));
        }
        LocalDate reference = request.reference() != null ? request.reference() : LocalDate.now(clock);
        DeadlinePhrase result = parser.parse(text, reference, calendar);
        if (!(result instanceof DeadlinePhrase.Understood understood)) {
            return problem(HttpStatus.UNPROCESSABLE_CONTENT, "deadline-not-understood", "Không hiểu thời hạn",
                    "Không hiểu cụm từ thời hạn: \"" + text.strip() + "\". Hãy ghi rõ ngày (ví dụ \"trước ngày 30/9/2020\").");
        }
        return ResponseEntity.ok(ParsedDeadline.of(text, understood));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + slug));
        problem.setTitle(title);
        return ResponseEntity.status(status).body(problem);
    }

    /** @param reference the date of the document the phrase comes from; today (Asia/Ho_Chi_Minh) if absent */
    record ParseRequest(
            @Schema(description = "Cụm từ hoặc câu có thời hạn", example = "hoàn thành trong quý III năm 2020") String text,
            @Schema(description = "Ngày của văn bản (mặc định hôm nay)", example = "2020-07-14") LocalDate reference) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ParsedDeadline(LocalDate date, DeadlineKind kind, SpanView span, String matchedText,
            RecurrenceView recurrence, String normalizedText) {

        static ParsedDeadline of(String text, DeadlinePhrase.Understood understood) {
            Recurrence r = understood.recurrence();
            return new ParsedDeadline(understood.date(), understood.kind(),
                    new SpanView(understood.span().start(), understood.span().end()), understood.span().of(text),
                    r == null ? null : new RecurrenceView(r.frequency(), r.dayOfMonth(), r.monthOfPeriod(), r.dayOfWeek()),
                    understood.normalizedText());
        }
    }

    /** {@link Recurrence} without its empty fields. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RecurrenceView(Recurrence.Frequency frequency, Integer dayOfMonth, Integer monthOfPeriod,
            DayOfWeek dayOfWeek) {
    }

    /** Offsets in UTF-16 code units, as JavaScript's {@code String.prototype.slice} takes them. */
    record SpanView(int start, int end) {
    }
}
