package vn.nhiemvu.round.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.audit.AuditedChange;
import vn.nhiemvu.calendar.WorkingCalendar;
import vn.nhiemvu.deadline.DeadlinePhrase;
import vn.nhiemvu.deadline.DeadlinePhraseParser;
import vn.nhiemvu.directive.Directive;
import vn.nhiemvu.directive.DirectiveKind;
import vn.nhiemvu.directive.Directives;
import vn.nhiemvu.directive.NewDirective;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.organization.Agency;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.round.PlannedTasks;
import vn.nhiemvu.round.ProposalDecision;
import vn.nhiemvu.round.ProposalRef;
import vn.nhiemvu.round.ProposalRound;
import vn.nhiemvu.round.ProposalsToTasks;
import vn.nhiemvu.round.RoundEvent;
import vn.nhiemvu.round.RoundPermissions.Action;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.Text;
import vn.nhiemvu.task.TaskManagement;

/** Turns chosen proposals into tasks of a plan through the task module, each remembered with its proposal. */
@Component
@Transactional(readOnly = true)
class RoundPlanning {

    private final JdbcRounds store;
    private final JdbcDecisions decisions;
    private final Organization organization;
    private final DeadlinePhraseParser deadlines;
    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Directives directives;
    private final TaskManagement tasks;

    RoundPlanning(JdbcRounds store, JdbcDecisions decisions, Organization organization,
            DeadlinePhraseParser deadlines, WorkingCalendar calendar, ApplicationEventPublisher events, Clock clock,
            Directives directives, TaskManagement tasks) {
        this.store = store;
        this.decisions = decisions;
        this.organization = organization;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
        this.directives = directives;
        this.tasks = tasks;
    }

