package vn.nhiemvu.area;

import java.time.LocalDate;
import java.util.List;

/**
 * The areas' figures for a period as of a date (the period: tasks due in it count towards the on-time ratio). How the
 * figures are made is said in words under {@code areas.formula} (page and API).
 */
public record AreaBoard(LocalDate from, LocalDate to, LocalDate asOf, List<AreaFigures> areas) {

    public AreaBoard {
        areas = List.copyOf(areas);
    }
}
