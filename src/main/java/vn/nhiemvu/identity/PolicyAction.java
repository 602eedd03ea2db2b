package vn.nhiemvu.identity;

import java.util.Locale;

import vn.nhiemvu.shared.Message;

/**
 * An action a {@link Policy} decides on, named in the message bundles so that a refusal names it in the reader's
 * language: {@code action.<module>.<the constant in lower case, words joined by "-">}, the module being the package
 * the enum is declared in ({@code PlanAction.APPROVE} → {@code action.plan.approve}).
 */
public interface PolicyAction {

    /** The constant's name, which every enum has. */
    String name();

    /** The action's name in the bundles. */
    default String code() {
        String pkg = ((Enum<?>) this).getDeclaringClass().getPackageName();
        return "action." + pkg.substring(pkg.lastIndexOf('.') + 1) + "."
                + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The action's name, read in the reader's language (a refusal's argument). */
    default Message words() {
        return Message.of(code());
    }

    /** The action's name in Vietnamese, for the printed table of permissions. */
    default String label() {
        return words().vietnamese();
    }
}
