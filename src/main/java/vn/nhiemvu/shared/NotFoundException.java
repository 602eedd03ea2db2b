package vn.nhiemvu.shared;

/** A thing that does not exist, or that the current user may not see (which is the same to them). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
