package vn.nhiemvu.round.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.round.Answer;
import vn.nhiemvu.round.AnswerContent;
import vn.nhiemvu.round.Invitation;
import vn.nhiemvu.round.IssuedInvitation;
import vn.nhiemvu.round.NewRespondent;
import vn.nhiemvu.round.Review;
import vn.nhiemvu.round.RoundInvitations;
import vn.nhiemvu.round.NewRound;
import vn.nhiemvu.round.ProposalRound;
import vn.nhiemvu.round.RoundPermissions;
import vn.nhiemvu.round.RoundStatus;
import vn.nhiemvu.round.RoundTemplate;
import vn.nhiemvu.round.Rounds;
import vn.nhiemvu.round.Submission;
import vn.nhiemvu.round.TemplateTable;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;

@RestController
@RequestMapping("/api/v1/rounds")
@Tag(name = "Đợt lấy đề xuất", description = "Đơn vị tổ chức hỏi các cơ quan ngoài theo mẫu; đầu mối các cơ quan trả lời "
        + "trên tài khoản của mình, mỗi lần nộp có phiếu tiếp nhận; tổng hợp và xuất .xlsx")
class RoundApiController {

    private final Rounds rounds;
    private final Organization organization;
    private final RoundInvitations invitations;
    private final java.time.Clock clock;

    RoundApiController(Rounds rounds, Organization organization, RoundInvitations invitations,
            java.time.Clock clock) {
        this.rounds = rounds;
        this.organization = organization;
        this.invitations = invitations;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Các đợt người dùng thấy, mới nhất trước: của cơ quan mình (cán bộ Bộ), hoặc các đợt hỏi cơ "
            + "quan mình (đầu mối cơ quan được hỏi)")
    Items<RoundJson> list(CurrentUser user) {
        return new Items<>(rounds.list(user).stream().map(r -> json(user, r, false)).toList());
    }

