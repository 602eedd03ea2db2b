package vn.nhiemvu.inbox;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import vn.nhiemvu.shared.Message;

/**
 * One thing waiting for a person.
 *
 * @param kind  what to do, as words ("Cho ý kiến về đề nghị gia hạn"): pages word it in the reader's language, the
 *              API in Vietnamese (ADR 0033)
 * @param link  where to go for it
 * @param since the day it started waiting, for the oldest-first order
 * @param about the page (and step) it is about: for a piece of work its link; for a notice the page it tells of
 */
public record InboxItem(@JsonIgnore Message kind, String title, String link, LocalDate since, String about) {

    /** A piece of work, done where it links to. */
    public InboxItem(Message kind, String title, String link, LocalDate since) {
        this(kind, title, link, since, link);
    }

    /** What to do, in Vietnamese, as the API has always given it. */
    @JsonProperty("kind")
    public String kindInVietnamese() {
        return kind.vietnamese();
    }
}
