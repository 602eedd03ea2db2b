package vn.nhiemvu.measurement;

import java.math.BigDecimal;

/**
 * An indicator (chỉ tiêu) as stored: what is measured, in which unit of measure, which way is better, the target to
 * reach by the end of its year, how often it is measured, the unit responsible and its management area.
 *
 * @param areaId the management area (null: none)
 * @param metric what it is computed from its area's tasks (null: measured by its unit or pushed by another system)
 */
public record Indicator(long id, long agencyId, String code, String name, String unitOfMeasure, Direction direction,
        BigDecimal target, Frequency frequency, int periodYear, long ownerUnitId, Long areaId, String note,
        TaskMetric metric) {

    /** An indicator measured by its unit (or pushed), not computed. */
    public Indicator(long id, long agencyId, String code, String name, String unitOfMeasure, Direction direction,
            BigDecimal target, Frequency frequency, int periodYear, long ownerUnitId, Long areaId, String note) {
        this(id, agencyId, code, name, unitOfMeasure, direction, target, frequency, periodYear, ownerUnitId, areaId,
                note, null);
    }

    public boolean computed() {
        return metric != null;
    }
}
