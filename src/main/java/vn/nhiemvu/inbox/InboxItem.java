package vn.nhiemvu.inbox;

import java.time.LocalDate;

/**
 * One thing waiting for a person.
 *
 * @param kind  what to do, in Vietnamese ("Cho ý kiến về đề nghị gia hạn")
 * @param link  the page where it is done
 * @param since the day it started waiting, for the oldest-first order
 */
public record InboxItem(String kind, String title, String link, LocalDate since) {
}
