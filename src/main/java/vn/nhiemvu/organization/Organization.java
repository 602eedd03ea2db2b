package vn.nhiemvu.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import vn.nhiemvu.identity.CurrentUser;

/** The organization module's API: who exists, and who supervises whom. */
public interface Organization {

    /** The agency this installation serves (a ministry), if set up. */
    Optional<Agency> homeAgency();

    List<Agency> agencies();

    Optional<Agency> agencyByCode(String code);

    Optional<Agency> agency(long id);

    /** The agency's units in tree order. */
    List<Unit> units(long agencyId);

    Optional<Unit> unit(long agencyId, long unitId);

    /** By code, case-insensitively. */
    Optional<Unit> unitByCode(long agencyId, String code);

    List<Leader> leaders(long agencyId);

    Optional<Leader> leader(long agencyId, long leaderId);

    Optional<Leader> leaderBySlug(long agencyId, String slug);

    /** What the user may see of the agency's tasks (the one scope rule, {@link Visibility}). */
    default Visibility visibility(CurrentUser user) {
        return Visibility.of(user, user.leaderId() == null ? Optional.empty() : leader(user.agencyId(), user.leaderId()),
                user.respondent() ? homeAgency() : Optional.empty(), user.agencyId());
    }

    /**
     * Adds the directory's missing agencies, units and leaders in one transaction, after checking all of it
     * ({@link vn.nhiemvu.shared.InvalidInputException} listing every bad entry, nothing written); audited.
     */
    OrganizationDirectory.Applied apply(OrganizationDirectory directory, String actor);

    long registerAgency(String code, String name, Agency.Kind kind, Collection<String> aliases, boolean home);

    long registerUnit(long agencyId, Long parentId, String code, String name, Unit.Kind kind,
            Collection<String> aliases, int sortOrder);

    long registerLeader(long agencyId, String slug, String fullName, Leader.Position position, String title,
            Collection<Long> supervisedUnitIds, int sortOrder);
}
