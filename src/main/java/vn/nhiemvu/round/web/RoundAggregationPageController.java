package vn.nhiemvu.round.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.nhiemvu.directive.Directives;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.round.Aggregation;
import vn.nhiemvu.round.ProposalDecision;
import vn.nhiemvu.round.ProposalDecisions;
import vn.nhiemvu.round.ProposalRef;
import vn.nhiemvu.round.ProposalsToTasks;
import vn.nhiemvu.round.RoundPermissions;
import vn.nhiemvu.round.RoundPermissions.Action;
import vn.nhiemvu.round.Rounds;
import vn.nhiemvu.round.SimilarProposals;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.FormErrors;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/**
 * The organiser's aggregation page: every proposal with its proposer, filters, exports; one form whose ticked
 * proposals are accepted, rejected, their decision undone, merged, un-merged or turned into tasks (ADR 0043, 0050);
 * and undoing the decision on an agency's answer from the round page.
 */
@Controller
class RoundAggregationPageController {

    /** The form's buttons that decide on, or undo, the ticked proposals. */
    private static final Set<String> DECISION_ACTIONS = Set.of("accept", "reject", "undo", "unmerge");

    private final Rounds rounds;
    private final ProposalDecisions decisions;
    private final Organization organization;
    private final RoundAggregationApiController api;
    private final Directives directives;

    RoundAggregationPageController(Rounds rounds, ProposalDecisions decisions, Organization organization,
            RoundAggregationApiController api, Directives directives) {
        this.rounds = rounds;
        this.decisions = decisions;
        this.organization = organization;
        this.api = api;
        this.directives = directives;
    }

    @GetMapping("/rounds/{id}/aggregation")
    String aggregation(CurrentUser user, @PathVariable long id, @RequestParam Map<String, String> params,
            Model model) {
        return aggregationPage(user, id, params, FormErrors.NONE, model);
    }

    private String aggregationPage(CurrentUser user, long id, Map<String, String> params, FormErrors errors,
            Model model) {
        Aggregation aggregation = rounds.aggregation(user, id, RoundAggregationApiController.filter(organization, params));
        model.addAttribute("round", aggregation.round());
        model.addAttribute("aggregation", aggregation);
        model.addAttribute("params", params);
        model.addAttribute("unit", organization.unit(aggregation.round().agencyId(), aggregation.round().organiserUnitId())
                .map(Unit::name).orElse(""));
        var view = AggregationView.of(params, aggregation.proposals().size());
        model.addAttribute("view", view);
        model.addAttribute("shown", view.shown(aggregation.proposals()));
        model.addAttribute("query", view.query());
        model.addAttribute("tasks", rounds.proposalTasks(user, id));
        Map<String, String> merges = rounds.merges(user, id);
        model.addAttribute("merges", merges);
        var mergedInto = new LinkedHashMap<String, List<String>>();
        merges.forEach((dup, kept) -> mergedInto.computeIfAbsent(kept, k -> new ArrayList<>()).add(dup));
        model.addAttribute("mergedHere", mergedInto);
        var may = RoundPermissions.allowed(user, aggregation.round());
        model.addAttribute("canMerge", may.contains(Action.MERGE));
        model.addAttribute("canDecide", may.contains(Action.REVIEW));
        // On demand: at thousands of nearly alike rows the pairs cost more than the page's own 300 ms.
        if (may.contains(Action.MERGE) && params.containsKey("similar")) {
            double threshold = RoundAggregationApiController.threshold(params.get("threshold"));
            model.addAttribute("threshold", (int) Math.round(threshold * 100));
            model.addAttribute("similar", SimilarProposals.find(aggregation.round(), aggregation.proposals(), merges,
                    rounds.proposalTasks(user, id), threshold));
        }
        model.addAttribute("decided", decisions.decisions(user, id));
        boolean canPlan = RoundPermissions.allowed(user, aggregation.round()).contains(Action.PLAN_TASKS);
        model.addAttribute("canPlan", canPlan);
        if (canPlan) {
            model.addAttribute("directives", directives.list(user, null).stream().limit(200).toList());
            model.addAttribute("units", organization.units(user.agencyId()));
        }
        model.addAttribute("errors", errors);
        return "rounds/aggregation";
    }

