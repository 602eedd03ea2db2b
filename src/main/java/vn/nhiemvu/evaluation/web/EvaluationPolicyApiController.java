package vn.nhiemvu.evaluation.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.evaluation.Evaluations;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

@RestController
@RequestMapping("/api/v1/evaluation/policy")
@Tag(name = "Đánh giá", description = "Cách đánh giá nhiệm vụ của Bộ: Chỉ thị 75 hoặc cách thống kê của Văn phòng Chính phủ")
class EvaluationPolicyApiController {

    private static final int MAX_WORKING_DAYS = 60;

    private final Evaluations evaluations;

    EvaluationPolicyApiController(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    @GetMapping
    @Operation(summary = "Cách đánh giá đang áp dụng cho Bộ của người dùng")
    PolicyJson get(CurrentUser user) {
        return PolicyJson.of(evaluations.policy(user.agencyId()));
    }

    @PutMapping
    @Operation(summary = "Thay đổi cách đánh giá (quản trị hệ thống)")
    PolicyJson update(CurrentUser user, @RequestBody PolicyRequest request) {
        var errors = new InvalidInputException.Collector();
        if (request.kind() == null) {
            errors.add("kind", Message.of("invalid.evaluation.kind.required"));
        }
        if (request.dueSoonWorkingDays() == null || request.dueSoonWorkingDays() < 0
                || request.dueSoonWorkingDays() > MAX_WORKING_DAYS) {
            errors.add("dueSoonWorkingDays", Message.of("invalid.evaluation.due-soon-working-days.range", MAX_WORKING_DAYS));
        }
        if (request.cutoffWorkingDaysBeforeDeadline() == null || request.cutoffWorkingDaysBeforeDeadline() < 0
                || request.cutoffWorkingDaysBeforeDeadline() > MAX_WORKING_DAYS) {
            errors.add("cutoffWorkingDaysBeforeDeadline",
                    Message.of("invalid.evaluation.cutoff-working-days-before-deadline.range", MAX_WORKING_DAYS));
        }
        if (request.nonWorkingDeadlineExtends() == null) {
            errors.add("nonWorkingDeadlineExtends", Message.of("invalid.evaluation.non-working-deadline-extends.required"));
        }
        errors.throwIfAny();
        return PolicyJson.of(evaluations.update(user, new EvaluationPolicy(request.kind(), request.dueSoonWorkingDays(),
                request.cutoffWorkingDaysBeforeDeadline(), request.nonWorkingDeadlineExtends())));
    }

    record PolicyRequest(EvaluationPolicy.Kind kind, Integer dueSoonWorkingDays, Integer cutoffWorkingDaysBeforeDeadline,
            Boolean nonWorkingDeadlineExtends) {
    }

    record PolicyJson(EvaluationPolicy.Kind kind, String description, int dueSoonWorkingDays,
            int cutoffWorkingDaysBeforeDeadline, boolean nonWorkingDeadlineExtends) {

        static PolicyJson of(EvaluationPolicy p) {
            return new PolicyJson(p.kind(), p.kind().label(), p.dueSoonWorkingDays(), p.cutoffWorkingDaysBeforeDeadline(),
                    p.nonWorkingDeadlineExtends());
        }
    }
}
