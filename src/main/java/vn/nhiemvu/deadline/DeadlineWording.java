package vn.nhiemvu.deadline;

import java.time.LocalDate;

import org.springframework.stereotype.Service;

import vn.nhiemvu.calendar.WorkingCalendar;

/**
 * Reads a deadline's wording beside its date ({@link WordedDeadline}), for every module that takes
 * both: the task's create and edit (page, API, task sheet, extraction), plan milestones and
 * extension requests on their pages, and the pages' reading as the wording is typed.
 */
@Service
public class DeadlineWording {

    private final DeadlinePhraseParser parser;
    private final WorkingCalendar calendar;

    DeadlineWording(DeadlinePhraseParser parser, WorkingCalendar calendar) {
        this.parser = parser;
        this.calendar = calendar;
    }

    /**
     * @param text      the wording, or null
     * @param date      the date entered, or null
     * @param reference the date of the document the wording comes from (a phrase without a year takes its year)
     */
    public WordedDeadline read(String text, LocalDate date, LocalDate reference) {
        DeadlinePhrase reading = text == null || text.isBlank() ? DeadlinePhrase.NOT_UNDERSTOOD
                : parser.parse(text, reference, calendar);
        return new WordedDeadline(reading, date);
    }
}
