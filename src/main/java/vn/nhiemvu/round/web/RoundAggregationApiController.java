package vn.nhiemvu.round.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.organization.Agency;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.round.Aggregation;
import vn.nhiemvu.round.PlannedTasks;
import vn.nhiemvu.round.ProposalDecision;
import vn.nhiemvu.round.ProposalDecisions;
import vn.nhiemvu.round.ProposalRef;
import vn.nhiemvu.round.ProposalsToTasks;
import vn.nhiemvu.round.Review;
import vn.nhiemvu.round.Rounds;
import vn.nhiemvu.round.SimilarProposals;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;
import vn.nhiemvu.round.web.RoundApiController.Ref;
import vn.nhiemvu.round.web.RoundApiController.ReviewJson;

/** The organiser's side of a round's answers: the aggregation and its exports, decisions, merges, the plan. */
@RestController
@RequestMapping("/api/v1/rounds")
@Tag(name = "Đợt lấy đề xuất")
class RoundAggregationApiController {

    private final Rounds rounds;
    private final ProposalDecisions decisions;
    private final Organization organization;

    RoundAggregationApiController(Rounds rounds, ProposalDecisions decisions, Organization organization) {
        this.rounds = rounds;
        this.decisions = decisions;
        this.organization = organization;
    }

    @PostMapping("/{id}/reviews")
    @Operation(summary = "Ý kiến của đơn vị tổ chức về lần nộp cuối của một cơ quan (số tiếp nhận): chấp nhận (ACCEPTED), "
            + "trả lại để sửa (RETURNED) hoặc không chấp nhận (REJECTED), hai trường hợp sau phải nêu lý do; đầu mối "
            + "cơ quan thấy ý kiến và lý do, được nộp lại đến hạn, mỗi lần nộp được giữ")
    ResponseEntity<ReviewJson> review(CurrentUser user, @PathVariable long id,
            @RequestBody AnswerReviewRequest request) {
        Review review = rounds.review(user, id, request.receipt(), request.decision(), request.reason());
        return ResponseEntity.status(201).body(RoundApiController.review(review));
    }

    @PostMapping("/{id}/tasks")
    @Operation(summary = "Chuyển các đề xuất đã chọn (số tiếp nhận, bảng, dòng, đếm từ 1) thành nhiệm vụ của một văn bản "
            + "(directiveId có sẵn, hoặc số, ngày, trích yếu của kế hoạch mới); đơn vị chủ trì theo leadUnit, hoặc đơn vị "
            + "của Bộ mà đề xuất nêu, hoặc đơn vị tổ chức đợt; đề xuất đã thành nhiệm vụ không tạo lại (Văn phòng)")
    PlannedJson turnIntoTasks(CurrentUser user, @PathVariable long id, @RequestBody ProposalsToTasks request) {
        PlannedTasks planned = rounds.turnIntoTasks(user, id, request);
        return new PlannedJson(planned.directiveId(), planned.created(), planned.already());
    }

    @PostMapping("/{id}/merges")
    @Operation(summary = "Gộp các đề xuất trùng (duplicates) vào một đề xuất được giữ (kept), mỗi đề xuất là số tiếp "
            + "nhận, bảng, dòng; cả hai cơ quan đề xuất vẫn được ghi; gộp lại lần nữa không thay đổi gì")
    MergedJson merge(CurrentUser user, @PathVariable long id, @RequestBody MergeRequest request) {
        return new MergedJson(rounds.merge(user, id, request.kept(), request.duplicates() == null ? List.of()
                : request.duplicates()));
    }

    @GetMapping("/{id}/aggregation")
    @Operation(summary = "Tổng hợp: mọi đề xuất của mọi cơ quan, lọc theo bảng (table, từ 1), cơ quan (agency, mã) và "
            + "bất kỳ cột nào (column.<mã cột>=chữ cần có, không phân biệt dấu); ai chưa trả lời; đếm theo nhóm, theo "
            + "cơ quan")
    AggregationJson aggregation(CurrentUser user, @PathVariable long id,
            @RequestParam Map<String, String> params) {
        return aggregation(rounds.aggregation(user, id, filter(organization, params)), rounds.proposalTasks(user, id),
                rounds.merges(user, id), rounds.reviews(user, id), decisions.decisions(user, id));
    }

