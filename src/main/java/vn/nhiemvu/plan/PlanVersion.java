package vn.nhiemvu.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import vn.nhiemvu.identity.Relation;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.DisplayDates;
import vn.nhiemvu.shared.ForbiddenException;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;

/**
 * One version of a task's implementation plan and its state machine (plain Java, immutable: each
 * transition returns the next version). A transition first checks the relation against {@link PlanPermissions} (else
 * {@link ForbiddenException}), then the state (else {@link ConflictException} of kind STATE naming what
 * the current state allows).
 *
 * @param version the optimistic-locking counter, the ETag of the version
 */
public record PlanVersion(Long id, long taskId, long agencyId, int number, PlanState state,
        List<Milestone> milestones, String returnComment, Instant createdAt, String createdBy, Instant submittedAt,
        String submittedBy, Instant decidedAt, String decidedBy, long version) {

    public static final int MAX_MILESTONES = 100;

    public PlanVersion {
        milestones = List.copyOf(milestones);
    }

    /**
     * A new draft: the first version when {@code latest} is null, else a revision of the approved latest one.
     *
     * @param deadline the task's applicable deadline, which no milestone may pass (null: no limit)
     */
    public static PlanVersion draft(long taskId, long agencyId, PlanVersion latest, Relation role,
            List<MilestoneDraft> milestones, LocalDate deadline, String actor, Instant now) {
        checkRole(PlanAction.REVISE, role);
        if (latest != null) {
            latest.checkState(PlanAction.REVISE);
        }
        List<Milestone> checked = check(milestones, deadline);
        return new PlanVersion(null, taskId, agencyId, latest == null ? 1 : latest.number + 1, PlanState.DRAFT,
                checked, null, now, actor, null, null, null, null, 0);
    }

    /** Replaces the milestones of a draft or of a returned version, which becomes a draft again. */
    public PlanVersion edit(Relation role, List<MilestoneDraft> drafts, LocalDate deadline) {
        checkRole(PlanAction.EDIT, role);
        checkState(PlanAction.EDIT);
        return with(PlanState.DRAFT, check(drafts, deadline), returnComment, submittedAt, submittedBy, decidedAt,
                decidedBy);
    }

    public PlanVersion submit(Relation role, String actor, Instant now) {
        checkRole(PlanAction.SUBMIT, role);
        checkState(PlanAction.SUBMIT);
        return with(PlanState.SUBMITTED, milestones, returnComment, now, actor, null, null);
    }

    public PlanVersion approve(Relation role, String actor, Instant now) {
        checkRole(PlanAction.APPROVE, role);
        checkState(PlanAction.APPROVE);
        return with(PlanState.APPROVED, milestones, null, submittedAt, submittedBy, now, actor);
    }

    /** Returns the submitted version to the lead unit; the comment says what to change. */
    public PlanVersion returnWith(Relation role, String comment, String actor, Instant now) {
        checkRole(PlanAction.RETURN, role);
        checkState(PlanAction.RETURN);
        if (comment == null || comment.isBlank()) {
            throw InvalidInputException.of("comment", Message.of("invalid.plan.comment.required"));
        }
        if (comment.length() > 2000) {
            throw InvalidInputException.of("comment", Message.of("invalid.plan.comment.too-long"));
        }
        return with(PlanState.RETURNED, milestones, comment.strip(), submittedAt, submittedBy, now, actor);
    }

    /** The approved version once a newer one is approved; not an action anyone takes. */
    public PlanVersion supersede() {
        if (state != PlanState.APPROVED) {
            throw new IllegalStateException("only an approved version is superseded: " + state);
        }
        return with(PlanState.SUPERSEDED, milestones, returnComment, submittedAt, submittedBy, decidedAt, decidedBy);
    }

    /** Marks a milestone of the approved version done on the date (not after today). */
    public PlanVersion completeMilestone(Relation role, long milestoneId, LocalDate completedOn, LocalDate today,
            String actor) {
        checkRole(PlanAction.COMPLETE_MILESTONE, role);
        checkState(PlanAction.COMPLETE_MILESTONE);
        var next = new ArrayList<Milestone>();
        boolean found = false;
        for (Milestone m : milestones) {
            if (m.id() != null && m.id() == milestoneId) {
                found = true;
                if (m.completedOn() != null) {
                    throw new ConflictException(ConflictException.Kind.STATE,
                            Message.of("conflict.plan.milestone.completed", m.title(), DisplayDates.date(m.completedOn())));
                }
                if (completedOn == null) {
                    throw InvalidInputException.of("completedOn", Message.of("invalid.plan.completed-on.required"));
                }
                if (completedOn.isAfter(today)) {
                    throw InvalidInputException.of("completedOn", Message.of("invalid.plan.completed-on.invalid", DisplayDates.date(today)));
                }
                next.add(new Milestone(m.id(), m.title(), m.dueDate(), m.expectedProduct(), completedOn, actor));
            } else {
                next.add(m);
            }
        }
        if (!found) {
            throw new NotFoundException(Message.of("notfound.plan.milestone.not-approved", milestoneId));
        }
        return with(state, next, returnComment, submittedAt, submittedBy, decidedAt, decidedBy);
    }

    /** The stored milestones not yet completed. */
    public Set<Long> openMilestoneIds() {
        return milestones.stream().filter(m -> m.completedOn() == null).map(Milestone::id).filter(Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The latest milestone's due date; null without milestones. */
    public LocalDate lastDueDate() {
        return milestones.stream().map(Milestone::dueDate).filter(Objects::nonNull).max(LocalDate::compareTo)
                .orElse(null);
    }

    /** The actions this relation may take on this version now. */
    public List<PlanAction> allowedActions(Relation role) {
        return state.actions().stream().filter(a -> PlanPermissions.POLICY.allows(a, role)).toList();
    }

    /** The same version with its stored id and lock counter. */
    public PlanVersion stored(long newId, long newVersion) {
        return new PlanVersion(newId, taskId, agencyId, number, state, milestones, returnComment, createdAt,
                createdBy, submittedAt, submittedBy, decidedAt, decidedBy, newVersion);
    }

    public PlanVersion withMilestones(List<Milestone> stored) {
        return new PlanVersion(id, taskId, agencyId, number, state, stored, returnComment, createdAt, createdBy,
                submittedAt, submittedBy, decidedAt, decidedBy, version);
    }

    private PlanVersion with(PlanState nextState, List<Milestone> nextMilestones, String comment, Instant subAt,
            String subBy, Instant decAt, String decBy) {
        return new PlanVersion(id, taskId, agencyId, number, nextState, nextMilestones, comment, createdAt, createdBy,
                subAt, subBy, decAt, decBy, version);
    }

    private static void checkRole(PlanAction action, Relation role) {
        PlanPermissions.POLICY.check(action, role);
    }

    private void checkState(PlanAction action) {
        if (!state.actions().contains(action)) {
            List<Message> allowed = state.actions().stream().map(PlanAction::words).toList();
            throw new ConflictException(ConflictException.Kind.STATE, allowed.isEmpty()
                    ? Message.of("conflict.plan.version.state-final", action.words(), number, Message.of(state.code()))
                    : Message.of("conflict.plan.version.state", action.words(), number, Message.of(state.code()),
                            Message.joined("shared.list.comma", allowed)));
        }
    }

    /** Checks every milestone and answers all the errors at once. */
    static List<Milestone> check(List<MilestoneDraft> drafts, LocalDate deadline) {
        var errors = new InvalidInputException.Collector();
        if (drafts == null || drafts.isEmpty()) {
            errors.add("milestones", Message.of("invalid.plan.milestones.required"));
            errors.throwIfAny();
        }
        if (drafts.size() > MAX_MILESTONES) {
            errors.add("milestones", Message.of("invalid.plan.milestones.too-many", MAX_MILESTONES));
            errors.throwIfAny();
        }
        var result = new ArrayList<Milestone>();
        for (int i = 0; i < drafts.size(); i++) {
            MilestoneDraft d = drafts.get(i);
            String field = "milestones[" + i + "].";
            if (d == null) {
                errors.add("milestones[" + i + "]", Message.of("invalid.plan.milestone.empty", (i + 1)));
                continue;
            }
            String title = d.title() == null ? "" : d.title().strip();
            if (title.isEmpty()) {
                errors.add(field + "title", Message.of("invalid.plan.milestone.title.required", (i + 1)));
            } else if (title.length() > 500) {
                errors.add(field + "title", Message.of("invalid.plan.milestone.title.too-long", (i + 1)));
            }
            if (d.dueDate() == null) {
                errors.add(field + "dueDate", Message.of("invalid.plan.milestone.due-date.required", (i + 1)));
            } else if (deadline != null && d.dueDate().isAfter(deadline)) {
                errors.add(field + "dueDate", Message.of("invalid.plan.milestone.due-date.after-task", (i + 1), DisplayDates.date(d.dueDate()), DisplayDates.date(deadline)));
            }
            String product = d.expectedProduct() == null || d.expectedProduct().isBlank() ? null
                    : d.expectedProduct().strip();
            if (product != null && product.length() > 2000) {
                errors.add(field + "expectedProduct",
                        Message.of("invalid.plan.milestone.product.too-long", (i + 1)));
            }
            result.add(Milestone.of(title, d.dueDate(), product));
        }
        errors.throwIfAny();
        return result;
    }
}
