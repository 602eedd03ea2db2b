package vn.nhiemvu.round.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.organization.Agency;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.round.Aggregation;
import vn.nhiemvu.round.Answer;
import vn.nhiemvu.round.AnswerContent;
import vn.nhiemvu.round.ColumnType;
import vn.nhiemvu.round.IssuedInvitation;
import vn.nhiemvu.round.NewRespondent;
import vn.nhiemvu.round.RoundInvitations;
import vn.nhiemvu.round.ProposalRound;
import vn.nhiemvu.round.RoundPermissions;
import vn.nhiemvu.round.RoundPermissions.Action;
import vn.nhiemvu.round.Rounds;
import vn.nhiemvu.round.Submission;
import vn.nhiemvu.shared.FormErrors;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/**
 * The round's pages: the list (the organiser's rounds, or a respondent's), opening one, the round with its
 * respondents (organiser) or its answer form (respondent: rows added and removed on the server, a draft, a
 * submission with its receipt), and the aggregation. What a page offers comes from {@link RoundPermissions}.
 */
@Controller
class RoundPageController {

    private static final Pattern CELL = Pattern.compile("c\\.(\\d+)\\.(\\d+)\\.([a-z][a-z0-9_]*)");

    private final Rounds rounds;
    private final Organization organization;
    private final RoundApiController api;
    private final vn.nhiemvu.round.ProposalDecisions decisions;
    private final vn.nhiemvu.directive.Directives directives;
    private final RoundInvitations invitations;
    private final java.time.Clock clock;

    RoundPageController(Rounds rounds, Organization organization, RoundApiController api,
            vn.nhiemvu.directive.Directives directives, RoundInvitations invitations, java.time.Clock clock,
            vn.nhiemvu.round.ProposalDecisions decisions) {
        this.decisions = decisions;
        this.directives = directives;
        this.invitations = invitations;
        this.clock = clock;
        this.rounds = rounds;
        this.organization = organization;
        this.api = api;
    }

    @GetMapping("/rounds")
    String list(CurrentUser user, Model model) {
        List<ProposalRound> list = rounds.list(user);
        model.addAttribute("rounds", list);
        model.addAttribute("units", unitNames(user));
        model.addAttribute("canOpen", RoundPermissions.POLICY.allowsAny(user, Action.OPEN));
        if (user.respondent()) {
            Map<Long, Submission> mine = new LinkedHashMap<>();
            list.forEach(r -> rounds.myAnswer(user, r.id()).current().ifPresent(s -> mine.put(r.id(), s)));
            model.addAttribute("mine", mine);
        }
        return "rounds/list";
    }

    @GetMapping("/rounds/new")
    String form(CurrentUser user, Model model) {
        RoundPermissions.POLICY.checkAny(user, Action.OPEN);
        String unit = user.unitId() == null ? null
                : organization.unit(user.agencyId(), user.unitId()).map(Unit::code).orElse(null);
        return form(user, model, RoundForm.blank(unit), FormErrors.NONE);
    }

    private String form(CurrentUser user, Model model, RoundForm form, FormErrors errors) {
        form.padColumns();
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("units", organization.units(user.agencyId()));
        model.addAttribute("agencies", organization.agencies().stream().filter(a -> a.id() != user.agencyId())
                .filter(a -> a.kind() != Agency.Kind.GOVERNMENT && a.kind() != Agency.Kind.PRIME_MINISTER).toList());
        model.addAttribute("types", ColumnType.values());
        return "rounds/new";
    }

    @PostMapping("/rounds")
    String open(CurrentUser user, @ModelAttribute("form") RoundForm form, BindingResult binding, Model model) {
        if (binding.hasErrors()) {
            return form(user, model, form, FormErrors.of(binding));
        }
        try {
            return "redirect:/rounds/" + rounds.open(user, form.toNew()).id();
        } catch (InvalidInputException e) {
            return form(user, model, form, FormErrors.of(e));
        }
    }

