package vn.nhiemvu.extraction.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.calendar.WorkingCalendar;
import vn.nhiemvu.deadline.DeadlinePhraseParser;
import vn.nhiemvu.directive.Directive;
import vn.nhiemvu.directive.Directives;
import vn.nhiemvu.directive.NewDirective;
import vn.nhiemvu.extraction.DirectiveExtractor;
import vn.nhiemvu.extraction.DocumentReader;
import vn.nhiemvu.extraction.Extraction;
import vn.nhiemvu.extraction.ExtractionPermissions;
import vn.nhiemvu.extraction.PartyDirectory;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.organization.Agency;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;
import vn.nhiemvu.task.TaskDraft;
import vn.nhiemvu.task.TaskManagement;
import vn.nhiemvu.task.TaskView;

/**
 * Reads documents for the Office (nothing is stored) and, once a person has confirmed the
 * proposals, records the directive and its tasks through the directive and task modules in one
 * transaction, so both are audited and either all is saved or nothing.
 */
@Service
public class ExtractionService {

    private final DirectiveExtractor extractor;
    private final DocumentReader reader = new DocumentReader();
    private final Organization organization;
    private final WorkingCalendar calendar;
    private final Directives directives;
    private final TaskManagement tasks;
    private final Clock clock;

    ExtractionService(DeadlinePhraseParser parser, Organization organization, WorkingCalendar calendar,
            Directives directives, TaskManagement tasks, Clock clock) {
        this.extractor = new DirectiveExtractor(parser);
        this.organization = organization;
        this.calendar = calendar;
        this.directives = directives;
        this.tasks = tasks;
        this.clock = clock;
    }

    public Extraction extractText(CurrentUser user, String text) {
        checkRole(user);
        return extractor.extract(DocumentReader.check(text), directory(user), calendar, LocalDate.now(clock));
    }

    public Extraction extractFile(CurrentUser user, byte[] bytes, String filename) {
        checkRole(user);
        return extractor.extract(reader.read(bytes, filename), directory(user), calendar, LocalDate.now(clock));
    }

    /** Who may read documents into tasks: those who assign tasks (the Office, administrators). */
    public static void checkRole(CurrentUser user) {
        ExtractionPermissions.POLICY.checkAny(user, ExtractionPermissions.Action.READ_DOCUMENT);
    }

    /** The user's agency's units and every agency of the directory. */
    public PartyDirectory directory(CurrentUser user) {
        var entries = new ArrayList<PartyDirectory.Entry>();
        for (Unit unit : organization.units(user.agencyId())) {
            entries.add(new PartyDirectory.Entry(unit.id(), unit.code(), unit.name(), unit.aliases()));
        }
        for (Agency agency : organization.agencies()) {
            entries.add(new PartyDirectory.Entry(null, agency.code(), agency.name(), agency.aliases()));
        }
        return new PartyDirectory(entries);
    }

    /** What was created from a confirmed extraction. */
    public record Created(Directive directive, List<TaskView> tasks) {
    }

    /** The directive of the user's agency that already has this number: the tasks may be added to it instead. */
    public Optional<Directive> existing(CurrentUser user, String number) {
        checkRole(user);
        return number == null || number.isBlank() ? Optional.empty() : directives.findByNumber(user.agencyId(), number.strip());
    }

    /**
     * Records the directive and its kept tasks; with {@code existingDirectiveId}, the tasks are added to that directive
     * of the user's agency (a letter read again, or a second letter under the same number) and nothing else is recorded.
     */
    @Transactional
    public Created confirm(CurrentUser user, NewDirective directive, List<TaskDraft> drafts, Long existingDirectiveId) {
        checkRole(user);
        Directive recorded = existingDirectiveId == null ? directives.record(user, directive)
                : directives.find(user, existingDirectiveId).orElseThrow(() -> new NotFoundException(
                        Message.of("notfound.directive.directive.unknown", existingDirectiveId)));
        var created = new ArrayList<TaskView>();
        // A refused task names its place among the kept ones ("tasks[2].deadline"), for the page to show the
        // message beside it; the whole confirmation rolls back. The tasks after it are not tried: their writes and
        // listeners would run in a transaction already bound to roll back.
        for (int i = 0; i < drafts.size(); i++) {
            TaskDraft draft = drafts.get(i);
            try {
                created.add(tasks.create(user, new TaskDraft(draft.kind(), draft.title(), draft.description(),
                        draft.leadUnit(), draft.coordinatingUnits(), draft.supervisingLeaderId(), recorded.id(), null,
                        draft.deadline(), draft.deadlineText(), draft.product())));
            } catch (InvalidInputException e) {
                String task = "tasks[" + i + "].";
                throw new InvalidInputException(e.errors().stream()
                        .map(error -> new InvalidInputException.FieldError(task + error.field(), error.message())).toList());
            }
        }
        return new Created(recorded, created);
    }
}
