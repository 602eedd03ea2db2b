package vn.nhiemvu.tasksheet;

import vn.nhiemvu.job.JobView;

/** Either the report of an import done at once, or the background job doing a large one (its result is the report as JSON). */
public record ImportOutcome(ImportReport report, JobView job) {
}