    @PostMapping
    @Operation(summary = "Mở một đợt lấy đề xuất: căn cứ, hướng dẫn, thời hạn (cụm từ như trong văn bản, ngày do bộ đọc "
            + "thời hạn tính), cơ quan được hỏi (mã danh mục), mẫu (bảng, cột có kiểu)")
    ResponseEntity<RoundJson> open(CurrentUser user, @RequestBody RoundRequest request) {
        ProposalRound round = rounds.open(user, request.toNew());
        return ResponseEntity.created(URI.create("/api/v1/rounds/" + round.id())).body(json(user, round, true));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một đợt, kèm mẫu; cơ quan được hỏi chỉ đơn vị tổ chức thấy")
    RoundJson get(CurrentUser user, @PathVariable long id) {
        return json(user, rounds.find(user, id), true);
    }

    @PostMapping("/{id}/closing")
    @Operation(summary = "Đóng đợt: không nhận thêm bản trả lời nào (đơn vị tổ chức)")
    RoundJson close(CurrentUser user, @PathVariable long id) {
        return json(user, rounds.close(user, id), true);
    }

    @PostMapping("/{id}/respondents")
    @Operation(summary = "Tạo tài khoản đầu mối cho một cơ quan được hỏi (đơn vị tổ chức)")
    ResponseEntity<RespondentJson> addRespondent(CurrentUser user, @PathVariable long id,
            @RequestBody NewRespondent respondent) {
        CurrentUser created = rounds.addRespondent(user, id, respondent);
        return ResponseEntity.status(201).body(respondent(created));
    }

    @GetMapping("/{id}/respondents")
    @Operation(summary = "Tài khoản đầu mối của các cơ quan được hỏi (đơn vị tổ chức)")
    Items<RespondentJson> respondents(CurrentUser user, @PathVariable long id) {
        return new Items<>(rounds.respondents(user, id).stream().map(this::respondent).toList());
    }

    @PostMapping("/{id}/invitations")
    @Operation(summary = "Tạo đường dẫn mời đầu mối của một cơ quan được hỏi (đơn vị tổ chức): dùng một lần, có hạn; "
            + "token chỉ trả về lần này; đường dẫn cũ chưa dùng của cơ quan đó bị thu hồi")
    ResponseEntity<InvitationJson> invite(CurrentUser user, @PathVariable long id,
            @RequestBody InvitationRequest request) {
        IssuedInvitation issued = invitations.invite(user, id, request.agency());
        return ResponseEntity.created(URI.create("/api/v1/rounds/" + id + "/invitations/" + issued.invitation().id()))
                .body(invitation(issued.invitation(), issued.token(), link(issued)));
    }

    @GetMapping("/{id}/invitations")
    @Operation(summary = "Các đường dẫn mời của đợt và trạng thái (chưa dùng, đã dùng, đã thu hồi, hết hạn)")
    Items<InvitationJson> invitations(CurrentUser user, @PathVariable long id) {
        return new Items<>(invitations.invitations(user, id).stream().map(i -> invitation(i, null, null)).toList());
    }

    @PostMapping("/{id}/invitations/{invitation}/revocation")
    @Operation(summary = "Thu hồi một đường dẫn mời chưa dùng (đơn vị tổ chức); đường dẫn đã dùng không thu hồi được")
    InvitationJson revoke(CurrentUser user, @PathVariable long id, @PathVariable long invitation) {
        return invitation(invitations.revoke(user, id, invitation), null, null);
    }

    /** The link to send: the server's address as the organiser reached it, then the link's path. */
    static String link(IssuedInvitation issued) {
        return org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(issued.path()).toUriString();
    }

    private InvitationJson invitation(Invitation i, String token, String link) {
        return new InvitationJson(i.id(), agency(i.agencyId()), i.state(clock.instant()), i.issuedBy(), i.issuedAt(),
                i.expiresAt(), i.acceptedUsername(), i.acceptedAt(), i.revokedAt(), token, link);
    }

    @GetMapping("/{id}/answer")
    @Operation(summary = "Bản trả lời của cơ quan mình: bản nháp (nếu có) và các lần đã nộp (đầu mối)")
    AnswerJson myAnswer(CurrentUser user, @PathVariable long id) {
        return answer(rounds.myAnswer(user, id));
    }

    @PutMapping("/{id}/answer/draft")
    @Operation(summary = "Lưu nháp như đã gõ (chưa kiểm tra từng ô, chưa nộp)")
    AnswerJson saveDraft(CurrentUser user, @PathVariable long id, @RequestBody AnswerRequest content) {
        return answer(rounds.saveDraft(user, id, content.toContent()));
    }

    @PostMapping("/{id}/answer/submissions")
    @Operation(summary = "Nộp: kiểm tra từng ô theo kiểu cột (nêu mọi ô sai, không lưu gì nếu có ô sai), lưu thành một "
            + "lần nộp mới kèm phiếu tiếp nhận (số, thời điểm, SHA-256 của nội dung); nộp muộn được đánh dấu số ngày "
            + "làm việc muộn, nhận hay không theo đơn vị tổ chức")
    ResponseEntity<SubmissionJson> submit(CurrentUser user, @PathVariable long id,
            @RequestBody AnswerRequest content) {
        Submission s = rounds.submit(user, id, content.toContent());
        return ResponseEntity.created(URI.create("/api/v1/rounds/" + id + "/answer/submissions/" + s.version()))
                .body(submission(s, true));
    }

    @GetMapping("/{id}/template.xlsx")
    @Operation(summary = "Mẫu đề xuất dạng .xlsx để điền ngoài hệ thống: mỗi bảng một trang, dòng 1 là tiêu đề cột, "
            + "trang hướng dẫn; kèm dấu của đợt và phiên bản mẫu")
    ResponseEntity<byte[]> template(CurrentUser user, @PathVariable long id) {
        return xlsx(rounds.templateWorkbook(user, id), "mau-de-xuat-" + id + ".xlsx");
    }

    @PostMapping(value = "/{id}/answer/workbook", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Nộp bằng tệp mẫu .xlsx đã điền (trường file): tệp không phải .xlsx, quá 5 MB, nén bất thường "
            + "hoặc của đợt/phiên bản mẫu khác bị từ chối; mọi ô sai được nêu theo trang và ô, không lưu gì nếu có ô "
            + "sai; hợp lệ thì thành một lần nộp mới kèm phiếu tiếp nhận")
    ResponseEntity<SubmissionJson> submitWorkbook(CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) MultipartFile file) {
        Submission s = rounds.submitWorkbook(user, id, file == null ? null : file.getOriginalFilename(),
                bytes(file));
        return ResponseEntity.created(URI.create("/api/v1/rounds/" + id + "/answer/submissions/" + s.version()))
                .body(submission(s, true));
    }