    @GetMapping("/rounds/{id}")
    String round(CurrentUser user, @PathVariable long id, Model model) {
        ProposalRound round = rounds.find(user, id);
        if (user.respondent()) {
            Answer answer = rounds.myAnswer(user, id);
            return answerPage(user, round, answer, answer.editing(), FormErrors.NONE, model);
        }
        model.addAttribute("round", round);
        var may = RoundPermissions.allowed(user, round);
        model.addAttribute("canRead", may.contains(Action.READ_ANSWERS));
        model.addAttribute("canClose", may.contains(Action.CLOSE));
        model.addAttribute("canUrge", round.open() && may.contains(Action.URGE));
        model.addAttribute("unit", unitNames(user).get(round.organiserUnitId()));
        if (may.contains(Action.READ_ANSWERS)) {
            Aggregation a = rounds.aggregation(user, id, Aggregation.Filter.NONE);
            model.addAttribute("aggregation", a);
            model.addAttribute("lastUrged", rounds.lastUrged(user, id));
            model.addAttribute("reviews", rounds.reviews(user, id));
            model.addAttribute("canReview", may.contains(Action.REVIEW));
            model.addAttribute("decisions", vn.nhiemvu.round.Review.Decision.values());
            model.addAttribute("counts", List.of(a.agencies().size(), a.count(Aggregation.State.PROPOSED),
                    a.count(Aggregation.State.NO_PROPOSAL), a.count(Aggregation.State.NOT_ANSWERED),
                    a.proposals().size()));
        }
        if (RoundPermissions.allowed(user, round).contains(Action.ADD_RESPONDENT)) {
            model.addAttribute("respondents", rounds.respondents(user, id));
            model.addAttribute("addressees", round.addresseeIds().stream()
                    .map(a -> organization.agency(a).orElseThrow()).toList());
            model.addAttribute("invitations", invitations.invitations(user, id));
            model.addAttribute("agencyNames", agencyNames());
            model.addAttribute("now", clock.instant());
        }
        model.addAttribute("errors", FormErrors.NONE);
        return "rounds/detail";
    }

    @PostMapping("/rounds/{id}/closing")
    String close(CurrentUser user, @PathVariable long id, RedirectAttributes flash) {
        rounds.close(user, id);
        flash.addFlashAttribute("flash", "round.closed");
        return "redirect:/rounds/" + id;
    }

    @PostMapping("/rounds/{id}/urging")
    String urge(CurrentUser user, @PathVariable long id, RedirectAttributes flash) {
        var urging = rounds.urgeLate(user, id);
        flash.addFlashAttribute("urged", Message.of("round.urge.done", urging.urged().size(),
                urging.alreadyUrged().size()));
        return "redirect:/rounds/" + id;
    }

    @PostMapping("/rounds/{id}/respondents")
    String addRespondent(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String agency,
            @RequestParam(required = false) String username, @RequestParam(required = false) String displayName,
            @RequestParam(required = false) String password, Model model, RedirectAttributes flash) {
        try {
            rounds.addRespondent(user, id, new NewRespondent(agency, username, displayName, password));
        } catch (InvalidInputException e) {
            round(user, id, model);
            model.addAttribute("errors", FormErrors.of(e));
            model.addAttribute("typed", Map.of("agency", text(agency), "username", text(username), "displayName",
                    text(displayName)));
            return "rounds/detail";
        }
        flash.addFlashAttribute("flash", "round.respondent.created");
        return "redirect:/rounds/" + id;
    }

