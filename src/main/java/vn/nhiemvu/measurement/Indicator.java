package vn.nhiemvu.measurement;

import java.math.BigDecimal;

/**
 * An indicator (chỉ tiêu) as stored: what is measured, in which unit of measure, which way is better, the target to
 * reach by the end of its year, how often it is measured, the unit responsible and its management area.
 *
 * @param areaId the management area (null: none)
 */
public record Indicator(long id, long agencyId, String code, String name, String unitOfMeasure, Direction direction,
        BigDecimal target, Frequency frequency, int periodYear, long ownerUnitId, Long areaId, String note) {
}