    static byte[] bytes(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", Message.of("invalid.round.file.required"));
        }
        try {
            return file.getBytes();
        } catch (java.io.IOException e) {
            throw InvalidInputException.of("file", Message.of("invalid.round.file.unreadable"));
        }
    }

    static ResponseEntity<byte[]> xlsx(byte[] bytes, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(bytes);
    }

    @GetMapping("/{id}/answer/submissions/{version}")
    @Operation(summary = "Một lần nộp của cơ quan mình, với nội dung đúng như đã băm")
    SubmissionJson mySubmission(CurrentUser user, @PathVariable long id, @PathVariable int version) {
        Answer answer = rounds.myAnswer(user, id);
        Submission s = version(answer, version);
        return submission(s, true, answer.review(s).orElse(null));
    }

    @GetMapping("/{id}/answers/{agency}")
    @Operation(summary = "Bản trả lời của một cơ quan được hỏi, theo mã (đơn vị tổ chức)")
    AnswerJson answerOf(CurrentUser user, @PathVariable long id, @PathVariable String agency) {
        return answer(rounds.answerOf(user, id, RoundAggregationApiController.agencyId(organization, agency)));
    }

    @PostMapping("/{id}/urging")
    @Operation(summary = "Đôn đốc các cơ quan chưa nộp (đơn vị tổ chức, Văn phòng): mỗi cơ quan nhiều nhất một lần mỗi "
            + "ngày; bấm lần hai trong ngày không gửi lại")
    UrgingJson urge(CurrentUser user, @PathVariable long id) {
        var u = rounds.urgeLate(user, id);
        return new UrgingJson(u.urgedOn(), u.urged().stream().map(this::agency).toList(),
                u.alreadyUrged().stream().map(this::agency).toList());
    }

    @GetMapping("/{id}/letter.pdf")
    @Operation(summary = "Công văn đề nghị đề xuất theo thể thức Nghị định 30/2020 (PDF): kính gửi các cơ quan được hỏi, "
            + "căn cứ, hướng dẫn, thời hạn, các bảng và cột của mẫu; bản dự thảo chưa số, chưa ký (đơn vị tổ chức)")
    ResponseEntity<byte[]> letter(CurrentUser user, @PathVariable long id) {
        return pdf(rounds.requestLetter(user, id), "cong-van-de-nghi-de-xuat-" + id + ".pdf");
    }

    static ResponseEntity<byte[]> pdf(byte[] bytes, String filename) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build()
                        .toString())
                .body(bytes);
    }

    private static Submission version(Answer answer, int version) {
        return answer.submissions().stream().filter(s -> s.version() == version).findFirst()
                .orElseThrow(() -> new NotFoundException(Message.of("notfound.round.submission.unknown", version)));
    }

    private RoundJson json(CurrentUser user, ProposalRound r, boolean withTemplate) {
        boolean organiser = !user.respondent();
        var unit = organization.unit(r.agencyId(), r.organiserUnitId()).map(u -> new Ref(u.id(), u.code(), u.name()))
                .orElse(null);
        List<Ref> addressees = organiser ? r.addresseeIds().stream().map(this::agency).toList() : null;
        return new RoundJson(r.id(), r.title(), r.legalBasis(), r.instructions(), unit, r.letterDate(),
                r.deadlineText(), r.deadline(), r.acceptLate(), r.status(), addressees, r.addresseeIds().size(),
                withTemplate ? r.template() : null, r.openedBy(), r.openedAt(), r.closedAt(),
                RoundPermissions.allowed(user, r).stream().map(Enum::name).toList(), r.version());
    }

    private Ref agency(long id) {
        return organization.agency(id).map(a -> new Ref(a.id(), a.code(), a.name())).orElse(new Ref(id, "", ""));
    }

    private RespondentJson respondent(CurrentUser u) {
        return new RespondentJson(u.username(), u.displayName(), agency(u.agencyId()));
    }

    private AnswerJson answer(Answer a) {
        return new AnswerJson(agency(a.agencyId()), a.draft(), a.draftSavedAt(),
                a.submissions().stream().map(s -> submission(s, false, a.review(s).orElse(null))).toList());
    }

    private static SubmissionJson submission(Submission s, boolean withContent) {
        return submission(s, withContent, null);
    }

    private static SubmissionJson submission(Submission s, boolean withContent, Review review) {
        return new SubmissionJson(s.version(), new ReceiptJson(s.number(), s.submittedAt(), s.sha256()),
                s.submittedBy(), s.lateness().late(), s.lateness().workingDays(), s.noProposal(),
                s.content().rowCount(), withContent ? s.content() : null, review == null ? null : review(review));
    }

    static ReviewJson review(Review r) {
        return new ReviewJson(r.receipt(), r.decision(), r.reason(), r.decidedBy(), r.decidedAt());
    }

    record Items<T>(List<T> items) {
    }

    record InvitationRequest(String agency) {
    }

    /** token and link only when just issued. */
    record InvitationJson(long id, Ref agency, Invitation.State state, String issuedBy, Instant issuedAt,
            Instant expiresAt, String acceptedUsername, Instant acceptedAt, Instant revokedAt, String token,
            String link) {
    }

    record UrgingJson(java.time.LocalDate urgedOn, List<Ref> urged, List<Ref> alreadyUrged) {
    }

    record Ref(long id, String code, String name) {
    }

    record RoundRequest(String organiserUnit, String title, String legalBasis, String instructions,
            LocalDate letterDate, String deadlineText, LocalDate deadline, Boolean acceptLate, List<String> addressees,
            List<TemplateTable> tables) {

        NewRound toNew() {
            return new NewRound(organiserUnit, title, legalBasis, instructions, letterDate, deadlineText, deadline,
                    Boolean.TRUE.equals(acceptLate), addressees, tables);
        }
    }

    record RoundJson(long id, String title, String legalBasis, String instructions, Ref organiserUnit,
            LocalDate letterDate, String deadlineText, LocalDate deadline, boolean acceptLate, RoundStatus status,
            List<Ref> addressees, int addresseeCount, RoundTemplate template, String openedBy, Instant openedAt,
            Instant closedAt, List<String> allowedActions, long version) {
    }

    /** An answer as sent: the rows of each table by column key, or "no proposal" with the reason. */
    record AnswerRequest(Boolean noProposal, String reason, List<List<Map<String, String>>> tables) {

        AnswerContent toContent() {
            return new AnswerContent(Boolean.TRUE.equals(noProposal), reason, tables);
        }
    }

    record RespondentJson(String username, String displayName, Ref agency) {
    }

    record ReceiptJson(String number, Instant receivedAt, String sha256) {
    }

    /** review: the organiser's decision on this version, once made. */
    record SubmissionJson(int version, ReceiptJson receipt, String submittedBy, boolean late, long workingDaysLate,
            boolean noProposal, int rows, AnswerContent content, ReviewJson review) {
    }

    record AnswerJson(Ref agency, AnswerContent draft, Instant draftSavedAt, List<SubmissionJson> submissions) {
    }

    record ReviewJson(String receipt, Review.Decision decision, String reason, String decidedBy, Instant decidedAt) {
    }

}
