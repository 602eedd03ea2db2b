/**
 * Management areas (lĩnh vực quản lý, seed 004): an agency's list of areas, each with its focal unit (đầu mối); the
 * tasks each area holds; per-area boards from the task module's evaluated tasks. The task list filters by area through
 * {@link vn.nhiemvu.task.TaskGroups}, which this module answers: area depends on task, never the reverse (ADR 0039).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "shared", "identity", "organization", "evaluation", "task", "audit" })
package vn.nhiemvu.area;
