package vn.nhiemvu.shared;

/**
 * The user can see the thing but may not do this to it. Its words are a {@link Message} (a {@code forbidden.} code
 * and its arguments), worded in the reader's language by the problem details and the pages (ADR 0033); the
 * exception's own message, for logs, is the Vietnamese.
 */
public class ForbiddenException extends RuntimeException implements Worded {

    private final Message words;

    public ForbiddenException(Message words) {
        super(words.vietnamese());
        this.words = words;
    }

    @Override
    public Message words() {
        return words;
    }
}
