package vn.nhiemvu.round.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.audit.AuditedChange;
import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.organization.Agency;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.round.Invitation;
import vn.nhiemvu.round.InvitationLink;
import vn.nhiemvu.round.IssuedInvitation;
import vn.nhiemvu.round.ProposalRound;
import vn.nhiemvu.round.RoundEvent;
import vn.nhiemvu.round.RoundInvitations;
import vn.nhiemvu.round.RoundPermissions.Action;
import vn.nhiemvu.round.Rounds;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;

/** Issues, revokes and accepts the focal people's invitation links (ADR 0045). */
@Service
@Transactional(readOnly = true)
class InvitationService implements RoundInvitations {

    /** 256 bits: a link cannot be guessed, so following one needs no throttle of its own. */
    private static final int TOKEN_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final JdbcInvitations store;
    private final Rounds rounds;
    private final JdbcRounds roundStore;
    private final Organization organization;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RoundProperties settings;

    InvitationService(JdbcInvitations store, Rounds rounds, JdbcRounds roundStore, Organization organization, Accounts accounts,
            ApplicationEventPublisher events, Clock clock, RoundProperties settings) {
        this.store = store;
        this.rounds = rounds;
        this.roundStore = roundStore;
        this.organization = organization;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    @Transactional
    public IssuedInvitation invite(CurrentUser user, long roundId, String agencyCode) {
        ProposalRound round = organiser(user, roundId);
        Agency agency = organization.agencyByCode(agencyCode == null ? "" : agencyCode.strip())
                .filter(a -> round.addressed(a.id()))
                .orElseThrow(() -> InvalidInputException.of("agency",
                        Message.of("invalid.round.agency.invalid", agencyCode == null ? "" : agencyCode)));
        Instant now = clock.instant();
        int revoked = store.revokeUnused(roundId, agency.id(), user.username(), now);
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = now.plus(settings.invitationValidity());
        long id = store.insert(roundId, agency.id(), hash(token), user.username(), now, expires);
        events.publishEvent(new RoundEvent.InvitationIssued(roundId, round.agencyId(), user.username(), id,
                agency.id(), expires, revoked, new AuditedChange(null, Map.of("invitation", id, "agency",
                        agency.code(), "expiresAt", expires.toString(), "revokedOlder", revoked))));
        return new IssuedInvitation(store.find(id).orElseThrow(), token);
    }

    @Override
    public List<Invitation> invitations(CurrentUser user, long roundId) {
        organiser(user, roundId);
        return store.ofRound(roundId);
    }

    @Override
    @Transactional
    public Invitation revoke(CurrentUser user, long roundId, long invitationId) {
        ProposalRound round = organiser(user, roundId);
        Invitation invitation = store.find(invitationId).filter(i -> i.roundId() == roundId)
                .orElseThrow(() -> new NotFoundException(Message.of("notfound.round.invitation.unknown")));
        if (invitation.acceptedAt() != null) {
            throw new ConflictException(ConflictException.Kind.STATE, invitation.refusal(clock.instant()).orElseThrow())
                    .with("invitation", Invitation.State.ACCEPTED.name());
        }
        if (store.revoke(invitationId, user.username(), clock.instant())) {
            events.publishEvent(new RoundEvent.InvitationRevoked(roundId, round.agencyId(), user.username(),
                    invitationId, new AuditedChange(Map.of("invitation", invitationId, "state", "PENDING"),
                            Map.of("invitation", invitationId, "state", "REVOKED"))));
        }
        return store.find(invitationId).orElseThrow();
    }

    @Override
    public InvitationLink open(String token) {
        Invitation invitation = usable(token);
        ProposalRound round = roundOf(invitation);
        return new InvitationLink(invitation, round.title(),
                organization.agency(invitation.agencyId()).map(Agency::name).orElse(""));
    }

    @Override
    @Transactional
    public CurrentUser accept(String token, String username, String displayName, String password) {
        Invitation invitation = usable(token);
        ProposalRound round = roundOf(invitation);
        if (!store.accept(invitation.id(), username == null ? "" : username, clock.instant())) {
            usable(token); // another request used or revoked it a moment ago: say which
        }
        // Refused (a taken username, a weak password): the transaction rolls back, the link stays usable.
        CurrentUser created = accounts.createRespondent(invitation.agencyId(), username, password, displayName);
        events.publishEvent(new RoundEvent.InvitationAccepted(round.id(), round.agencyId(), created.username(),
                invitation.id(), invitation.agencyId(), new AuditedChange(Map.of("invitation", invitation.id(),
                        "state", "PENDING"), Map.of("invitation", invitation.id(), "state", "ACCEPTED", "username",
                                created.username()))));
        return created;
    }

    /** The invitation the token opens, refused unless it can still be used. */
    private Invitation usable(String token) {
        Invitation invitation = (token == null || token.isBlank() || token.length() > 100 ? null
                : store.byToken(hash(token)).orElse(null));
        if (invitation == null) {
            throw new NotFoundException(Message.of("notfound.round.invitation.unknown"));
        }
        Instant now = clock.instant();
        invitation.refusal(now).ifPresent(why -> {
            throw new ConflictException(ConflictException.Kind.STATE, why)
                    .with("invitation", invitation.state(now).name());
        });
        return invitation;
    }

    /** The round the link was issued in: no user yet, the link itself is the right to read its title. */
    private ProposalRound roundOf(Invitation invitation) {
        return roundStore.find(invitation.roundId()).orElseThrow();
    }

    private ProposalRound organiser(CurrentUser user, long roundId) {
        ProposalRound round = rounds.find(user, roundId);
        RoundService.check(user, round, Action.ADD_RESPONDENT);
        return round;
    }

    private static String hash(String token) {
        return AnswerJson.sha256(token);
    }
}
