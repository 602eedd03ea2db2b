package vn.nhiemvu.measurement;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/**
 * An indicator as the Office writes it, checked in plain Java before anything is stored (every error at once).
 *
 * @param ownerUnit the responsible unit's code in the directory
 * @param area      the management area's code (blank: none)
 * @param metric    what it is computed from the area's tasks (null: measured by its unit or pushed); needs an area
 *                  and the metric's direction
 */
public record IndicatorDraft(String code, String name, String unitOfMeasure, Direction direction, BigDecimal target,
        Frequency frequency, Integer year, String ownerUnit, String area, String note, TaskMetric metric) {

    /** An indicator measured by its unit (or pushed), not computed. */
    public IndicatorDraft(String code, String name, String unitOfMeasure, Direction direction, BigDecimal target,
            Frequency frequency, Integer year, String ownerUnit, String area, String note) {
        this(code, name, unitOfMeasure, direction, target, frequency, year, ownerUnit, area, note, null);
    }

    /** Written in addresses ({@code /indicators/GIAINGAN}): letters without accents, digits, '-' and '_'. */
    static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{1,30}");
    static final int NAME_MAX = 300;
    static final int UNIT_MAX = 50;
    static final int NOTE_MAX = 1000;

    public IndicatorDraft {
        code = code == null ? null : code.strip().toUpperCase();
        name = blankToNull(name);
        unitOfMeasure = blankToNull(unitOfMeasure);
        ownerUnit = blankToNull(ownerUnit);
        area = area == null || area.isBlank() ? null : area.strip().toUpperCase();
        note = blankToNull(note);
    }

    /**
     * The indicator this draft makes, or a 400 naming every field in error.
     *
     * @param id       the indicator changed (0: a new one)
     * @param existing the agency's indicators as stored (the code is unique in the agency)
     * @param units    a unit of the agency by code, as its id
     * @param areas    an area of the agency by code, as its id
     */
    public Indicator check(long id, long agencyId, Collection<Indicator> existing, Function<String, Optional<Long>> units,
            Function<String, Optional<Long>> areas) {
        var errors = new InvalidInputException.Collector();
        if (code == null || code.isEmpty()) {
            errors.add("code", Message.of("invalid.measurement.code.required"));
        } else if (!CODE.matcher(code).matches()) {
            errors.add("code", Message.of("invalid.measurement.code.invalid", code));
        } else if (existing.stream().anyMatch(i -> i.code().equals(code) && i.id() != id)) {
            errors.add("code", Message.of("invalid.measurement.code.taken", code));
        }
        if (name == null) {
            errors.add("name", Message.of("invalid.measurement.name.required"));
        } else if (name.length() > NAME_MAX) {
            errors.add("name", Message.of("invalid.measurement.name.too-long", NAME_MAX));
        }
        if (unitOfMeasure == null) {
            errors.add("unitOfMeasure", Message.of("invalid.measurement.unit-of-measure.required"));
        } else if (unitOfMeasure.length() > UNIT_MAX) {
            errors.add("unitOfMeasure", Message.of("invalid.measurement.unit-of-measure.too-long", UNIT_MAX));
        }
        if (direction == null) {
            errors.add("direction", Message.of("invalid.measurement.direction.required"));
        }
        if (target == null) {
            errors.add("target", Message.of("invalid.measurement.target.required"));
        } else if (!Measures.fits(target)) {
            errors.add("target", Message.of("invalid.measurement.value.range"));
        }
        if (frequency == null) {
            errors.add("frequency", Message.of("invalid.measurement.frequency.required"));
        }
        if (year == null || year < 2000 || year > 2100) {
            errors.add("year", Message.of("invalid.measurement.year.range"));
        }
        Long ownerUnitId = null;
        if (ownerUnit == null) {
            errors.add("ownerUnit", Message.of("invalid.measurement.owner-unit.required"));
        } else {
            ownerUnitId = units.apply(ownerUnit).orElse(null);
            if (ownerUnitId == null) {
                errors.add("ownerUnit", Message.of("invalid.measurement.owner-unit.unknown", ownerUnit));
            }
        }
        Long areaId = null;
        if (area != null) {
            areaId = areas.apply(area).orElse(null);
            if (areaId == null) {
                errors.add("area", Message.of("invalid.measurement.area.unknown", area));
            }
        }
        if (note != null && note.length() > NOTE_MAX) {
            errors.add("note", Message.of("invalid.measurement.note.too-long", NOTE_MAX));
        }
        if (metric != null && area == null) {
            // The tasks counted are the area's: without one, "computed from tasks" would have no tasks to count.
            errors.add("area", Message.of("invalid.measurement.metric.area-required", Message.of(metric.code())));
        }
        if (metric != null && direction != null && direction != metric.better()) {
            errors.add("direction", Message.of("invalid.measurement.metric.direction", Message.of(metric.code()),
                    Message.of(metric.better().code())));
        }
        errors.throwIfAny();
        return new Indicator(id, agencyId, code, name, unitOfMeasure, direction, target, frequency, year, ownerUnitId,
                areaId, note, metric);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
