package vn.nhiemvu.measurement;

import java.math.BigDecimal;

/**
 * A field, criterion or sub-criterion of the PAR index (Quyết định 876/QĐ-BNV: 7 fields, 38 criteria, 97
 * sub-criteria) for one year, as data: its code says its place ({@code 1}, {@code 1.2}, {@code 1.2.3}).
 *
 * @param maxPoints   the most points it gives (null: not confirmed yet; the agency enters it)
 * @param survey      scored from the survey, not self-assessed
 * @param ownerUnitId the unit that self-assesses it (null: the Office)
 */
public record ParCriterion(long id, long agencyId, int year, String code, String name, BigDecimal maxPoints,
        boolean survey, Long ownerUnitId, int sortOrder) {

    /** 1 for a field, 2 for a criterion, 3 for a sub-criterion. */
    public int level() {
        return code.split("\\.").length;
    }

    /** Whether the other is directly under this one. */
    public boolean parentOf(ParCriterion other) {
        return other.code().startsWith(code + ".") && other.level() == level() + 1;
    }
}
