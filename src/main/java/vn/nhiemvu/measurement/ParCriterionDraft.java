package vn.nhiemvu.measurement;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/** A criterion as the Office writes it, checked in plain Java (every error at once). */
public record ParCriterionDraft(String name, BigDecimal maxPoints, Boolean survey, String ownerUnit, Integer sortOrder) {

    /** Up to three levels: field, criterion, sub-criterion. */
    static final Pattern CODE = Pattern.compile("[1-9]\\d?(\\.[1-9]\\d?){0,2}");

    public ParCriterionDraft {
        name = name == null || name.isBlank() ? null : name.strip();
        ownerUnit = ownerUnit == null || ownerUnit.isBlank() ? null : ownerUnit.strip();
    }

    /**
     * The criterion with the code in the year, or a 400: a well-formed code whose parent exists, a name, a maximum
     * between 0 and the index's total, a known unit.
     */
    public ParCriterion check(long id, long agencyId, int year, String code, Collection<ParCriterion> existing,
            BigDecimal totalPoints, Function<String, Optional<Long>> units) {
        var errors = new InvalidInputException.Collector();
        String c = code == null ? "" : code.strip();
        if (!CODE.matcher(c).matches()) {
            errors.add("code", Message.of("invalid.par.code.invalid", c));
        } else if (c.contains(".")) {
            String parent = c.substring(0, c.lastIndexOf('.'));
            if (existing.stream().noneMatch(x -> x.code().equals(parent))) {
                errors.add("code", Message.of("invalid.par.code.no-parent", c, parent));
            }
        }
        if (name == null) {
            errors.add("name", Message.of("invalid.par.name.required"));
        } else if (name.length() > 500) {
            errors.add("name", Message.of("invalid.par.name.too-long", 500));
        }
        if (maxPoints != null && (maxPoints.signum() < 0 || maxPoints.compareTo(totalPoints) > 0
                || maxPoints.stripTrailingZeros().scale() > 2)) {
            errors.add("maxPoints", Message.of("invalid.par.max-points.range", totalPoints.toPlainString()));
        }
        Long owner = null;
        if (ownerUnit != null) {
            owner = units.apply(ownerUnit).orElse(null);
            if (owner == null) {
                errors.add("ownerUnit", Message.of("invalid.measurement.owner-unit.unknown", ownerUnit));
            }
        }
        errors.throwIfAny();
        int order = sortOrder != null ? sortOrder : existing.stream().filter(x -> x.id() != id)
                .mapToInt(ParCriterion::sortOrder).max().orElse(0) + 1;
        return new ParCriterion(id, agencyId, year, c, name, maxPoints, Boolean.TRUE.equals(survey), owner, order);
    }
}
