package vn.nhiemvu.tasksheet.web;

import java.io.IOException;
import java.time.Clock;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.task.TaskQuery;
import vn.nhiemvu.tasksheet.ImportMode;
import vn.nhiemvu.tasksheet.TaskSheets;

@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Bảng tính nhiệm vụ", description = "Xuất danh sách nhiệm vụ ra Excel, sửa rồi nhập lại, kiểm tra từng dòng")
class TaskSheetApiController {

    private final TaskSheets sheets;
    private final Clock clock;

    TaskSheetApiController(TaskSheets sheets, Clock clock) {
        this.sheets = sheets;
        this.clock = clock;
    }

    @GetMapping("/export.xlsx")
    @Operation(summary = "Xuất các nhiệm vụ trong phạm vi ra .xlsx, với cùng bộ lọc như danh sách nhiệm vụ")
    void export(CurrentUser user, @ParameterObject TaskQuery query, BindingResult binding, HttpServletResponse response)
            throws IOException {
        SheetResponses.export(sheets, user, TaskQuery.filter(query, binding), clock, response);
    }

    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Nhập bảng tính nhiệm vụ (Văn phòng Bộ): dòng có ID cập nhật, dòng không có ID tạo mới; "
            + "mặc định không ghi gì nếu còn dòng lỗi (422); trên ngưỡng số dòng chạy nền (202, xem /api/v1/jobs/{id})")
    ResponseEntity<?> importSheet(CurrentUser user, @RequestParam(required = false) MultipartFile file,
            @Parameter(description = "all-or-nothing (mặc định) hoặc valid-only") @RequestParam(required = false) String mode,
            @Parameter(description = "true: chỉ kiểm tra, không ghi") @RequestParam(defaultValue = "false") boolean dryRun) {
        return SheetResponses.answer(sheets.importSheet(user, SheetResponses.bytes(file), ImportMode.parse(mode), dryRun));
    }
}
