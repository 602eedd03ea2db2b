package vn.nhiemvu.setup.web;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.nhiemvu.audit.AuditIntegrity;
import vn.nhiemvu.audit.AuditVerification;
import vn.nhiemvu.identity.CurrentUser;

/** The audit log's verification for the administrator: the latest result, a run now, a checkpoint now. */
@RestController
@RequestMapping("/api/v1/admin/audit")
class AuditVerificationApiController {

    private final AuditIntegrity audit;

    AuditVerificationApiController(AuditIntegrity audit) {
        this.audit = audit;
    }

    /** The latest verification on this node; the first request runs one. */
    @GetMapping("/verification")
    AuditVerification latest(CurrentUser user) {
        AdministrationPageController.requireAdministrator(user);
        return audit.latest().orElseGet(audit::verifyNow);
    }

    @PostMapping("/verification")
    AuditVerification verify(CurrentUser user) {
        AdministrationPageController.requireAdministrator(user);
        return audit.verifyNow();
    }

    @PostMapping("/checkpoints")
    Map<String, Long> checkpoint(CurrentUser user) {
        AdministrationPageController.requireAdministrator(user);
        return Map.of("checkpoint", audit.checkpointNow());
    }
}
