package vn.nhiemvu.web;

import java.util.List;
import java.util.function.Predicate;

import vn.nhiemvu.identity.CurrentUser;

/**
 * The header's menu of one person, grouped by what their role does: what waits for them, the dashboard, the Legal
 * Department's reviews, the tasks, following up and reporting, the help; their own settings sit under their name.
 * Whether an entry is shown is asked of {@link CurrentUser}'s predicates (this module depends on no feature
 * module); the pages' services ask their module's policy, and {@code PermissionPoliciesTests} checks that the two
 * agree, so a person is never offered a page that would answer 403 (the template decides nothing). A group left
 * with one entry is shown as a plain link; one left with none is not shown.
 */
public final class Navigation {

    /** At most this many entries across the top (the account menu included), on a desk; a phone folds them all. */
    public static final int MAX_TOP = 7;

    /** A page of the menu; its label is a message code (the bundles hold the words). */
    public record Link(String href, String label) {
    }

    /** An entry across the top: a link, or a menu when it holds more than one; its label is a message code. */
    public record Entry(String label, List<Link> links) {

        public boolean isMenu() {
            return links.size() > 1;
        }

        public Link first() {
            return links.get(0);
        }

    }

    /**
     * The whole header: the entries across the top, the account menu under the person's name, and the link of the
     * page shown (the longest that the path starts with: "/tasks/12" is "/tasks"'s, "/tasks/new" its own), if any.
     */
    public record Menu(List<Entry> top, List<Link> account, Link current) {

        public boolean isCurrent(Link link) {
            return link.equals(current);
        }

        public boolean holdsCurrent(Entry entry) {
            return entry.links().contains(current);
        }
    }

    private record Item(String href, String label, Predicate<CurrentUser> shown) {
    }

    private record Group(String label, List<Item> items) {
    }

    private static final Predicate<CurrentUser> EVERYONE = user -> true;

    /** The ministry's own people; an outside agency's focal person is offered only their rounds (ADR 0035). */
    private static final Predicate<CurrentUser> STAFF = CurrentUser::staff;

    private static final List<Group> TOP = List.of(
            new Group("nav.inbox", List.of(new Item("/inbox", "nav.inbox", STAFF))),
            new Group("nav.rounds", List.of(new Item("/rounds", "nav.rounds", CurrentUser::respondent),
                    new Item("/rounds/led-tasks", "nav.led-tasks", CurrentUser::respondent))),
            new Group("nav.dashboard", List.of(new Item("/dashboard", "nav.dashboard", STAFF))),
            new Group("nav.reviews.group", List.of(new Item("/reviews", "nav.reviews", CurrentUser::reviewsDossiers))),
            new Group("nav.tasks.group", List.of(
                    new Item("/tasks", "nav.tasks", STAFF),
                    new Item("/tasks/new", "nav.tasks.new", CurrentUser::managesAgency),
                    new Item("/directives", "nav.directives", STAFF),
                    new Item("/rounds", "nav.rounds", STAFF),
                    new Item("/federation", "nav.federation", CurrentUser::managesAgency),
                    new Item("/extractions/new", "nav.extractions.new", CurrentUser::managesAgency),
                    new Item("/tasks/import", "nav.tasks.import", CurrentUser::managesAgency))),
            new Group("nav.monitoring.group", List.of(
                    new Item("/monitoring", "nav.monitoring", STAFF),
                    new Item("/monitoring/urging", "nav.urging", STAFF),
                    new Item("/reports/missing", "nav.reports.missing", CurrentUser::managesAgency),
                    new Item("/reviews", "nav.reviews", CurrentUser::managesAgency),
                    new Item("/reports", "nav.reports", STAFF),
                    new Item("/rankings", "nav.rankings", STAFF),
                    new Item("/areas", "nav.areas", STAFF),
                    new Item("/indicators", "nav.indicators", STAFF),
                    new Item("/par", "nav.par", STAFF),
                    new Item("/rankings/ratings", "nav.ratings", STAFF),
                    new Item("/people", "nav.people", u -> u.managesAgency() || u.role() == vn.nhiemvu.identity.Role.UNIT))),
            new Group("nav.help", List.of(new Item("/help", "nav.help", EVERYONE))));

    private static final List<Item> ACCOUNT = List.of(
            new Item("/account", "nav.account", EVERYONE),
            new Item("/notifications", "nav.notifications", EVERYONE),
            new Item("/jobs", "nav.jobs", STAFF),
            new Item("/calendar", "nav.calendar", STAFF),
            new Item("/webhooks", "nav.webhooks", CurrentUser::managesAgency),
            new Item("/admin", "nav.admin", CurrentUser::administers),
            new Item("/tokens", "nav.tokens", STAFF),
            new Item("/swagger-ui.html", "nav.api-docs", STAFF));

    private Navigation() {
    }

    /** The menu the person sees on the page at the path. */
    public static Menu of(CurrentUser user, String path) {
        List<Entry> top = TOP.stream()
                .map(g -> new Entry(g.label(), links(g.items(), user)))
                .filter(e -> !e.links().isEmpty())
                .toList();
        List<Link> account = links(ACCOUNT, user);
        Link current = java.util.stream.Stream.concat(top.stream().flatMap(e -> e.links().stream()), account.stream())
                .filter(l -> path != null && (path.equals(l.href()) || path.startsWith(l.href() + "/")))
                .max(java.util.Comparator.comparingInt(l -> l.href().length()))
                .orElse(null);
        return new Menu(top, account, current);
    }

    private static List<Link> links(List<Item> items, CurrentUser user) {
        return items.stream().filter(i -> i.shown().test(user)).map(i -> new Link(i.href(), i.label())).toList();
    }
}
