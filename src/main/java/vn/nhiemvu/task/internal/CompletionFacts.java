package vn.nhiemvu.task.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.nhiemvu.directive.Directive;
import vn.nhiemvu.directive.Directives;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.task.CompletionPolicy;
import vn.nhiemvu.task.CompletionStep;
import vn.nhiemvu.task.GuidanceRequest;
import vn.nhiemvu.task.Task;
import vn.nhiemvu.task.TaskStep;
import vn.nhiemvu.task.TaskStepSource;

/** What a completion of a task is judged against: its directive, its entry, its recorded steps and its path. */
@Component
class CompletionFacts {

    private final JdbcGuidanceRequests guidance;
    private final Directives directives;
    private final List<TaskStepSource> stepSources;
    private final Clock clock;

    CompletionFacts(JdbcGuidanceRequests guidance, Directives directives, List<TaskStepSource> stepSources, Clock clock) {
        this.guidance = guidance;
        this.directives = directives;
        this.stepSources = List.copyOf(stepSources);
        this.clock = clock;
    }

    CompletionPolicy.Facts of(Task task) {
        var steps = new ArrayList<TaskStep>();
        guidance.ofTask(task.id()).stream().map(GuidanceRequest::requestedOn).max(LocalDate::compareTo)
                .ifPresent(on -> steps.add(new TaskStep(on, Message.of("completion.task-step.guidance"))));
        var done = new EnumMap<CompletionStep, LocalDate>(CompletionStep.class);
        for (TaskStepSource source : stepSources) {
            source.latestStep(task.agencyId(), task.id()).ifPresent(steps::add);
            done.putAll(source.pathSteps(task.agencyId(), task.id()));
        }
        LocalDate directiveDate = task.directiveId() == null ? null
                : Optional.ofNullable(directives.byIds(task.agencyId(), List.of(task.directiveId())).get(task.directiveId()))
                        .map(Directive::issueDate).orElse(null);
        return new CompletionPolicy.Facts(task.kind(), LocalDate.now(clock), directiveDate,
                LocalDate.ofInstant(task.createdAt(), clock.getZone()), steps, done);
    }
}
