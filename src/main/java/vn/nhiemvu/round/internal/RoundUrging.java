package vn.nhiemvu.round.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.audit.AuditedChange;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.organization.Agency;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.round.AwaitedAnswers;
import vn.nhiemvu.round.ProposalRound;
import vn.nhiemvu.round.RoundEvent;
import vn.nhiemvu.round.RoundPermissions.Action;
import vn.nhiemvu.round.Urging;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.Message;

/** Who has not answered yet, and the organiser's urging of them (ADR 0043). */
@Component
@Transactional(readOnly = true)
class RoundUrging {

    private final JdbcRounds store;
    private final Organization organization;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoundUrging(JdbcRounds store, Organization organization, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.organization = organization;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Urging urgeLate(CurrentUser user, long id) {
        ProposalRound round = RoundService.seen(store, user, id);
        RoundService.check(user, round, Action.URGE);
        if (!round.open()) {
            throw new ConflictException(ConflictException.Kind.STATE, Message.of("conflict.round.urging.closed"));
        }
        List<Long> missing = missing(round);
        if (missing.isEmpty()) {
            throw new ConflictException(ConflictException.Kind.STATE, Message.of("conflict.round.urging.all-answered"));
        }
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        var urged = new ArrayList<Long>();
        var already = new ArrayList<Long>();
        for (long agency : missing) {
            (store.insertUrging(id, agency, today, user.username(), now) ? urged : already).add(agency);
        }
        if (!urged.isEmpty()) {
            List<String> codes = urged.stream().map(a -> organization.agency(a).map(Agency::code).orElse("#" + a))
                    .toList();
            events.publishEvent(new RoundEvent.LateUrged(id, round.agencyId(), user.username(), round.title(),
                    round.deadline(), today, urged,
                    new AuditedChange(null, Map.of("urgedOn", today.toString(), "agencies", codes))));
        }
        return new Urging(id, today, urged, already);
    }

    public List<AwaitedAnswers> awaited(long agencyId) {
        var awaited = new ArrayList<AwaitedAnswers>();
        for (ProposalRound round : store.ofAgency(agencyId)) {
            if (round.open()) {
                List<Long> missing = missing(round);
                if (!missing.isEmpty()) {
                    awaited.add(new AwaitedAnswers(round.id(), round.agencyId(), round.organiserUnitId(),
                            round.title(), round.deadline(), missing));
                }
            }
        }
        return awaited;
    }

    public Map<Long, LocalDate> lastUrged(CurrentUser user, long id) {
        ProposalRound round = RoundService.seen(store, user, id);
        RoundService.check(user, round, Action.READ_ANSWERS);
        return store.lastUrged(id);
    }

    /** The agencies asked that have submitted nothing yet, in the organiser's order. */
    private List<Long> missing(ProposalRound round) {
        Set<Long> answered = new java.util.HashSet<>();
        store.current(round.id()).forEach(s -> answered.add(s.agencyId()));
        return round.addresseeIds().stream().filter(a -> !answered.contains(a)).toList();
    }
}
