package vn.nhiemvu.organization.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import vn.nhiemvu.organization.Agency;
import vn.nhiemvu.organization.Leader;
import vn.nhiemvu.organization.OrganizationDirectory;
import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/**
 * Checks a whole directory against what the organisation already holds (plain Java), so that a bad file is refused
 * with every bad entry named, before anything is written. Unit codes compare case-insensitively, as lookups do.
 */
final class DirectoryCheck {

    /** What exists: agency codes, the home agency's code (null before the first set-up) and its unit codes. */
    record Known(Set<String> agencyCodes, String homeCode, Set<String> unitCodes) {
    }

    private static final Pattern AGENCY_CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final Pattern UNIT_CODE = Pattern.compile("[A-Za-z0-9_-]{1,16}");
    private static final Pattern LEADER_KEY = Pattern.compile("[a-z0-9-]{1,64}");
    private static final int MAX_NAME = 300;
    private static final int MAX_ALIASES = 2000;

    private DirectoryCheck() {
    }

    static void check(OrganizationDirectory directory, Known known) {
        var errors = new InvalidInputException.Collector();
        var agencyCodes = new HashSet<String>();
        String home = known.homeCode();
        for (int i = 0; i < directory.agencies().size(); i++) {
            var a = directory.agencies().get(i);
            String at = "agencies[" + i + "]";
            if (a == null) {
                errors.add(at, Message.of("invalid.organization.entry.empty"));
                continue;
            }
            code(errors, at + ".code", a.code(), AGENCY_CODE, agencyCodes, "Mã cơ quan",
                    "gồm 1–32 ký tự chữ không dấu, số, gạch ngang hoặc gạch dưới");
            name(errors, at + ".name", a.name(), "Tên cơ quan", MAX_NAME);
            aliases(errors, at + ".aliases", a.aliases());
            kind(errors, at + ".kind", a.kind(), Agency.Kind.values(), "Loại cơ quan");
            if (a.isHome() && a.code() != null) {
                if (home != null && !home.equalsIgnoreCase(a.code())) {
                    errors.add(at + ".home", Message.of("invalid.organization.home.taken", home));
                } else {
                    home = a.code();
                }
            }
        }
        if (home == null) {
            errors.add("agencies", Message.of("invalid.organization.agencies.required"));
        }

        var unitCodes = new HashSet<String>();
        for (int i = 0; i < directory.units().size(); i++) {
            var u = directory.units().get(i);
            String at = "units[" + i + "]";
            if (u == null) {
                errors.add(at, Message.of("invalid.organization.entry.empty"));
                continue;
            }
            // The parent is checked before this unit's own code counts, so that no unit is its own parent.
            if (u.parent() != null && !unit(unitCodes, known, u.parent())) {
                errors.add(at + ".parent", Message.of("invalid.organization.parent.unknown", u.parent()));
            }
            code(errors, at + ".code", u.code(), UNIT_CODE, unitCodes, "Mã đơn vị",
                    "gồm 1–16 ký tự chữ không dấu, số, gạch ngang hoặc gạch dưới");
            name(errors, at + ".name", u.name(), "Tên đơn vị", MAX_NAME);
            aliases(errors, at + ".aliases", u.aliases());
            kind(errors, at + ".kind", u.kind(), Unit.Kind.values(), "Loại đơn vị");
        }

        var keys = new HashSet<String>();
        for (int i = 0; i < directory.leaders().size(); i++) {
            var l = directory.leaders().get(i);
            String at = "leaders[" + i + "]";
            if (l == null) {
                errors.add(at, Message.of("invalid.organization.entry.empty"));
                continue;
            }
            code(errors, at + ".key", l.key(), LEADER_KEY, keys, "Mã lãnh đạo",
                    "gồm 1–64 ký tự a–z, 0–9 hoặc gạch ngang (ví dụ nguyen-van-a)");
            name(errors, at + ".fullName", l.fullName(), "Họ tên", 200);
            name(errors, at + ".title", l.title(), "Chức danh", 100);
            kind(errors, at + ".position", l.position(), Leader.Position.values(), "Chức vụ");
            List<String> supervised = l.units() == null ? List.of() : l.units();
            for (int j = 0; j < supervised.size(); j++) {
                String code = supervised.get(j);
                if (code == null || !unit(unitCodes, known, code)) {
                    errors.add(at + ".units[" + j + "]", Message.of("invalid.organization.unit.unknown", code));
                }
            }
        }
        errors.throwIfAny();
    }

    /** Well-formed, and not twice in the file (compared in upper case, as lookups do). */
    private static void code(InvalidInputException.Collector errors, String field, String code, Pattern shape,
            Set<String> seen, String what, String rule) {
        if (code == null || !shape.matcher(code).matches()) {
            errors.add(field, Message.of("invalid.organization.entry.rule", what, rule));
        } else if (!seen.add(code.toUpperCase(Locale.ROOT))) {
            errors.add(field, Message.of("invalid.organization.entry.repeated", what, code));
        }
    }

    /** A unit listed earlier in the file or already in the organisation. */
    private static boolean unit(Set<String> listed, Known known, String code) {
        return listed.contains(code.toUpperCase(Locale.ROOT)) || known.unitCodes().stream().anyMatch(c -> c.equalsIgnoreCase(code));
    }

    private static void name(InvalidInputException.Collector errors, String field, String value, String what, int max) {
        if (value == null || value.isBlank()) {
            errors.add(field, Message.of("invalid.round.text.required", what));
        } else if (value.length() > max) {
            errors.add(field, Message.of("invalid.organization.entry.too-long", what, max));
        }
    }

    /** Aliases are kept joined in one column. */
    private static void aliases(InvalidInputException.Collector errors, String field, List<String> aliases) {
        if (aliases != null && (aliases.stream().anyMatch(Objects::isNull) || String.join("|", aliases).length() > MAX_ALIASES)) {
            errors.add(field, Message.of("invalid.organization.aliases.too-long", MAX_ALIASES));
        }
    }

    private static void kind(InvalidInputException.Collector errors, String field, String value, Enum<?>[] kinds,
            String what) {
        if (value == null || Arrays.stream(kinds).noneMatch(k -> k.name().equals(value))) {
            errors.add(field, Message.of("invalid.organization.entry.one-of", what, String.join(", ", Arrays.stream(kinds).map(Enum::name).toList())));
        }
    }
}
