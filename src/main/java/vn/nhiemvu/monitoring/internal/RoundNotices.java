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

    RoundNotices(NoticeSender sender, Rounds rounds) {
        this.sender = sender;
        this.rounds = rounds;
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
