package vn.nhiemvu.identity;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import vn.nhiemvu.shared.ForbiddenException;
import vn.nhiemvu.shared.Message;

/**
 * Who may do what in one module, as data: for each action, the {@link Relation}s to the task that allow it.
 * Services, page controllers and the API all ask the module's one policy; pages show an action only if it
 * allows it; {@code docs/permissions.md} is printed from the tables.
 *
 * @param <A> the module's actions
 */
public final class Policy<A extends Enum<A> & PolicyAction> {

    private final String name;
    private final Class<A> actions;
    private final Map<A, Set<Relation>> table;
    private final BiFunction<A, Relation, Message> refusal;

    private Policy(String name, Class<A> actions, Map<A, Set<Relation>> table,
            BiFunction<A, Relation, Message> refusal) {
        this.name = name;
        this.actions = actions;
        this.table = table;
        this.refusal = refusal;
    }

    /** Starts a policy; every action must then be given its relations. */
    public static <A extends Enum<A> & PolicyAction> Builder<A> of(String name, Class<A> actions) {
        return new Builder<>(name, actions);
    }

    public String name() {
        return name;
    }

    public boolean allows(A action, Relation relation) {
        return table.get(action).contains(relation);
    }

    /** Whether the user's role can hold some relation that allows the action (a list page, an inbox). */
    public boolean allowsAny(CurrentUser user, A action) {
        return Relation.possibleFor(user.role()).stream().anyMatch(r -> allows(action, r));
    }

    /** Refuses with the module's words (a {@code forbidden.} code) when the relation does not allow the action. */
    public void check(A action, Relation relation) {
        if (!allows(action, relation)) {
            throw new ForbiddenException(refusal.apply(action, relation));
        }
    }

    /** Refuses an action on no task (creating one, importing) unless the user's role allows it. */
    public void checkAny(CurrentUser user, A action) {
        if (!allowsAny(user, action)) {
            throw new ForbiddenException(refusal.apply(action, Relation.OUTSIDER));
        }
    }

    /** Every action the relation allows, in the enum's order. */
    public Set<A> allowed(Relation relation) {
        var allowed = EnumSet.noneOf(actions);
        table.forEach((action, relations) -> {
            if (relations.contains(relation)) {
                allowed.add(action);
            }
        });
        return allowed;
    }

    /** The table itself, for the printed documentation and the tests that walk it. */
    public Map<A, Set<Relation>> table() {
        return table;
    }

    public static final class Builder<A extends Enum<A> & PolicyAction> {

        private final String name;
        private final Class<A> actions;
        private final EnumMap<A, Set<Relation>> table;

        private Builder(String name, Class<A> actions) {
            this.name = name;
            this.actions = actions;
            this.table = new EnumMap<>(actions);
        }

        public Builder<A> allow(A action, Relation... relations) {
            var allowed = relations.length == 0 ? EnumSet.noneOf(Relation.class)
                    : EnumSet.copyOf(Arrays.asList(relations));
            if (table.put(action, Collections.unmodifiableSet(allowed)) != null) {
                throw new IllegalStateException(name + ": " + action + " is given twice");
            }
            return this;
        }

        /** Ends the table; an action left out would be refused to everyone silently, so it is an error. */
        public Policy<A> refusing(BiFunction<A, Relation, Message> refusal) {
            for (A action : actions.getEnumConstants()) {
                if (!table.containsKey(action)) {
                    throw new IllegalStateException(name + ": no relations given for " + action);
                }
            }
            return new Policy<>(name, actions, Collections.unmodifiableMap(table), refusal);
        }
    }
}