    @GetMapping("/{id}/aggregation.xlsx")
    @Operation(summary = "Tổng hợp dạng .xlsx: trang tổng hợp, mỗi nhóm một trang; mọi ô là chữ, không công thức")
    ResponseEntity<byte[]> workbook(CurrentUser user, @PathVariable long id,
            @RequestParam Map<String, String> params) {
        byte[] bytes = rounds.workbook(user, id, filter(organization, params));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("tong-hop-de-xuat-" + id + ".xlsx").build().toString())
                .body(bytes);
    }

    @PostMapping("/{id}/proposal-decisions")
    @Operation(summary = "Ý kiến về một đề xuất (số tiếp nhận, bảng, dòng, trong lần nộp cuối của cơ quan): chấp nhận "
            + "(ACCEPTED) hoặc không chấp nhận (REJECTED, phải nêu lý do, cơ quan đề xuất thấy); mỗi đề xuất một ý "
            + "kiến, muốn đổi thì hủy trước; đề xuất không được chấp nhận không chuyển thành nhiệm vụ")
    ResponseEntity<ProposalDecisionJson> decide(CurrentUser user, @PathVariable long id,
            @RequestBody ProposalDecisionRequest request) {
        return ResponseEntity.status(201).body(decision(decisions.decide(user, id, request.proposal(),
                request.decision(), request.reason())));
    }

    @GetMapping("/{id}/proposal-decisions")
    @Operation(summary = "Các ý kiến về từng đề xuất: của mọi cơ quan (đơn vị tổ chức), hoặc chỉ của cơ quan mình (đầu "
            + "mối cơ quan được hỏi)")
    RoundApiController.Items<ProposalDecisionJson> decisions(CurrentUser user, @PathVariable long id) {
        var made = user.respondent() ? decisions.myDecisions(user, id) : decisions.decisions(user, id);
        return new RoundApiController.Items<>(made.values().stream()
                .map(RoundAggregationApiController::decision).toList());
    }

    @PostMapping("/{id}/proposal-decisions/undoing")
    @Operation(summary = "Hủy ý kiến về một đề xuất, nêu lý do (ghi nhật ký, báo cơ quan đề xuất), khi đề xuất chưa "
            + "thành nhiệm vụ; trả về ý kiến đã hủy")
    ProposalDecisionJson undoDecision(CurrentUser user, @PathVariable long id, @RequestBody ProposalUndoRequest request) {
        return decision(decisions.undoDecision(user, id, request.proposal(), request.reason()));
    }

    @PostMapping("/{id}/reviews/{receipt}/undoing")
    @Operation(summary = "Hủy ý kiến về một bản trả lời (số tiếp nhận), nêu lý do, khi chưa đề xuất nào của bản đó "
            + "thành nhiệm vụ; trả về ý kiến đã hủy")
    ReviewJson undoReview(CurrentUser user, @PathVariable long id, @PathVariable String receipt,
            @RequestBody UndoReasonRequest request) {
        return RoundApiController.review(decisions.undoReview(user, id, receipt, request.reason()));
    }

    @GetMapping("/{id}/similar")
    @Operation(summary = "Các cặp đề xuất tương tự trong cùng bảng, để gộp: chữ của các cột văn bản, bỏ dấu như tìm kiếm, "
            + "so theo chỉ số Jaccard của các cặp từ liền nhau; threshold từ 0,1 đến 1 (mặc định 0,5); nhiều nhất 100 "
            + "cặp, giống nhất trước; đề xuất đã gộp không gợi ý lại")
    SimilarPairsJson similar(CurrentUser user, @PathVariable long id, @RequestParam Map<String, String> params) {
        SimilarProposals.Found found = similarPairs(user, id, params);
        return new SimilarPairsJson(found.pairs().stream().map(p -> new SimilarJson(ref(p.kept()),
                ref(p.duplicate()), p.similarity(), p.keptText(), p.duplicateText())).toList(), found.complete());
    }

    /** The similar pairs of the aggregation the address filters, at the threshold it names. */
    SimilarProposals.Found similarPairs(CurrentUser user, long id, Map<String, String> params) {
        Aggregation a = rounds.aggregation(user, id, filter(organization, params));
        return SimilarProposals.find(a.round(), a.proposals(), rounds.merges(user, id), rounds.proposalTasks(user, id),
                threshold(params.get("threshold")));
    }

    static double threshold(String typed) {
        if (typed == null || typed.isBlank()) {
            return SimilarProposals.DEFAULT_THRESHOLD;
        }
        try {
            double t = Double.parseDouble(typed.strip().replace(',', '.'));
            if (t >= 0.1 && t <= 1) {
                return t;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw vn.nhiemvu.shared.InvalidInputException.of("threshold", Message.of("invalid.round.similar.threshold"));
    }

    private static ProposalRef ref(Aggregation.Proposal p) {
        return new ProposalRef(p.receipt(), p.table() + 1, p.row() + 1);
    }

    @PostMapping("/{id}/merges/undoing")
    @Operation(summary = "Tách một đề xuất đã gộp (duplicate) khỏi đề xuất được giữ, nêu lý do; cả hai đề xuất trở lại "
            + "độc lập; không tách được khi đề xuất được giữ đã thành nhiệm vụ")
    UnmergedJson unmerge(CurrentUser user, @PathVariable long id, @RequestBody UnmergeRequest request) {
        ProposalRef kept = decisions.unmerge(user, id, request.duplicate(), request.reason());
        return new UnmergedJson(request.duplicate(), kept);
    }

    @GetMapping("/{id}/aggregation.pdf")
    @Operation(summary = "Báo cáo tổng hợp đề xuất theo thể thức Nghị định 30/2020 (PDF, khổ ngang): tình hình trả lời "
            + "của từng cơ quan, rồi các đề xuất của từng bảng; lọc như tổng hợp; bản dự thảo chưa số, chưa ký")
    ResponseEntity<byte[]> report(CurrentUser user, @PathVariable long id, @RequestParam Map<String, String> params) {
        return RoundApiController.pdf(rounds.aggregationReport(user, id, filter(organization, params)), "bao-cao-tong-hop-de-xuat-" + id + ".pdf");
    }

    /** The aggregation's filter from the address: table (from 1), agency (code), column.{key}. */
    static Aggregation.Filter filter(Organization organization, Map<String, String> params) {
        Integer table = null;
        if (params.get("table") != null && !params.get("table").isBlank()) {
            try {
                table = Integer.parseInt(params.get("table").strip()) - 1;
            } catch (NumberFormatException e) {
                throw vn.nhiemvu.shared.InvalidInputException.of("table", vn.nhiemvu.shared.Message.of("invalid.round.table.invalid"));
            }
        }
        Long agency = params.get("agency") == null || params.get("agency").isBlank() ? null
                : agencyId(organization, params.get("agency"));
        var columns = new LinkedHashMap<String, String>();
        params.forEach((k, v) -> {
            if (k.startsWith("column.")) {
                columns.put(k.substring("column.".length()), v);
            }
        });
        return new Aggregation.Filter(table, agency, columns);
    }

    static long agencyId(Organization organization, String code) {
        return organization.agencyByCode(code.strip()).map(Agency::id)
                .orElseThrow(() -> new NotFoundException(Message.of("notfound.round.agency.unknown", code)));
    }

    private static AggregationJson aggregation(Aggregation a, Map<String, Long> tasks, Map<String, String> merges,
            Map<String, Review> reviews, Map<String, ProposalDecision> decided) {
        return new AggregationJson(a.proposals().size(), a.proposals().stream()
                .map(p -> new ProposalJson(new Ref(p.agencyId(), p.agencyCode(), p.agencyName()), p.receipt(), p.late(),
                        p.table() + 1, p.row() + 1, p.cells(),
                        tasks.get(p.receipt() + "/" + (p.table() + 1) + "/" + (p.row() + 1)),
                        merges.get(p.receipt() + "/" + (p.table() + 1) + "/" + (p.row() + 1)),
                        decision(decided.get(p.receipt() + "/" + (p.table() + 1) + "/" + (p.row() + 1)))))
                .toList(),
                a.agencies().stream().map(s -> new AgencyStateJson(new Ref(s.agency().id(), s.agency().code(),
                        s.agency().name()), s.state(), s.current() == null ? null : s.current().number(),
                        s.submittedAt(), s.current() != null && s.current().lateness().late(),
                        s.current() == null ? null : s.current().content().reason(),
                        a.perAgency().getOrDefault(s.agency().id(), 0),
                        s.current() == null || !reviews.containsKey(s.current().number()) ? null
                                : RoundApiController.review(reviews.get(s.current().number())))).toList(),
                a.perGroup().stream().map(g -> new GroupJson(g.table() + 1, g.group(), g.count())).toList());
    }

    static ProposalDecisionJson decision(ProposalDecision d) {
        return d == null ? null : new ProposalDecisionJson(d.proposal(), d.decision(), d.reason(), d.decidedBy(),
                d.decidedAt());
    }

    record MergeRequest(ProposalRef kept, List<ProposalRef> duplicates) {
    }

    record MergedJson(int merged) {
    }

    record PlannedJson(long directiveId, List<PlannedTasks.Made> created, List<PlannedTasks.Made> already) {
    }

    /** decision: the organiser's on this proposal, once made. */
    record ProposalJson(Ref agency, String receipt, boolean late, int table, int row, Map<String, String> cells,
            Long taskId, String mergedInto, ProposalDecisionJson decision) {
    }

    record AgencyStateJson(Ref agency, Aggregation.State state, String receipt, Instant submittedAt, boolean late,
            String reason, int proposals, ReviewJson review) {
    }

    record AnswerReviewRequest(String receipt, Review.Decision decision, String reason) {
    }

    record GroupJson(int table, String group, int count) {
    }

    record AggregationJson(int total, List<ProposalJson> proposals, List<AgencyStateJson> agencies,
            List<GroupJson> perGroup) {
    }

    record ProposalDecisionRequest(ProposalRef proposal, ProposalDecision.Decision decision, String reason) {
    }

    record ProposalDecisionJson(ProposalRef proposal, ProposalDecision.Decision decision, String reason,
            String decidedBy, Instant decidedAt) {
    }

    record ProposalUndoRequest(ProposalRef proposal, String reason) {
    }

    record UndoReasonRequest(String reason) {
    }

    /** complete: false when the search stopped at its bound of pairs measured (rows nearly all alike). */
    record SimilarPairsJson(List<SimilarJson> items, boolean complete) {
    }

    /** similarity: the Jaccard index of the two texts' folded word bigrams, from 0 to 1. */
    record SimilarJson(ProposalRef kept, ProposalRef duplicate, double similarity, String keptText,
            String duplicateText) {
    }

    record UnmergeRequest(ProposalRef duplicate, String reason) {
    }

    record UnmergedJson(ProposalRef duplicate, ProposalRef kept) {
    }
}
