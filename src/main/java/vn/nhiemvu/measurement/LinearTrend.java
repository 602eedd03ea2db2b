package vn.nhiemvu.measurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The least-squares straight line through the values measured at their periods' last days: value = a + b × day. With
 * a short series (a few months) a statistician accepts a linear trend as a first forecast; the page says that it is
 * one, and how many values it rests on.
 *
 * @param slopePerDay b, in the indicator's unit per day
 * @param points      how many values the line rests on
 */
public record LinearTrend(double intercept, double slopePerDay, int points) {

    /** A measured value at a day. */
    public record Point(LocalDate day, BigDecimal value) {
    }

    /** The line through the points, when there are at least two on different days. */
    public static Optional<LinearTrend> fit(List<Point> points) {
        int n = points.size();
        if (n < 2) {
            return Optional.empty();
        }
        double meanX = points.stream().mapToDouble(p -> p.day().toEpochDay()).average().orElseThrow();
        double meanY = points.stream().mapToDouble(p -> p.value().doubleValue()).average().orElseThrow();
        double sxx = 0;
        double sxy = 0;
        for (Point p : points) {
            double dx = p.day().toEpochDay() - meanX;
            sxx += dx * dx;
            sxy += dx * (p.value().doubleValue() - meanY);
        }
        if (sxx == 0) {
            return Optional.empty();
        }
        double slope = sxy / sxx;
        return Optional.of(new LinearTrend(meanY - slope * meanX, slope, n));
    }

    /** The line's value at the day, to four decimals. */
    public BigDecimal at(LocalDate day) {
        return BigDecimal.valueOf(intercept + slopePerDay * day.toEpochDay()).setScale(4, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }
}
