package vn.nhiemvu.shared;

/**
 * A refusal whose words are a {@link Message}, so that the problem details and the pages word it in the reader's
 * language (ADR 0033): bad input, a thing not found, an action forbidden, a conflict with the current state.
 */
public interface Worded {

    /** What to tell the reader. */
    Message words();
}
