package vn.nhiemvu.directive.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.directive.Directive;
import vn.nhiemvu.directive.DirectiveEvent;
import vn.nhiemvu.directive.DirectivePermissions;
import vn.nhiemvu.directive.Directives;
import vn.nhiemvu.directive.NewDirective;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.organization.Agency;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;
import vn.nhiemvu.shared.Text;

@Service
@Transactional(readOnly = true)
class DirectiveService implements Directives {

    static final int MAX_NUMBER = 64;
    static final int MAX_SIGNER = 200;
    static final int MAX_SUMMARY = 2000;
    static final int MAX_FULL_TEXT = 1_000_000;

    private final JdbcDirectives directives;
    private final Organization organization;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DirectiveService(JdbcDirectives directives, Organization organization, ApplicationEventPublisher events,
            Clock clock) {
        this.directives = directives;
        this.organization = organization;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Directive record(CurrentUser user, NewDirective input) {
        long id = directives.insert(user.agencyId(), check(user, input, null), OffsetDateTime.now(clock),
                user.username());
        Directive directive = directives.find(user.agencyId(), id).orElseThrow();
        events.publishEvent(new DirectiveEvent.DirectiveRecorded(directive, user.username()));
        return directive;
    }

    @Override
    @Transactional
    public Directive update(CurrentUser user, long id, long expectedVersion, NewDirective input) {
        Directive before = find(user, id)
                .orElseThrow(() -> new NotFoundException(Message.of("notfound.directive.directive.unknown", id)));
        if (before.version() != expectedVersion) {
            throw stale(id);
        }
        if (!directives.update(user.agencyId(), id, expectedVersion, check(user, input, id))) {
            throw stale(id);
        }
        Directive after = directives.find(user.agencyId(), id).orElseThrow();
        events.publishEvent(new DirectiveEvent.DirectiveUpdated(before, after, user.username()));
        return after;
    }

    private static ConflictException stale(long id) {
        return new ConflictException(ConflictException.Kind.STALE_VERSION,
                Message.of("conflict.directive.directive.stale", id));
    }

    /** Checks every field, collecting all errors; {@code self} is the directive being edited, if any. */
    private JdbcDirectives.Values check(CurrentUser user, NewDirective input, Long self) {
        DirectivePermissions.POLICY.checkAny(user, DirectivePermissions.Action.WRITE);
        var errors = new InvalidInputException.Collector();
        if (input.kind() == null) {
            errors.add("kind", Message.of("invalid.directive.kind.required"));
        }
        String number = input.number() == null ? "" : input.number().strip();
        if (number.isEmpty()) {
            errors.add("number", Message.of("invalid.directive.number.required"));
        } else if (number.length() > MAX_NUMBER) {
            errors.add("number", Message.of("invalid.directive.number.too-long", MAX_NUMBER));
        } else if (findByNumber(user.agencyId(), number).filter(d -> self == null || d.id() != self).isPresent()) {
            errors.add("number", Message.of("invalid.directive.number.taken", number));
        }
        Optional<Agency> issuer = issuer(input, errors);
        LocalDate today = LocalDate.now(clock);
        if (input.issueDate() == null) {
            errors.add("issueDate", Message.of("invalid.directive.issue-date.required"));
        } else if (input.issueDate().isAfter(today)) {
            errors.add("issueDate", Message.of("invalid.directive.issue-date.invalid"));
        }
        String summary = input.summary() == null ? "" : input.summary().strip();
        if (summary.isEmpty()) {
            errors.add("summary", Message.of("invalid.directive.summary.required"));
        } else if (summary.length() > MAX_SUMMARY) {
            errors.add("summary", Message.of("invalid.directive.summary.too-long", MAX_SUMMARY));
        }
        if (input.signer() != null && input.signer().length() > MAX_SIGNER) {
            errors.add("signer", Message.of("invalid.directive.signer.too-long", MAX_SIGNER));
        }
        if (input.extensionCutoff() != null && input.issueDate() != null
                && input.extensionCutoff().isBefore(input.issueDate())) {
            errors.add("extensionCutoff", Message.of("invalid.directive.extension-cutoff.invalid"));
        }
        if (input.fullText() != null && input.fullText().length() > MAX_FULL_TEXT) {
            errors.add("fullText", Message.of("invalid.directive.full-text.too-long", MAX_FULL_TEXT));
        }
        errors.throwIfAny();
        return new JdbcDirectives.Values(input.kind(), number, issuer.orElseThrow().id(), input.issueDate(),
                blankToNull(input.signer()), summary, blankToNull(input.fullText()), input.extensionCutoff());
    }

    private Optional<Agency> issuer(NewDirective input, InvalidInputException.Collector errors) {
        Optional<Agency> issuer = Optional.empty();
        if (input.issuerAgencyId() != null) {
            issuer = organization.agency(input.issuerAgencyId());
        } else if (input.issuerAgencyCode() != null && !input.issuerAgencyCode().isBlank()) {
            issuer = organization.agencyByCode(input.issuerAgencyCode().strip());
        } else {
            errors.add("issuer", Message.of("invalid.directive.issuer.required"));
            return issuer;
        }
        if (issuer.isEmpty()) {
            errors.add("issuer", input.issuerAgencyId() != null
                    ? Message.of("invalid.directive.issuer.unknown", input.issuerAgencyId())
                    : Message.of("invalid.directive.issuer.unknown-code", input.issuerAgencyCode()));
        }
        return issuer;
    }

    @Override
    public Optional<Directive> find(CurrentUser user, long id) {
        return directives.find(user.agencyId(), id);
    }

    @Override
    public Optional<Directive> findByNumber(long agencyId, String number) {
        return directives.findByNumber(agencyId, number);
    }

    @Override
    public List<Directive> list(CurrentUser user, String query) {
        return directives.list(user.agencyId(), Text.fold(query));
    }

    @Override
    public Map<Long, Directive> byIds(long agencyId, Collection<Long> ids) {
        return directives.byIds(agencyId, ids);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
