package vn.nhiemvu.plan;

/** A progress report as a unit writes it; the milestone is optional. */
public record ProgressReportDraft(Integer percent, String done, String obstacles, String nextSteps,
        Long milestoneId) {
}
