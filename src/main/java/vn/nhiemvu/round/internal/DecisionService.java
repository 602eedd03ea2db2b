package vn.nhiemvu.round.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.audit.AuditedChange;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.round.ProposalDecision;
import vn.nhiemvu.round.ProposalDecisions;
import vn.nhiemvu.round.ProposalRef;
import vn.nhiemvu.round.ProposalRound;
import vn.nhiemvu.round.Review;
import vn.nhiemvu.round.RoundEvent;
import vn.nhiemvu.round.RoundPermissions.Action;
import vn.nhiemvu.round.Submission;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.DisplayDates;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/**
 * The organiser's decisions: on an agency's version (ADR 0045), on single proposals, merging duplicates, and undoing
 * any of them with a reason while the proposals concerned are not yet tasks (ADR 0050).
 */
@Service
@Transactional(readOnly = true)
class DecisionService implements ProposalDecisions {

    private final JdbcRounds store;
    private final JdbcDecisions decisions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DecisionService(JdbcRounds store, JdbcDecisions decisions, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.decisions = decisions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public int merge(CurrentUser user, long id, ProposalRef kept, List<ProposalRef> duplicates) {
        ProposalRound round = RoundService.seen(store, user, id);
        RoundService.check(user, round, Action.MERGE);
        var errors = new InvalidInputException.Collector();
        if (kept == null) {
            errors.add("kept", Message.of("invalid.round.kept.required"));
        }
        if (duplicates == null || duplicates.isEmpty()) {
            errors.add("duplicates", Message.of("invalid.round.duplicates.required"));
        }
        errors.throwIfAny();
        Map<String, String> merges = store.merges(id);
        Map<String, Long> tasksMade = store.proposalTasks(id);
        Optional<Located> into = Located.find(store, id, kept, "kept", errors);
        if (merges.containsKey(kept.key())) {
            errors.add("kept", Message.of("invalid.round.kept.merged", kept.receipt(), kept.table(), kept.row()));
        }
        var toMerge = new ArrayList<Located>();
        for (ProposalRef dup : new java.util.LinkedHashSet<>(duplicates)) {
            if (dup.equals(kept)) {
                errors.add("duplicates", Message.of("invalid.round.duplicates.self", dup.receipt(), dup.table(), dup.row()));
                continue;
            }
            if (merges.containsKey(dup.key())) {
                if (!merges.get(dup.key()).equals(kept.key())) {
                    errors.add("duplicates", Message.of("invalid.round.duplicates.merged", dup.receipt(), dup.table(),
                            dup.row()));
                }
                continue;
            }
            if (merges.containsValue(dup.key())) {
                errors.add("duplicates", Message.of("invalid.round.duplicates.keeps-others", dup.receipt(), dup.table(),
                        dup.row()));
                continue;
            }
            if (tasksMade.containsKey(dup.key())) {
                errors.add("duplicates", Message.of("invalid.round.duplicates.task-made", dup.receipt(), dup.table(),
                        dup.row(), tasksMade.get(dup.key())));
                continue;
            }
            Located.find(store, id, dup, "duplicates", errors).ifPresent(toMerge::add);
        }
        errors.throwIfAny();
        Instant now = clock.instant();
        Located k = into.orElseThrow();
        for (Located d : toMerge) {
            store.insertMerge(id, d.submission().id(), d.ref().table() - 1, d.ref().row() - 1, k.submission().id(),
                    kept.table() - 1, kept.row() - 1, user.username(), now);
        }
        if (!toMerge.isEmpty()) {
            List<String> keys = toMerge.stream().map(d -> d.ref().key()).toList();
            events.publishEvent(new RoundEvent.ProposalsMerged(id, round.agencyId(), user.username(), kept.key(), keys,
                    new AuditedChange(null, Map.of("kept", kept.key(), "duplicates", keys))));
        }
        return toMerge.size();
    }

    @Transactional
    public Review review(CurrentUser user, long id, String receipt, Review.Decision decision, String reason) {
        ProposalRound round = RoundService.seen(store, user, id);
        RoundService.check(user, round, Action.REVIEW);
        var errors = new InvalidInputException.Collector();
        String why = Review.checkedReason(decision, reason, errors);
        Optional<Submission> submission = receipt == null ? Optional.empty() : store.submission(id, receipt.strip());
        if (submission.isEmpty()) {
            errors.add("receipt", Message.of("invalid.round.proposals.unknown-receipt", receipt == null ? "" : receipt));
        }
        errors.throwIfAny();
        Submission s = submission.get();
        if (s.version() != store.lastVersion(id, s.agencyId())) {
            throw new ConflictException(ConflictException.Kind.STATE,
                    Message.of("conflict.round.review.not-last", s.number()));
        }
        Instant now = clock.instant();
        if (!store.insertReview(id, s.id(), decision, why, user.username(), now)) {
            Review made = store.reviews(id, s.agencyId()).get(s.number());
            throw new ConflictException(ConflictException.Kind.STATE, Message.of("conflict.round.review.decided",
                    s.number(), Message.of(made.decision().code()), vn.nhiemvu.shared.DisplayDates.dateTime(made.decidedAt())));
        }
        var review = new Review(s.number(), decision, why, user.username(), now);
        events.publishEvent(new RoundEvent.SubmissionReviewed(id, round.agencyId(), user.username(), s.agencyId(),
                round.title(), s.number(), decision, why, new AuditedChange(Map.of("receipt", s.number(), "decision",
                        "PENDING"), Map.of("receipt", s.number(), "decision", decision.name(), "reason", why))));
        return review;
    }

    @Override
    @Transactional
    public ProposalDecision decide(CurrentUser user, long id, ProposalRef proposal, ProposalDecision.Decision decision,
            String reason) {
        ProposalRound round = RoundService.seen(store, user, id);
        RoundService.check(user, round, Action.REVIEW);
        var errors = new InvalidInputException.Collector();
        String why = ProposalDecision.checkedReason(decision, reason, errors);
        Located at = located(id, proposal, errors);
        Submission s = at.submission();
        String key = proposal.key();
        if (s.version() != store.lastVersion(id, s.agencyId())) {
            throw conflict(Message.of("conflict.round.proposal-decision.not-last", proposal.toString()));
        }
        String kept = store.merges(id).get(key);
        if (kept != null) {
            throw conflict(Message.of("conflict.round.proposal-decision.merged", proposal.toString(),
                    ProposalRef.ofKey(kept).toString()));
        }
        Long task = store.proposalTasks(id).get(key);
        if (task != null && decision == ProposalDecision.Decision.REJECTED) {
            throw conflict(Message.of("conflict.round.undo.task-made", proposal.toString(), task));
        }
        Instant now = clock.instant();
        if (!decisions.insert(id, s.id(), at.tableIndex(), at.rowIndex(), decision, why, user.username(), now)) {
            ProposalDecision made = decisions.decisions(id, s.agencyId()).get(key);
            throw conflict(Message.of("conflict.round.proposal-decision.decided", proposal.toString(),
                    Message.of(made.decision().code()), DisplayDates.dateTime(made.decidedAt())));
        }
        var made = new ProposalDecision(proposal, decision, why, user.username(), now);
        events.publishEvent(new RoundEvent.ProposalDecided(id, round.agencyId(), user.username(), s.agencyId(),
                round.title(), key, decision, why, now, new AuditedChange(
                        Map.of("proposal", key, "decision", "PENDING"),
                        Map.of("proposal", key, "decision", decision.name(), "reason", why))));
        return made;
    }

    @Override
    @Transactional
    public ProposalDecision undoDecision(CurrentUser user, long id, ProposalRef proposal, String reason) {
        ProposalRound round = RoundService.seen(store, user, id);
        RoundService.check(user, round, Action.REVIEW);
        var errors = new InvalidInputException.Collector();
        String why = ProposalDecision.checkedUndoReason(reason, errors);
        Located at = located(id, proposal, errors);
        Submission s = at.submission();
        String key = proposal.key();
        Long task = store.proposalTasks(id).get(key);
        if (task != null) {
            throw conflict(Message.of("conflict.round.undo.task-made", proposal.toString(), task));
        }
        ProposalDecision was = decisions.decisions(id, s.agencyId()).get(key);
        if (was == null || !decisions.deleteDecision(s.id(), at.tableIndex(), at.rowIndex())) {
            throw conflict(Message.of("conflict.round.undo.none", proposal.toString()));
        }
        retracted(user, id, round, s.agencyId(), "proposal", key, decided(key, was.decision().name(), was.reason(),
                was.decidedBy(), was.decidedAt()), why);
        return was;
    }

    @Override
    @Transactional
    public Review undoReview(CurrentUser user, long id, String receipt, String reason) {
        ProposalRound round = RoundService.seen(store, user, id);
        RoundService.check(user, round, Action.REVIEW);
        var errors = new InvalidInputException.Collector();
        String why = ProposalDecision.checkedUndoReason(reason, errors);
        String number = receipt == null ? "" : receipt.strip();
        Optional<Submission> submission = store.submission(id, number);
        if (submission.isEmpty()) {
            errors.add("receipt", Message.of("invalid.round.proposals.unknown-receipt", number));
        }
        errors.throwIfAny();
        Submission s = submission.get();
        if (decisions.tasksOf(s.id()) > 0) {
            throw conflict(Message.of("conflict.round.undo.review-task-made", number));
        }
        Review was = store.reviews(id, s.agencyId()).get(number);
        if (was == null || !decisions.deleteReview(s.id())) {
            throw conflict(Message.of("conflict.round.undo.review-none", number));
        }
        retracted(user, id, round, s.agencyId(), "receipt", number, decided(number, was.decision().name(),
                was.reason(), was.decidedBy(), was.decidedAt()), why);
        return was;
    }

    @Override
    @Transactional
    public ProposalRef unmerge(CurrentUser user, long id, ProposalRef duplicate, String reason) {
        ProposalRound round = RoundService.seen(store, user, id);
        RoundService.check(user, round, Action.MERGE);
        var errors = new InvalidInputException.Collector();
        String why = ProposalDecision.checkedUndoReason(reason, errors);
        Located at = located(id, duplicate, errors);
        String key = duplicate.key();
        String keptKey = store.merges(id).get(key);
        if (keptKey == null) {
            throw conflict(Message.of("conflict.round.unmerge.not-merged", duplicate.toString()));
        }
        ProposalRef kept = ProposalRef.ofKey(keptKey);
        Long task = store.proposalTasks(id).get(keptKey);
        if (task != null) {
            // The task's description names the duplicate's proposer: undoing now would leave it saying so wrongly.
            throw conflict(Message.of("conflict.round.unmerge.task-made", kept.toString(), task));
        }
        if (!decisions.deleteMerge(at.submission().id(), at.tableIndex(), at.rowIndex())) {
            throw conflict(Message.of("conflict.round.unmerge.not-merged", duplicate.toString()));
        }
        events.publishEvent(new RoundEvent.ProposalUnmerged(id, round.agencyId(), user.username(), keptKey, key, why,
                new AuditedChange(Map.of("duplicate", key, "kept", keptKey), Map.of("duplicate", key, "kept", "",
                        "undoReason", why))));
        return kept;
    }

    @Override
    public Map<String, ProposalDecision> decisions(CurrentUser user, long id) {
        ProposalRound round = RoundService.seen(store, user, id);
        RoundService.check(user, round, Action.READ_ANSWERS);
        return decisions.decisions(id, null);
    }

    @Override
    public Map<String, ProposalDecision> myDecisions(CurrentUser user, long id) {
        ProposalRound round = RoundService.seen(store, user, id);
        RoundService.check(user, round, Action.ANSWER);
        return decisions.decisions(id, user.agencyId());
    }

    /** The proposal named, or every input error at once. */
    private Located located(long id, ProposalRef proposal, InvalidInputException.Collector errors) {
        if (proposal == null) {
            errors.add("proposal", Message.of("invalid.round.proposal.required"));
            errors.throwIfAny();
        }
        Optional<Located> at = Located.find(store, id, proposal, "proposal", errors);
        errors.throwIfAny();
        return at.orElseThrow();
    }

    /** A decision taken back: pending again, audited with what it was and why it was undone. */
    private void retracted(CurrentUser user, long id, ProposalRound round, long agencyId, String field, String subject,
            Map<String, Object> was, String why) {
        events.publishEvent(new RoundEvent.DecisionRetracted(id, round.agencyId(), user.username(), agencyId,
                round.title(), subject, why, clock.instant(), new AuditedChange(was,
                        Map.of(field, subject, "decision", "PENDING", "undoReason", why))));
    }

    private static Map<String, Object> decided(String what, String decision, String reason, String by, Instant at) {
        var m = new LinkedHashMap<String, Object>();
        m.put("decided", what);
        m.put("decision", decision);
        m.put("reason", reason);
        m.put("decidedBy", by);
        m.put("decidedAt", at.toString());
        return m;
    }

    private static ConflictException conflict(Message message) {
        return new ConflictException(ConflictException.Kind.STATE, message);
    }
}
