package vn.nhiemvu.directive;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.nhiemvu.identity.CurrentUser;

/** The directive module's API. Every user of an agency may read its directives. */
public interface Directives {

    Directive record(CurrentUser user, NewDirective directive);

    /** Replaces the directive's fields; {@code expectedVersion} must be the stored one. */
    Directive update(CurrentUser user, long id, long expectedVersion, NewDirective directive);

    /** The directive, if it belongs to the user's agency. */
    Optional<Directive> find(CurrentUser user, long id);

    Optional<Directive> findByNumber(long agencyId, String number);

    /** Newest first; {@code query} matches number and summary, accent-insensitively. */
    List<Directive> list(CurrentUser user, String query);

    /** Directives by id, for showing references in lists; unknown ids are left out. */
    Map<Long, Directive> byIds(long agencyId, Collection<Long> ids);
}
