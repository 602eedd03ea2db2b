package vn.nhiemvu.job;

import org.springframework.core.io.Resource;

/** A finished job's result, ready to stream as a download. */
public record JobResult(String fileName, String contentType, long size, Resource content) {
}
