package vn.nhiemvu.job.web;

import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.job.JobView;
import vn.nhiemvu.job.Jobs;

@RestController
@RequestMapping("/api/v1/jobs")
@Tag(name = "Công việc nền", description = "Trạng thái, tiến độ và kết quả của các công việc chạy nền (xuất, nhập, báo cáo)")
class JobApiController {

    private final Jobs jobs;

    JobApiController(Jobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping
    @Operation(summary = "Các công việc nền của tôi (quản trị: của cả cơ quan), mới nhất trước")
    List<JobView> list(CurrentUser user, @RequestParam(defaultValue = "50") int limit) {
        return jobs.list(user, limit);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Trạng thái và tiến độ của một công việc nền")
    JobView get(CurrentUser user, @PathVariable long id) {
        return jobs.get(user, id);
    }

    @GetMapping("/{id}/result")
    @Operation(summary = "Tải tệp kết quả của công việc đã xong")
    ResponseEntity<Resource> result(CurrentUser user, @PathVariable long id) {
        return JobDownloads.of(jobs.result(user, id));
    }
}
