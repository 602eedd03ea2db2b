package vn.nhiemvu.measurement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/**
 * The year's self-assessment against the PAR index: each criterion with its latest score, the total self-assessed
 * over the criteria without sub-criteria, and the sums per responsible unit. The index's total and its survey share are
 * configuration (100 and 31.5 under Quyết định 876/QĐ-BNV); a maximum not entered yet is counted apart, never guessed.
 *
 * @param rows          the criteria in code order, each with its latest score (null: none yet)
 * @param selfAssessed  the sum of the latest scores of the leaves (no sub-criterion) not scored by the survey
 * @param assessable    the points the self-assessment can give: total − survey
 * @param unconfirmed   leaves whose maximum is not entered
 * @param byOwner       per responsible unit id (null key: the Office), the sum of its leaves' scores
 */
public record ParSheet(int year, BigDecimal totalPoints, BigDecimal surveyPoints, List<Row> rows,
        BigDecimal selfAssessed, BigDecimal assessable, int unconfirmed, Map<Long, BigDecimal> byOwner) {

    /** @param leaf no criterion under it: the level that is scored */
    public record Row(ParCriterion criterion, boolean leaf, ParScore score) {
    }

    public static ParSheet of(int year, List<ParCriterion> criteria, Map<Long, ParScore> latest, BigDecimal totalPoints,
            BigDecimal surveyPoints) {
        var sorted = new ArrayList<>(criteria);
        sorted.sort(Comparator.comparing(ParSheet::sortKey));
        var rows = new ArrayList<Row>();
        BigDecimal sum = BigDecimal.ZERO;
        int unconfirmed = 0;
        Map<Long, BigDecimal> byOwner = new LinkedHashMap<>();
        for (ParCriterion c : sorted) {
            boolean leaf = sorted.stream().noneMatch(c::parentOf);
            ParScore score = latest.get(c.id());
            rows.add(new Row(c, leaf, score));
            if (leaf && !c.survey()) {
                if (c.maxPoints() == null) {
                    unconfirmed++;
                }
                if (score != null) {
                    sum = sum.add(score.points());
                    byOwner.merge(c.ownerUnitId(), score.points(), BigDecimal::add);
                }
            }
        }
        return new ParSheet(year, totalPoints, surveyPoints, rows, sum, totalPoints.subtract(surveyPoints), unconfirmed,
                new HashMap<>(byOwner));
    }

    /**
     * What a score must be: for a leaf that the survey does not score, whose maximum is entered, between 0 and it,
     * with its evidence.
     */
    public static void checkScore(ParCriterion criterion, boolean leaf, BigDecimal points, String evidence) {
        var errors = new InvalidInputException.Collector();
        if (!leaf) {
            errors.add("code", Message.of("invalid.par.score.not-leaf", criterion.code()));
        } else if (criterion.survey()) {
            errors.add("code", Message.of("invalid.par.score.survey", criterion.code()));
        } else if (criterion.maxPoints() == null) {
            errors.add("code", Message.of("invalid.par.score.no-maximum", criterion.code()));
        }
        if (points == null) {
            errors.add("points", Message.of("invalid.par.points.required"));
        } else if (points.signum() < 0 || points.stripTrailingZeros().scale() > 2
                || (criterion.maxPoints() != null && points.compareTo(criterion.maxPoints()) > 0)) {
            errors.add("points", Message.of("invalid.par.points.range",
                    criterion.maxPoints() == null ? "—" : criterion.maxPoints().stripTrailingZeros().toPlainString()));
        }
        if (evidence == null || evidence.isBlank()) {
            errors.add("evidence", Message.of("invalid.par.evidence.required"));
        } else if (evidence.length() > 1000) {
            errors.add("evidence", Message.of("invalid.measurement.evidence.too-long", 1000));
        }
        errors.throwIfAny();
    }

    /** "1.10" after "1.9": each part as a number. */
    private static String sortKey(ParCriterion c) {
        var key = new StringBuilder();
        for (String part : c.code().split("\\.")) {
            key.append(String.format("%03d", Integer.parseInt(part)));
        }
        return key.toString();
    }
}
