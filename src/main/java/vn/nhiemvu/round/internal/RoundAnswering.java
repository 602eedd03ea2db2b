package vn.nhiemvu.round.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.audit.AuditedChange;
import vn.nhiemvu.calendar.WorkingCalendar;
import vn.nhiemvu.deadline.DeadlinePhraseParser;
import vn.nhiemvu.evaluation.Evaluations;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.organization.Agency;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.round.Answer;
import vn.nhiemvu.round.AnswerCheck;
import vn.nhiemvu.round.AnswerContent;
import vn.nhiemvu.round.CellReader;
import vn.nhiemvu.round.Lateness;
import vn.nhiemvu.round.ProposalRound;
import vn.nhiemvu.round.RoundEvent;
import vn.nhiemvu.round.RoundPermissions.Action;
import vn.nhiemvu.round.Submission;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.Text;

/** A respondent's answer: its draft, its submissions typed or uploaded, each checked and kept with its receipt. */
@Component
@Transactional(readOnly = true)
class RoundAnswering {

    private final JdbcRounds store;
    private final AnswerJson json;
    private final Organization organization;
    private final DeadlinePhraseParser deadlines;
    private final WorkingCalendar calendar;
    private final Evaluations evaluations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoundAnswering(JdbcRounds store, AnswerJson json, Organization organization, DeadlinePhraseParser deadlines,
            WorkingCalendar calendar, Evaluations evaluations, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.json = json;
        this.organization = organization;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.evaluations = evaluations;
        this.events = events;
        this.clock = clock;
    }

    /** The agency's answer as its draft, its versions and the decisions on them and on their proposals. */
    Answer answer(ProposalRound round, long agencyId) {
        var draft = store.draft(round.id(), agencyId);
        return new Answer(round.id(), agencyId, draft.map(d -> json.read(d.content())).orElse(null),
                draft.map(JdbcRounds.Draft::savedAt).orElse(null), store.submissions(round.id(), agencyId),
                store.reviews(round.id(), agencyId));
    }

    @Transactional
    public Answer saveDraft(CurrentUser user, long id, AnswerContent typed) {
        ProposalRound round = RoundService.seen(store, user, id);
        RoundService.check(user, round, Action.ANSWER);
        refuseIntake(round);
        checkSize(round, typed);
        store.saveDraft(id, user.agencyId(), json.write(typed), user.username(), clock.instant());
        return answer(round, user.agencyId());
    }

    @Transactional
    public Submission submit(CurrentUser user, long id, AnswerContent typed) {
        ProposalRound round = RoundService.seen(store, user, id);
        RoundService.check(user, round, Action.ANSWER);
        Lateness lateness = refuseIntake(round);
        checkSize(round, typed);
        return receive(user, round, lateness, AnswerCheck.check(round.template(), typed, reader(round)));
    }

    @Transactional
    public Submission submitWorkbook(CurrentUser user, long id, String filename, byte[] content) {
        ProposalRound round = RoundService.seen(store, user, id);
        RoundService.check(user, round, Action.ANSWER);
        Lateness lateness = refuseIntake(round);
        TemplateWorkbook.Filled filled = TemplateWorkbook.read(round, filename, content);
        AnswerContent kept;
        try {
            kept = AnswerCheck.check(round.template(), filled.typed(), reader(round));
        } catch (InvalidInputException e) {
            throw filled.located(e);
        }
        return receive(user, round, lateness, kept);
    }

    /** Keeps a checked answer as the agency's next version with its receipt, and drops the draft. */
    private Submission receive(CurrentUser user, ProposalRound round, Lateness lateness, AnswerContent kept) {
        long id = round.id();
        String content = json.write(kept);
        String sha = AnswerJson.sha256(content);
        Agency agency = organization.agency(user.agencyId()).orElseThrow();
        int version = store.lastVersion(id, agency.id()) + 1;
        String number = id + "-" + agency.code() + "-" + version;
        Instant now = clock.instant();
        long submissionId;
        try {
            submissionId = store.insertSubmission(id, agency.id(), version, number, now, user.username(), sha,
                    lateness, kept.noProposal(), content);
        } catch (DuplicateKeyException e) {
            throw new ConflictException(ConflictException.Kind.STATE, Message.of("conflict.round.answer.concurrent"));
        }
        store.deleteDraft(id, agency.id());
        var submission = new Submission(submissionId, id, agency.id(), version, number, now, user.username(), sha,
                lateness, kept);
        events.publishEvent(new RoundEvent.SubmissionReceived(id, round.agencyId(), user.username(), agency.id(),
                number, lateness.late(), lateness.workingDays(),
                new AuditedChange(null, Map.of("receipt", number, "agency", agency.code(), "version", version,
                        "sha256", sha, "late", lateness.late(), "workingDaysLate", lateness.workingDays(),
                        "rows", kept.rowCount(), "noProposal", kept.noProposal()))));
        return submission;
    }

    /** How late an answer now is, or the refusal when the round is closed or does not take it late. */
    private Lateness refuseIntake(ProposalRound round) {
        LocalDate judgedBy = evaluations.evaluator(round.agencyId()).judgedBy(round.deadline());
        Lateness lateness = Lateness.of(judgedBy, LocalDate.now(clock), calendar);
        round.intakeRefusal(lateness).ifPresent(why -> {
            throw new ConflictException(ConflictException.Kind.STATE, why);
        });
        return lateness;
    }

    /** A draft keeps what was typed, but not without bounds. */
    private static void checkSize(ProposalRound round, AnswerContent typed) {
        var errors = new InvalidInputException.Collector();
        if (typed.tables().size() > round.template().tables().size()) {
            errors.add("tables", Message.of("invalid.round.tables.count", round.template().tables().size(), typed.tables().size()));
        }
        for (int t = 0; t < typed.tables().size(); t++) {
            if (typed.tables().get(t).size() > 1000) {
                errors.add("tables[" + t + "]", Message.of("invalid.round.tables.rows.over-1000", (t + 1)));
            }
            for (var row : typed.tables().get(t)) {
                for (var value : row.values()) {
                    if (value != null && value.length() > 4000) {
                        errors.add("tables[" + t + "]", Message.of("invalid.round.tables.too-long", (t + 1)));
                    }
                }
            }
        }
        if (typed.reason().length() > 2000) {
            errors.add("reason", Message.of("invalid.round.reason.too-long-2"));
        }
        errors.throwIfAny();
    }

    /** Cells read against the round's letter date and the directory's names of agencies and the ministry's units. */
    private CellReader reader(ProposalRound round) {
        Map<String, String> names = new HashMap<>();
        for (Agency a : organization.agencies()) {
            names.put(Text.fold(a.code()), a.name());
            names.put(Text.fold(a.name()), a.name());
            a.aliases().forEach(alias -> names.put(Text.fold(alias), a.name()));
        }
        for (Unit u : organization.units(round.agencyId())) {
            names.putIfAbsent(Text.fold(u.code()), u.name());
            names.putIfAbsent(Text.fold(u.name()), u.name());
            u.aliases().forEach(alias -> names.putIfAbsent(Text.fold(alias), u.name()));
        }
        return new CellReader(deadlines, calendar, round.letterDate(),
                typed -> Optional.ofNullable(names.get(Text.fold(typed))));
    }
}
