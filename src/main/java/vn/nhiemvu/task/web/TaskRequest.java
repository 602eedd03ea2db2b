package vn.nhiemvu.task.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.nhiemvu.task.TaskDraft;
import vn.nhiemvu.task.TaskKind;

/** The JSON body of POST and PUT /api/v1/tasks. Units by {@code {"code"}} or {@code {"id"}}. */
record TaskRequest(
        @Schema(description = "Loại: SCHEME (Đề án), LEGAL_DOCUMENT (văn bản QPPL), REPORT (báo cáo), OTHER (mặc định)") TaskKind kind,
        @Schema(description = "Tên nhiệm vụ", maxLength = 500, requiredMode = Schema.RequiredMode.REQUIRED) String title,
        @Schema(description = "Nội dung", maxLength = 10000) String description,
        @Schema(description = "Đơn vị chủ trì", requiredMode = Schema.RequiredMode.REQUIRED) Ref leadUnit,
        @Schema(description = "Các đơn vị phối hợp") List<Ref> coordinatingUnits,
        @Schema(description = "Lãnh đạo Bộ phụ trách") Ref supervisingLeader,
        @Schema(description = "Văn bản giao nhiệm vụ") Ref directive,
        @Schema(description = "Nhiệm vụ cha, khi chia nhỏ một nhiệm vụ cho các đơn vị") Ref parent,
        @Schema(description = "Thời hạn (YYYY-MM-DD), không bắt buộc") LocalDate deadline,
        @Schema(description = "Thời hạn theo nguyên văn văn bản", maxLength = 500) String deadlineText,
        @Schema(description = "Sản phẩm", maxLength = 2000) String product) {

    record Ref(Long id, String code) {
    }

    TaskDraft toDraft() {
        return new TaskDraft(kind, title, description, ref(leadUnit),
                coordinatingUnits == null ? List.of()
                        : coordinatingUnits.stream().map(TaskRequest::ref).toList(),
                supervisingLeader == null ? null : supervisingLeader.id(),
                directive == null ? null : directive.id(), parent == null ? null : parent.id(), deadline, deadlineText,
                product);
    }

    private static TaskDraft.Ref ref(Ref ref) {
        return ref == null ? null : new TaskDraft.Ref(ref.id(), ref.code());
    }
}
