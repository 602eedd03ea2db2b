package vn.nhiemvu.federation;

/**
 * A file that shows work done on a task received from above, sent up by reference: the receiver fetches it from
 * {@code href} when it wants it and checks it against {@code sha256} (hex).
 */
public record EvidenceFile(String name, String mediaType, long size, String sha256, String href) {
}
