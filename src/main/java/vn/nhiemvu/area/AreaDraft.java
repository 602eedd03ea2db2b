package vn.nhiemvu.area;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/**
 * An area as the Office writes it: the rules an area keeps, checked in plain Java before anything is stored.
 *
 * @param focalUnit the focal unit's code in the directory (blank: none)
 * @param sortOrder its place in lists (null: after the last)
 */
public record AreaDraft(String code, String name, String focalUnit, String focalNote, Integer sortOrder) {

    /** Letters without accents, digits, '-' and '_': the code is written in addresses ({@code area=PHAPLUAT}). */
    static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{1,20}");
    static final int NAME_MAX = 300;
    static final int NOTE_MAX = 500;

    public AreaDraft {
        code = code == null ? null : code.strip().toUpperCase();
        name = blankToNull(name);
        focalUnit = blankToNull(focalUnit);
        focalNote = blankToNull(focalNote);
    }

    /**
     * The area this draft makes for the agency, or a 400 naming every field in error: the code is well formed and no
     * other area of the agency has it, the name is given, the focal unit exists in the agency's directory.
     *
     * @param id       the area changed (0: a new one)
     * @param existing the agency's areas as stored
     * @param units    the agency's units by code
     */
    public ManagementArea check(long id, long agencyId, Collection<ManagementArea> existing,
            Function<String, Optional<Unit>> units) {
        var errors = new InvalidInputException.Collector();
        if (code == null || code.isEmpty()) {
            errors.add("code", Message.of("invalid.area.code.required"));
        } else if (!CODE.matcher(code).matches()) {
            errors.add("code", Message.of("invalid.area.code.invalid", code));
        } else if (existing.stream().anyMatch(a -> a.code().equals(code) && a.id() != id)) {
            errors.add("code", Message.of("invalid.area.code.taken", code));
        }
        if (name == null) {
            errors.add("name", Message.of("invalid.area.name.required"));
        } else if (name.length() > NAME_MAX) {
            errors.add("name", Message.of("invalid.area.name.too-long", NAME_MAX));
        }
        Long focalUnitId = null;
        if (focalUnit != null) {
            Optional<Unit> unit = units.apply(focalUnit);
            if (unit.isEmpty()) {
                errors.add("focalUnit", Message.of("invalid.area.focal-unit.unknown", focalUnit));
            } else {
                focalUnitId = unit.get().id();
            }
        }
        if (focalNote != null && focalNote.length() > NOTE_MAX) {
            errors.add("focalNote", Message.of("invalid.area.focal-note.too-long", NOTE_MAX));
        }
        if (sortOrder != null && (sortOrder < 0 || sortOrder > 9999)) {
            errors.add("sortOrder", Message.of("invalid.area.sort-order.range"));
        }
        errors.throwIfAny();
        int order = sortOrder != null ? sortOrder
                : existing.stream().filter(a -> a.id() != id).mapToInt(ManagementArea::sortOrder).max().orElse(0) + 1;
        return new ManagementArea(id, agencyId, code, name, focalUnitId, focalNote, order);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
