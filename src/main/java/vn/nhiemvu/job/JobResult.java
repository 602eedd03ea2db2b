package vn.nhiemvu.job;

import java.nio.file.Path;

/** A finished job's result file, ready to stream as a download. */
public record JobResult(String fileName, String contentType, long size, Path path) {
}
