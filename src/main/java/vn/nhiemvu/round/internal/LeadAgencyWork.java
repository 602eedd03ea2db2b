package vn.nhiemvu.round.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.nhiemvu.dossier.DossierView;
import vn.nhiemvu.dossier.Dossiers;
import vn.nhiemvu.dossier.FileRole;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.organization.Agency;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.plan.Plans;
import vn.nhiemvu.plan.ProgressReport;
import vn.nhiemvu.plan.ProgressReportDraft;
import vn.nhiemvu.round.LeadAgencyTasks;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;
import vn.nhiemvu.task.TaskFilter;
import vn.nhiemvu.task.TaskManagement;
import vn.nhiemvu.task.TaskView;

/**
 * The focal person's work on the tasks their agency leads (ADR 0053), handed to the modules that own it. The task,
 * plan and dossier modules keep their rows under the ministry's agency and read the user's agency as theirs, so the
 * focal person speaks in the ministry's name here; what they may see is still their own agency's tasks only, which
 * the organisation decides from their account ({@code Organization.visibility}), whatever agency the request names.
 */
@Service
class LeadAgencyWork implements LeadAgencyTasks {

    private final TaskManagement tasks;
    private final Plans plans;
    private final Dossiers dossiers;
    private final Organization organization;
    private final Clock clock;

    LeadAgencyWork(TaskManagement tasks, Plans plans, Dossiers dossiers, Organization organization, Clock clock) {
        this.tasks = tasks;
        this.plans = plans;
        this.dossiers = dossiers;
        this.organization = organization;
        this.clock = clock;
    }

    @Override
    public List<TaskView> tasks(CurrentUser user) {
        var found = new ArrayList<TaskView>();
        tasks.export(inMinistry(user), TaskFilter.asOf(LocalDate.now(clock)), found::add);
        return found;
    }

    @Override
    public TaskView task(CurrentUser user, long taskId) {
        return tasks.get(inMinistry(user), taskId, null, null);
    }

    @Override
    public TaskView complete(CurrentUser user, long taskId, LocalDate completedAt) {
        return tasks.complete(inMinistry(user), taskId, completedAt, null);
    }

    @Override
    public ProgressReport reportProgress(CurrentUser user, long taskId, ProgressReportDraft draft) {
        return plans.report(inMinistry(user), taskId, draft);
    }

    @Override
    public List<ProgressReport> progressReports(CurrentUser user, long taskId) {
        return plans.reports(inMinistry(user), taskId);
    }

    @Override
    public DossierView.FileView addFile(CurrentUser user, long taskId, FileRole role, String originalName,
            InputStream content, String idempotencyKey) {
        return dossiers.addFile(inMinistry(user), taskId, role, null, originalName, content, idempotencyKey);
    }

    /** The focal person in the ministry's name; anyone else has nothing here (404, as for a task out of scope). */
    private CurrentUser inMinistry(CurrentUser user) {
        long ministry = organization.homeAgency().map(Agency::id).filter(id -> user.respondent())
                .orElseThrow(() -> new NotFoundException(Message.of("notfound.shared.not-found")));
        return new CurrentUser(user.id(), user.username(), user.displayName(), user.role(), ministry, null, null);
    }
}
