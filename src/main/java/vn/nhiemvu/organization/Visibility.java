package vn.nhiemvu.organization;

import java.util.Optional;
import java.util.Set;

import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;

/**
 * What a user may see of the agency's tasks, resolved once from the account and the organisation: the one rule of
 * scope. The Office, the Legal Department and administrators see the whole agency; a leader sees the tasks they
 * supervise and those led by the units they supervise; a unit sees the tasks it leads or coordinates. Each module's
 * repository turns it into SQL on its own columns; nothing else writes a scope condition.
 */
public sealed interface Visibility {

    long agencyId();

    default boolean wholeAgency() {
        return this instanceof WholeAgency;
    }

    /** The units it names: those a leader supervises, a unit's own (listed even when they have no task). */
    default Set<Long> namedUnits() {
        if (this instanceof Supervised leader) {
            return leader.unitIds();
        }
        return this instanceof OwnUnit unit ? Set.of(unit.unitId()) : Set.of();
    }

    /** Every task of the agency. */
    record WholeAgency(long agencyId) implements Visibility {
    }

    /** The tasks a leader supervises, and those led by the units they supervise (possibly none). */
    record Supervised(long agencyId, long leaderId, Set<Long> unitIds) implements Visibility {

        public Supervised {
            unitIds = Set.copyOf(unitIds);
        }
    }

    /** The tasks a unit leads or coordinates. */
    record OwnUnit(long agencyId, long unitId) implements Visibility {
    }

    /**
     * The ministry's tasks an outside agency leads (ADR 0053), for that agency's focal person: nothing else of the
     * ministry. {@code agencyId} is the ministry's, whose tasks they are.
     */
    record LeadAgency(long agencyId, long leadAgencyId) implements Visibility {
    }

    /** No task: an account that belongs to no unit of the agency, or a focal person where no ministry is set up. */
    record NoTasks(long agencyId) implements Visibility {
    }

    /**
     * The user's visibility; {@code leader} is the account's leader as the organisation knows it, if any;
     * {@code home} the ministry whose tasks an outside agency's focal person may lead ({@code respondentAgency} the
     * agency their account belongs to).
     */
    static Visibility of(CurrentUser user, Optional<Leader> leader, Optional<Agency> home, long respondentAgency) {
        if (user.seesWholeAgency()) {
            return new WholeAgency(user.agencyId());
        }
        if (user.respondent()) {
            // An outside agency's focal person answers proposal rounds and sees only the tasks their agency leads.
            return home.filter(h -> h.id() != respondentAgency)
                    .<Visibility>map(h -> new LeadAgency(h.id(), respondentAgency))
                    .orElse(new NoTasks(user.agencyId()));
        }
        if (user.role() == Role.LEADER) {
            return new Supervised(user.agencyId(), user.leaderId(),
                    leader.map(Leader::supervisedUnitIds).orElse(Set.of()));
        }
        return user.unitId() == null ? new NoTasks(user.agencyId()) : new OwnUnit(user.agencyId(), user.unitId());
    }
}
