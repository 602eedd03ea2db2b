package vn.nhiemvu.deadline.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.nhiemvu.deadline.DeadlinePhrase;
import vn.nhiemvu.deadline.DeadlineWording;
import vn.nhiemvu.deadline.WordedDeadline;
import vn.nhiemvu.shared.Dates;
import vn.nhiemvu.shared.Message;

/**
 * What the pages' forms show under a deadline's wording as it is typed ("cuối quý I/2027 →
 * 31/03/2027"), with the date to fill in; on the signed-in pages' side (session, no token), read by
 * {@code static/js/forms.js}. The API's {@code POST /api/v1/deadline-phrases/parse} answers the same
 * reading for programs.
 */
@RestController
class DeadlineReadingController {

    private final DeadlineWording wording;
    private final Clock clock;
    private final MessageSource messages;

    DeadlineReadingController(DeadlineWording wording, Clock clock, MessageSource messages) {
        this.wording = wording;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/deadline-phrases/reading")
    Reading read(@RequestParam(required = false) String text, @RequestParam(required = false) LocalDate reference,
            Locale locale) {
        if (text == null || text.isBlank() || text.length() > DeadlinePhraseApiController.MAX_TEXT_LENGTH) {
            return new Reading(false, null, null, null);
        }
        WordedDeadline read = wording.read(text, null, reference != null ? reference : LocalDate.now(clock));
        if (!(read.reading() instanceof DeadlinePhrase.Understood understood)) {
            return new Reading(false, null, messages.getMessage(Message.of("deadline.reading.not-understood"), locale),
                    null);
        }
        String date = Dates.format(understood.date());
        Message summary = understood.date() == null ? Message.of("deadline.reading.no-date", understood.summary())
                : Message.of("deadline.reading.date", understood.summary(), date);
        return new Reading(true, understood.date() == null ? null : date, messages.getMessage(summary, locale),
                read.recurrence() == null ? null
                        : messages.getMessage(Message.of("deadline.reading.recurrence", read.recurrence().message()),
                                locale));
    }

    /**
     * @param date       dd/MM/yyyy, or null when the wording names no date
     * @param summary    what was understood, in words
     * @param recurrence the recurrence in words, for a recurring wording
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Reading(boolean understood, String date, String summary, String recurrence) {
    }
}