    @Transactional
    public PlannedTasks turnIntoTasks(CurrentUser user, long id, ProposalsToTasks request) {
        ProposalRound round = RoundService.seen(store, user, id);
        RoundService.check(user, round, Action.PLAN_TASKS);
        var errors = new InvalidInputException.Collector();
        if (request.proposals().isEmpty()) {
            errors.add("proposals", Message.of("invalid.round.proposals.required"));
        }
        if (request.proposals().size() > 500) {
            errors.add("proposals", Message.of("invalid.round.proposals.too-many", 500));
        }
        var chosen = new ArrayList<Located>();
        var seen = new java.util.HashSet<ProposalRef>();
        Map<String, String> merges = store.merges(id);
        Map<String, ProposalDecision> decided = decisions.decisions(id, null);
        for (ProposalRef ref : request.proposals()) {
            if (!seen.add(ref)) {
                continue;
            }
            if (merges.containsKey(ref.key())) {
                ProposalRef into = ProposalRef.ofKey(merges.get(ref.key()));
                errors.add("proposals", Message.of("invalid.round.proposals.merged", ref.receipt(), ref.table(),
                        ref.row(), into.receipt(), into.table(), into.row()));
                continue;
            }
            ProposalDecision decision = decided.get(ref.key());
            if (decision != null && decision.decision() == ProposalDecision.Decision.REJECTED) {
                errors.add("proposals", Message.of("invalid.round.proposals.rejected", ref.receipt(), ref.table(),
                        ref.row(), decision.reason()));
                continue;
            }
            Located.find(store, id, ref, "proposals", errors).ifPresent(chosen::add);
        }
        String lead = request.leadUnit() == null || request.leadUnit().isBlank() ? null : request.leadUnit().strip();
        if (lead != null && organization.unitByCode(round.agencyId(), lead).isEmpty()) {
            errors.add("leadUnit", Message.of("invalid.round.lead-unit.unknown", lead));
        }
        if (request.directiveId() == null && (request.directiveNumber() == null
                || request.directiveNumber().isBlank())) {
            errors.add("directive", Message.of("invalid.round.directive.required"));
        }
        errors.throwIfAny();

        Directive directive;
        if (request.directiveId() != null) {
            directive = directives.find(user, request.directiveId()).orElseThrow(() -> InvalidInputException
                    .of("directive", Message.of("invalid.round.directive.unknown", request.directiveId())));
        } else {
            directive = directives.record(user, new NewDirective(DirectiveKind.KE_HOACH,
                    request.directiveNumber().strip(), round.agencyId(), null,
                    request.directiveDate() != null ? request.directiveDate() : LocalDate.now(clock), null,
                    request.directiveSummary() == null || request.directiveSummary().isBlank() ? round.title()
                            : request.directiveSummary().strip(),
                    null, null));
        }
        Map<String, String> unitCodes = new HashMap<>();
        for (Unit u : organization.units(round.agencyId())) {
            unitCodes.put(Text.fold(u.name()), u.code());
            unitCodes.put(Text.fold(u.code()), u.code());
        }
        String organiserCode = organization.unit(round.agencyId(), round.organiserUnitId()).map(Unit::code)
                .orElseThrow();
        // An outside agency the proposal names as lead leads its task (ADR 0053), unless a unit was chosen for all.
        Map<String, Agency> outside = new HashMap<>();
        if (lead == null) {
            for (Agency a : organization.agencies()) {
                if (a.id() != round.agencyId()) {
                    outside.put(Text.fold(a.name()), a);
                    outside.put(Text.fold(a.code()), a);
                    a.aliases().forEach(alias -> outside.put(Text.fold(alias), a));
                }
            }
        }
        var ledByAgencies = new java.util.LinkedHashMap<Long, String>();
        Instant now = clock.instant();
        var created = new ArrayList<PlannedTasks.Made>();
        var already = new ArrayList<PlannedTasks.Made>();
        for (Located c : chosen) {
            int table = c.ref().table() - 1;
            int row = c.ref().row() - 1;
            Optional<Long> existing = store.proposalTask(c.submission().id(), table, row);
            if (existing.isPresent()) {
                already.add(new PlannedTasks.Made(c.ref(), existing.get()));
                continue;
            }
            String agency = organization.agency(c.submission().agencyId()).map(Agency::name).orElse("");
            String source = "Nguồn: đề xuất của " + agency + " trong đợt lấy đề xuất “" + round.title() + "” (số "
                    + id + "), số tiếp nhận " + c.ref().receipt() + ", bảng " + c.ref().table() + " dòng "
                    + c.ref().row() + "." + alsoProposed(id, c.ref(), merges);
            var draft = ProposalTaskDraft.of(round.template().tables().get(table), c.cells(), directive.id(), lead,
                    organiserCode, name -> Optional.ofNullable(unitCodes.get(Text.fold(name))), source,
                    text -> deadlines.parse(text, directive.issueDate(), calendar) instanceof DeadlinePhrase.Understood u
                            ? Optional.ofNullable(u.date()) : Optional.empty());
            long taskId;
            try {
                taskId = tasks.create(user, draft).id();
            } catch (InvalidInputException e) {
                throw new InvalidInputException(e.errors().stream().map(err -> new InvalidInputException.FieldError(
                        "proposals", Message.of("invalid.round.proposals.task", c.ref().toString(), err.message()))).toList());
            }
            Optional<Agency> leadAgency = ProposalTaskDraft.leadNamed(round.template().tables().get(table), c.cells())
                    .filter(name -> !unitCodes.containsKey(Text.fold(name))).map(name -> outside.get(Text.fold(name)));
            if (leadAgency.isPresent()) {
                tasks.leadByAgency(user, taskId, leadAgency.get().id());
                ledByAgencies.put(taskId, leadAgency.get().code());
            }
            store.insertProposalTask(id, c.submission().id(), table, row, taskId, directive.id(), user.username(),
                    now);
            created.add(new PlannedTasks.Made(c.ref(), taskId));
        }
        if (!created.isEmpty()) {
            List<Long> ids = created.stream().map(PlannedTasks.Made::taskId).toList();
            events.publishEvent(new RoundEvent.ProposalsPlanned(id, round.agencyId(), user.username(), directive.id(),
                    ids, new AuditedChange(null, Map.of("directive", directive.number(), "tasks", ids, "proposals",
                            created.stream().map(m -> m.proposal().toString()).toList(), "leadAgencies",
                            ledByAgencies))));
        }
        return new PlannedTasks(directive.id(), created, already);
    }


    /** " Cùng đề xuất: …" naming the proposers of the duplicates merged into the proposal, or "". */
    private String alsoProposed(long id, ProposalRef kept, Map<String, String> merges) {
        var others = new ArrayList<String>();
        merges.forEach((dup, into) -> {
            if (into.equals(kept.key())) {
                String receipt = dup.substring(0, dup.indexOf('/'));
                String agency = store.submission(id, receipt)
                        .flatMap(s -> organization.agency(s.agencyId())).map(Agency::name).orElse(receipt);
                String[] at = dup.substring(receipt.length() + 1).split("/");
                others.add(agency + " (số tiếp nhận " + receipt + ", bảng " + at[0] + " dòng " + at[1] + ")");
            }
        });
        return others.isEmpty() ? "" : " Cùng đề xuất: " + String.join("; ", others) + ".";
    }
}
