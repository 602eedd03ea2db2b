package vn.nhiemvu.monitoring.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.nhiemvu.identity.Role;
import vn.nhiemvu.monitoring.Notice;
import vn.nhiemvu.monitoring.NoticeRule;
import vn.nhiemvu.round.AwaitedAnswers;
import vn.nhiemvu.round.ProposalRef;
import vn.nhiemvu.round.RoundEvent;
import vn.nhiemvu.round.Rounds;
import vn.nhiemvu.shared.DisplayDates;
import vn.nhiemvu.shared.Message;

/**
 * Reminders of proposal rounds (issue 16, ADR 0043) to the focal people of the agencies that have not answered,
 * through the same sender, channels and preferences as every notice: the sweep's (a reminder while the deadline is
 * near, a notice the first working day after it, each once per round, agency and deadline) and the organiser's
 * "urge the late ones" (once per round, agency and day; the round module keeps who was urged when, this module what
 * was sent). The subject is the round; the occasion names the agency.
 */
@Component
class RoundNotices {

    static final String SUBJECT = "ROUND";

    private final NoticeSender sender;
    private final Rounds rounds;
    private final java.time.Clock clock;

    RoundNotices(NoticeSender sender, Rounds rounds, java.time.Clock clock) {
        this.sender = sender;
        this.rounds = rounds;
        this.clock = clock;
    }

    /** The reminders the rules call for today about the agency's open rounds; returns how many were sent now. */
    int sweep(long agencyId, NoticeRules rules, LocalDate asOf) {
        var outgoing = new ArrayList<NoticeSender.Outgoing>();
        for (AwaitedAnswers round : rounds.awaited(agencyId)) {
            rules.forRound(round.deadline(), asOf).ifPresent(due -> {
                boolean soon = due.rule() == NoticeRule.ROUND_DUE_SOON;
                for (long respondentAgency : round.missingAgencyIds()) {
                    outgoing.add(outgoing(round.roundId(), round.agencyId(), due.rule(),
                            "a" + respondentAgency + ":" + due.occasion(), respondentAgency,
                            Message.of(soon ? "round-notice.due-soon.title" : "round-notice.overdue.title",
                                    round.title()),
                            Message.of(soon ? "round-notice.due-soon.body" : "round-notice.overdue.body", round.title(),
                                    DisplayDates.date(round.deadline()), due.workingDays()),
                            asOf));
                }
            });
        }
        return sender.sendAll(outgoing);
    }

    /** The organiser urged the late agencies: one notice to each one's focal people, in the urging's transaction. */
    @EventListener
    void on(RoundEvent.LateUrged urged) {
        var outgoing = new ArrayList<NoticeSender.Outgoing>();
        for (long respondentAgency : urged.urgedAgencyIds()) {
            outgoing.add(outgoing(urged.roundId(), urged.agencyId(), NoticeRule.ROUND_URGED,
                    "a" + respondentAgency + ":u" + urged.urgedOn(), respondentAgency,
                    Message.of("round-notice.urged.title", urged.title()),
                    Message.of("round-notice.urged.body", urged.title(), DisplayDates.date(urged.deadline()),
                            DisplayDates.date(urged.urgedOn())),
                    urged.urgedOn()));
        }
        sender.sendAll(outgoing);
    }

    /** The round was opened: its focal people, in each agency asked, are told what is asked and by when. */
    @EventListener
    void on(RoundEvent.RoundOpened opened) {
        LocalDate today = LocalDate.now(clock);
        var outgoing = new ArrayList<NoticeSender.Outgoing>();
        for (long respondentAgency : opened.addresseeIds()) {
            outgoing.add(outgoing(opened.roundId(), opened.agencyId(), NoticeRule.ROUND_OPENED, "a" + respondentAgency,
                    respondentAgency, Message.of("round-notice.opened.title", opened.title()),
                    Message.of("round-notice.opened.body", opened.title(), DisplayDates.date(opened.deadline())),
                    today));
        }
        sender.sendAll(outgoing);
    }

    /**
     * The organiser decided on an agency's answer: its focal people read the decision and the reason; one notice per
     * version (the occasion is the receipt), since each version is decided once.
     */
    @EventListener
    void on(RoundEvent.SubmissionReviewed reviewed) {
        String decision = Message.of(reviewed.decision().code()).vietnamese();
        Message body = reviewed.reason().isEmpty()
                ? Message.of("round-notice.reviewed.body", reviewed.title(), reviewed.receipt(), decision)
                : Message.of("round-notice.reviewed.body-reason", reviewed.title(), reviewed.receipt(), decision,
                        reviewed.reason());
        sender.sendAll(List.of(outgoing(reviewed.roundId(), reviewed.agencyId(), NoticeRule.ROUND_REVIEWED,
                "a" + reviewed.respondentAgencyId() + ":" + reviewed.receipt(), reviewed.respondentAgencyId(),
                Message.of("round-notice.reviewed.title", decision, reviewed.title()), body, LocalDate.now(clock))));
    }

    /**
     * The organiser decided on one proposal (ADR 0050): its proposer's focal people read the decision and the
     * reason; the occasion is the proposal and the moment, since a decision undone may be made again.
     */
    @EventListener
    void on(RoundEvent.ProposalDecided decided) {
        String decision = Message.of(decided.decision().code()).vietnamese();
        String proposal = ProposalRef.ofKey(decided.proposal()).toString();
        Message body = decided.reason().isEmpty()
                ? Message.of("round-notice.proposal-decided.body", decided.title(), proposal, decision)
                : Message.of("round-notice.proposal-decided.body-reason", decided.title(), proposal, decision,
                        decided.reason());
        sender.sendAll(List.of(outgoing(decided.roundId(), decided.agencyId(), NoticeRule.ROUND_REVIEWED,
                "a" + decided.respondentAgencyId() + ":p" + decided.proposal() + ":"
                        + decided.decidedAt().toEpochMilli(),
                decided.respondentAgencyId(), Message.of("round-notice.proposal-decided.title", decision,
                        decided.title()), body, LocalDate.now(clock))));
    }

    /** A decision the focal people were told of was withdrawn: they are told too, with the reason. */
    @EventListener
    void on(RoundEvent.DecisionRetracted undone) {
        String what = undone.decided().contains("/") ? ProposalRef.ofKey(undone.decided()).toString()
                : undone.decided();
        sender.sendAll(List.of(outgoing(undone.roundId(), undone.agencyId(), NoticeRule.ROUND_REVIEWED,
                "a" + undone.respondentAgencyId() + ":x" + undone.decided() + ":" + undone.undoneAt().toEpochMilli(),
                undone.respondentAgencyId(), Message.of("round-notice.undone.title", undone.title()),
                Message.of("round-notice.undone.body", undone.title(), what, undone.reason()),
                LocalDate.now(clock))));
    }

    private NoticeSender.Outgoing outgoing(long roundId, long organiserAgency, NoticeRule rule, String occasion,
            long respondentAgency, Message title, Message body, LocalDate issuedOn) {
        var draft = new JdbcNotices.Draft(organiserAgency, rule, SUBJECT, roundId, occasion, null, null,
                title.vietnamese(), body.vietnamese(), "/rounds/" + roundId, issuedOn);
        return new NoticeSender.Outgoing(draft, () -> respondents(respondentAgency), null);
    }

    private List<Notice.Recipient> respondents(long agencyId) {
        return sender.members(agencyId, Role.RESPONDENT, null, null);
    }
}
