package vn.nhiemvu.inbox;

import java.time.LocalDate;

/**
 * One thing waiting for a person.
 *
 * @param kind  what to do, in Vietnamese ("Cho ý kiến về đề nghị gia hạn")
 * @param link  where to go for it
 * @param since the day it started waiting, for the oldest-first order
 * @param about the page (and step) it is about: for a piece of work its link; for a notice the page it tells of
 */
public record InboxItem(String kind, String title, String link, LocalDate since, String about) {

    /** A piece of work, done where it links to. */
    public InboxItem(String kind, String title, String link, LocalDate since) {
        this(kind, title, link, since, link);
    }
}