    /** The organiser's decision on an agency's last version; a refused one shows the page again, saying why. */
    @PostMapping("/rounds/{id}/reviews")
    String review(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String receipt,
            @RequestParam(required = false) String decision, @RequestParam(required = false) String reason,
            Model model, RedirectAttributes flash) {
        try {
            var made = rounds.review(user, id, receipt, decision(decision), reason);
            flash.addFlashAttribute("reviewed", Message.of("round.review.done", made.receipt(),
                    Message.of(made.decision().code())));
            return "redirect:/rounds/" + id + "#reviews";
        } catch (InvalidInputException | vn.nhiemvu.shared.ConflictException e) {
            round(user, id, model);
            model.addAttribute("errors", FormErrors.of(e));
            model.addAttribute("reviewing", text(receipt));
            model.addAttribute("typedReason", text(reason));
            return "rounds/detail";
        }
    }

    private static vn.nhiemvu.round.Review.Decision decision(String typed) {
        for (var d : vn.nhiemvu.round.Review.Decision.values()) {
            if (d.name().equals(typed)) {
                return d;
            }
        }
        return null;
    }

    /** Issues an invitation link and shows it this once (only its hash is kept). */
    @PostMapping("/rounds/{id}/invitations")
    String invite(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String agency,
            Model model, RedirectAttributes flash) {
        IssuedInvitation issued;
        try {
            issued = invitations.invite(user, id, agency);
        } catch (InvalidInputException e) {
            round(user, id, model);
            model.addAttribute("errors", FormErrors.of(e));
            return "rounds/detail";
        }
        flash.addFlashAttribute("invitationLink", RoundApiController.link(issued));
        flash.addFlashAttribute("invitationIssued", Message.of("round.invitation.issued",
                agencyNames().get(issued.invitation().agencyId()),
                vn.nhiemvu.shared.DisplayDates.dateTime(issued.invitation().expiresAt())));
        return "redirect:/rounds/" + id + "#invitations";
    }

    @PostMapping("/rounds/{id}/invitations/{invitation}/revocation")
    String revoke(CurrentUser user, @PathVariable long id, @PathVariable long invitation, RedirectAttributes flash) {
        invitations.revoke(user, id, invitation);
        flash.addFlashAttribute("flash", "round.invitation.revoked");
        return "redirect:/rounds/" + id + "#invitations";
    }

    private Map<Long, String> agencyNames() {
        var names = new LinkedHashMap<Long, String>();
        organization.agencies().forEach(a -> names.put(a.id(), a.name()));
        return names;
    }

    /** The respondent's form: rows added or removed on the server, a draft kept, or the answer submitted. */
    @PostMapping("/rounds/{id}/answer")
    String answer(CurrentUser user, @PathVariable long id, @RequestParam MultiValueMap<String, String> params,
            Model model, RedirectAttributes flash) {
        ProposalRound round = rounds.find(user, id);
        AnswerContent typed = typed(round, params);
        String action = params.getFirst("action") == null ? "" : params.getFirst("action");
        try {
            if (action.equals("save")) {
                rounds.saveDraft(user, id, typed);
                flash.addFlashAttribute("flash", "round.draft.saved");
                return "redirect:/rounds/" + id;
            }
            if (action.equals("submit")) {
                Submission s = rounds.submit(user, id, typed);
                flash.addFlashAttribute("receipt", s.number());
                return "redirect:/rounds/" + id;
            }
        } catch (InvalidInputException | vn.nhiemvu.shared.ConflictException e) {
            return answerPage(user, round, rounds.myAnswer(user, id), typed, FormErrors.of(e), model);
        }
        return answerPage(user, round, rounds.myAnswer(user, id), edited(typed, action), FormErrors.NONE, model);
    }

    @GetMapping("/rounds/{id}/template.xlsx")
    ResponseEntity<byte[]> template(CurrentUser user, @PathVariable long id) {
        return api.template(user, id);
    }

