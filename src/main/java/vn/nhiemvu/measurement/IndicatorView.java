package vn.nhiemvu.measurement;

import java.util.Set;

/**
 * An indicator as a reader sees it: its standing, the names of its unit and area, and what the reader may do to it.
 *
 * @param areaCode null when the indicator has no area
 */
public record IndicatorView(IndicatorStanding standing, String ownerUnitCode, String ownerUnitName, String areaCode,
        String areaName, Set<MeasurementPermissions.Action> allowed) {

    public Indicator indicator() {
        return standing.indicator();
    }
}
