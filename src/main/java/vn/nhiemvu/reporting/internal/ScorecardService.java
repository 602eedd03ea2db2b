package vn.nhiemvu.reporting.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import vn.nhiemvu.evaluation.CollectiveRating;
import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.evaluation.Rankings;
import vn.nhiemvu.evaluation.Scorecard;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.organization.Leader;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.reporting.RatingQuarter;
import vn.nhiemvu.reporting.Scorecards;
import vn.nhiemvu.reporting.UnitRating;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.task.TaskManagement;
import vn.nhiemvu.task.TaskStanding;

/**
 * Rankings from the tasks' standings (one read of the tasks in scope, ADR 0009's single pass): the ranking pages ask
 * for one date, the periodic report ranks at its cut-off with the standings it already has.
 */
@Service
class ScorecardService implements Scorecards {

    private final TaskManagement tasks;
    private final Organization organization;
    private final RatingProperties rating;

    ScorecardService(TaskManagement tasks, Organization organization, RatingProperties rating) {
        this.tasks = tasks;
        this.organization = organization;
        this.rating = rating;
    }

    @Override
    public CollectiveRating.Thresholds ratingThresholds() {
        return rating.thresholds();
    }

    @Override
    public List<UnitRating> unitRatings(CurrentUser user, RatingQuarter quarter, LocalDate asOf,
            EvaluationPolicy.Kind policy) {
        return ranked(user, Subject.UNITS, quarter.from(), quarter.to(), asOf, policy).stream()
                .map(card -> new UnitRating(card, CollectiveRating.of(card, rating.thresholds()))).toList();
    }

    @Override
    public List<Scorecard> ranked(CurrentUser user, Subject subject, LocalDate from, LocalDate to, LocalDate asOf,
            EvaluationPolicy.Kind policy) {
        if (from == null || to == null || to.isBefore(from)) {
            throw InvalidInputException.of("to", Message.of("invalid.reporting.to.after-from"));
        }
        return rank(subject, new Rankings(from, to, asOf), user.seesWholeAgency(), organization.units(user.agencyId()),
                organization.leaders(user.agencyId()), tasks.standings(user, List.of(asOf), policy), 0);
    }

    /**
     * The scorecards of the subject: every unit or leader entered when the reader sees the whole agency (so those
     * with nothing due are listed), then each task counted by its lead unit or its supervising leader, by its
     * evaluation number {@code evaluation} (the standings' dates, in order).
     */
    static List<Scorecard> rank(Subject subject, Rankings rankings, boolean everyone, List<Unit> units,
            List<Leader> leaders, List<TaskStanding> standings, int evaluation) {
        Map<Long, Unit> unitById = new HashMap<>();
        units.forEach(u -> unitById.put(u.id(), u));
        Map<Long, Leader> leaderById = new HashMap<>();
        leaders.forEach(l -> leaderById.put(l.id(), l));
        if (everyone) {
            if (subject == Subject.UNITS) {
                units.forEach(u -> rankings.enter(u.code(), u.name()));
            } else {
                leaders.forEach(l -> rankings.enter(l.slug(), name(l)));
            }
        }
        for (TaskStanding s : standings) {
            if (subject == Subject.UNITS) {
                Unit u = unitById.get(s.leadUnitId());
                if (u != null) {
                    rankings.count(u.code(), u.name(), s.evaluations().get(evaluation));
                }
            } else {
                Leader l = s.supervisingLeaderId() == null ? null : leaderById.get(s.supervisingLeaderId());
                if (l != null) {
                    rankings.count(l.slug(), name(l), s.evaluations().get(evaluation));
                }
            }
        }
        return rankings.ranked();
    }

    static String name(Leader leader) {
        return leader.title() + " " + leader.fullName();
    }
}