    /** The respondent's filled template: a receipt, or the page with every bad cell named by sheet and cell. */
    @PostMapping("/rounds/{id}/answer/workbook")
    String submitWorkbook(CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) org.springframework.web.multipart.MultipartFile file, Model model,
            RedirectAttributes flash) {
        ProposalRound round = rounds.find(user, id);
        try {
            Submission s = rounds.submitWorkbook(user, id, file == null ? null : file.getOriginalFilename(),
                    RoundApiController.bytes(file));
            flash.addFlashAttribute("receipt", s.number());
            return "redirect:/rounds/" + id;
        } catch (InvalidInputException | vn.nhiemvu.shared.ConflictException e) {
            Answer answer = rounds.myAnswer(user, id);
            model.addAttribute("uploadRefused", true);
            return answerPage(user, round, answer, answer.editing(), FormErrors.of(e), model);
        }
    }

    private String answerPage(CurrentUser user, ProposalRound round, Answer answer, AnswerContent editing,
            FormErrors errors, Model model) {
        model.addAttribute("round", round);
        model.addAttribute("answer", answer);
        model.addAttribute("myDecisions", decisions.myDecisions(user, round.id()));
        model.addAttribute("unit", unitNames(user).get(round.organiserUnitId()));
        var tables = new ArrayList<List<Map<String, String>>>();
        for (int t = 0; t < round.template().tables().size(); t++) {
            var rows = new ArrayList<>(editing.rows(t));
            if (rows.isEmpty() && !editing.noProposal()) {
                rows.add(Map.of());
            }
            tables.add(rows);
        }
        model.addAttribute("editing", new AnswerContent(editing.noProposal(), editing.reason(), tables));
        model.addAttribute("errors", errors);
        return "rounds/answer";
    }

    /** The typed answer from the form's cells "c.{table}.{row}.{key}", rows in order. */
    private static AnswerContent typed(ProposalRound round, MultiValueMap<String, String> params) {
        var tables = new ArrayList<List<Map<String, String>>>();
        for (int t = 0; t < round.template().tables().size(); t++) {
            tables.add(new ArrayList<>());
        }
        params.forEach((name, values) -> {
            Matcher m = CELL.matcher(name);
            if (m.matches()) {
                int t = Integer.parseInt(m.group(1));
                int r = Integer.parseInt(m.group(2));
                if (t < tables.size() && r < 1000) {
                    var rows = tables.get(t);
                    while (rows.size() <= r) {
                        rows.add(new LinkedHashMap<>());
                    }
                    rows.get(r).put(m.group(3), values.isEmpty() ? "" : values.get(0));
                }
            }
        });
        return new AnswerContent(params.containsKey("noProposal"), params.getFirst("reason"), tables);
    }

    /** "add:{table}" adds a blank row; "remove:{table}:{row}" takes one out. */
    private static AnswerContent edited(AnswerContent typed, String action) {
        var tables = new ArrayList<List<Map<String, String>>>();
        typed.tables().forEach(rows -> tables.add(new ArrayList<>(rows)));
        String[] parts = action.split(":");
        try {
            if (parts[0].equals("add") && parts.length == 2) {
                tables.get(Integer.parseInt(parts[1])).add(Map.of());
            } else if (parts[0].equals("remove") && parts.length == 3) {
                var rows = tables.get(Integer.parseInt(parts[1]));
                int row = Integer.parseInt(parts[2]);
                if (row < rows.size()) {
                    rows.remove(row);
                }
            }
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            // a hand-made action: nothing to change
        }
        return new AnswerContent(typed.noProposal(), typed.reason(), tables);
    }

    @GetMapping("/rounds/{id}/letter.pdf")
    ResponseEntity<byte[]> letter(CurrentUser user, @PathVariable long id) {
        return api.letter(user, id);
    }

    private Map<Long, String> unitNames(CurrentUser user) {
        var names = new LinkedHashMap<Long, String>();
        // A respondent's agency is not the organiser's: the rounds they see name the organiser's units.
        long agency = user.respondent() ? organization.homeAgency().map(Agency::id).orElse(user.agencyId())
                : user.agencyId();
        organization.units(agency).forEach(u -> names.put(u.id(), u.name()));
        return names;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