    /** The Office turns the ticked proposals ("receipt/table/row") into tasks of a directive. */
    @PostMapping("/rounds/{id}/tasks")
    String turnIntoTasks(CurrentUser user, @PathVariable long id, @RequestParam MultiValueMap<String, String> params,
            Model model, RedirectAttributes flash) {
        var refs = new ArrayList<ProposalRef>();
        for (String p : params.getOrDefault("p", List.of())) {
            String[] parts = p.split("/");
            if (parts.length == 3 && parts[1].matches("\\d{1,4}") && parts[2].matches("\\d{1,5}")) {
                refs.add(new ProposalRef(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
            }
        }
        String action = text(params.getFirst("action"));
        Map<String, String> back = AggregationView.parse(params.getFirst("back"));
        if (DECISION_ACTIONS.contains(action)) {
            return decide(user, id, action, refs, text(params.getFirst("decisionReason")), back, model, flash);
        }
        if ("merge".equals(action)) {
            try {
                int merged = rounds.merge(user, id, refs.isEmpty() ? null : refs.get(0),
                        refs.size() < 2 ? List.of() : refs.subList(1, refs.size()));
                flash.addFlashAttribute("planned", Message.of("round.merge.done", merged));
                return redirect(id, back);
            } catch (InvalidInputException | ConflictException e) {
                return aggregationPage(user, id, back, FormErrors.of(e), model);
            }
        }
        String directive = text(params.getFirst("directiveId"));
        java.time.LocalDate date = null;
        try {
            date = text(params.getFirst("directiveDate")).isEmpty() ? null
                    : vn.nhiemvu.shared.Dates.parse(params.getFirst("directiveDate"));
            var planned = rounds.turnIntoTasks(user, id, new ProposalsToTasks(refs,
                    directive.matches("\\d{1,18}") ? Long.valueOf(directive) : null,
                    text(params.getFirst("directiveNumber")), date, text(params.getFirst("directiveSummary")),
                    text(params.getFirst("leadUnit"))));
            flash.addFlashAttribute("planned", Message.of("round.plan.done", planned.created().size(),
                    planned.already().size()));
            return redirect(id, back);
        } catch (InvalidInputException e) {
            return aggregationPage(user, id, back, FormErrors.of(e), model);
        } catch (vn.nhiemvu.shared.InputRules.Refused e) {
            return aggregationPage(user, id, back,
                    FormErrors.of(InvalidInputException.of("directiveDate", e.words())), model);
        }
    }

    /**
     * Each ticked proposal accepted, rejected, its decision undone or taken out of its merge, in the order ticked;
     * the first refusal stops and is shown, those before it stay done (each is a decision of its own).
     */
    private String decide(CurrentUser user, long id, String action, List<ProposalRef> refs, String reason,
            Map<String, String> back, Model model, RedirectAttributes flash) {
        int done = 0;
        try {
            if (refs.isEmpty()) {
                throw InvalidInputException.of("proposal", Message.of("invalid.round.proposal.required"));
            }
            for (ProposalRef ref : refs) {
                switch (action) {
                    case "accept" -> decisions.decide(user, id, ref, ProposalDecision.Decision.ACCEPTED, reason);
                    case "reject" -> decisions.decide(user, id, ref, ProposalDecision.Decision.REJECTED, reason);
                    case "undo" -> decisions.undoDecision(user, id, ref, reason);
                    default -> decisions.unmerge(user, id, ref, reason);
                }
                done++;
            }
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("decisionReason", reason);
            if (done > 0) {
                model.addAttribute("planned", done(action, done));
            }
            return aggregationPage(user, id, back, FormErrors.of(e), model);
        }
        flash.addFlashAttribute("planned", done(action, done));
        return redirect(id, back);
    }

    /** Back to the page and filters the form was posted from. */
    private static String redirect(long id, Map<String, String> back) {
        String query = AggregationView.encode(back);
        return "redirect:/rounds/" + id + "/aggregation" + (query.isEmpty() ? "" : "?" + query);
    }

    private static Message done(String action, int count) {
        return switch (action) {
            case "accept" -> Message.of("round.decide.done-accept", count);
            case "reject" -> Message.of("round.decide.done-reject", count);
            case "undo" -> Message.of("round.decide.done-undo", count);
            default -> Message.of("round.decide.done-unmerge", count);
        };
    }

    /** Withdraws the decision on an agency's answer, from the round page, saying why. */
    @PostMapping("/rounds/{id}/reviews/undoing")
    String undoReview(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String receipt,
            @RequestParam(required = false) String reason, RedirectAttributes flash) {
        try {
            var was = decisions.undoReview(user, id, receipt, reason);
            flash.addFlashAttribute("reviewed", Message.of("round.review.undone", was.receipt()));
        } catch (InvalidInputException | ConflictException e) {
            flash.addFlashAttribute("reviewed", ((vn.nhiemvu.shared.Worded) e).words());
        }
        return "redirect:/rounds/" + id + "#reviews";
    }

    @GetMapping("/rounds/{id}/aggregation.pdf")
    ResponseEntity<byte[]> report(CurrentUser user, @PathVariable long id, @RequestParam Map<String, String> params) {
        return api.report(user, id, params);
    }

    @GetMapping("/rounds/{id}/aggregation.xlsx")
    ResponseEntity<byte[]> workbook(CurrentUser user, @PathVariable long id, @RequestParam Map<String, String> params) {
        return api.workbook(user, id, params);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
