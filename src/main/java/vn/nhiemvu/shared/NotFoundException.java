package vn.nhiemvu.shared;

/**
 * A thing that does not exist, or that the current user may not see (which is the same to them). Its words are a
 * {@link Message} (a {@code notfound.} code and its arguments), worded in the reader's language by the problem
 * details and the pages (ADR 0033); the exception's own message, for logs, is the Vietnamese.
 */
public class NotFoundException extends RuntimeException implements Worded {

    private final Message words;

    public NotFoundException(Message words) {
        super(words.vietnamese());
        this.words = words;
    }

    @Override
    public Message words() {
        return words;
    }
}
