package vn.nhiemvu.job.web;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.job.Jobs;

/**
 * The page of my jobs, one job's page, the progress fragment htmx polls, and the download for
 * pages (the session's twin of {@code /api/v1/jobs/{id}/result}).
 */
@Controller
class JobPageController {

    private static final int PAGE_SIZE = 100;

    private final Jobs jobs;

    JobPageController(Jobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/jobs")
    String list(CurrentUser user, Model model) {
        model.addAttribute("jobs", jobs.list(user, PAGE_SIZE));
        return "jobs/list";
    }

    @GetMapping("/jobs/{id}")
    String page(CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("job", jobs.get(user, id));
        return "jobs/page";
    }

    @GetMapping("/jobs/{id}/progress")
    String progress(CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("job", jobs.get(user, id));
        return "jobs/progress :: progress(job=${job})";
    }

    @GetMapping("/jobs/{id}/result")
    ResponseEntity<Resource> result(CurrentUser user, @PathVariable long id) {
        return JobDownloads.of(jobs.result(user, id));
    }
}
