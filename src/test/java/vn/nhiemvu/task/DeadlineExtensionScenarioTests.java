package vn.nhiemvu.task;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nhiemvu.support.Bodies.officeCompletion;
import static vn.nhiemvu.support.Bodies.task;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.IntegrationTest;

/**
 * Chỉ thị 75 II.4 through the API: a task of a directive whose cut-off for requests is
 * 10/11/2020, due 30/11/2020, completed 20/12/2020, under each way of counting.
 */
@IntegrationTest
class DeadlineExtensionScenarioTests {

    private static final AtomicInteger NUMBER = new AtomicInteger(900);

    @LocalServerPort
    int port;

    @Autowired
    TaskManagement tasks;

    @Autowired
    Accounts accounts;

    private Api office() {
        return Api.as(port, "vanphong");
    }

    /** A directive with the 2020 programme's cut-off and one task under it. */
    private long taskUnderCutoff(boolean completed) {
        var directive = office().post("/api/v1/directives", Map.of("kind", "CONG_VAN",
                "number", NUMBER.incrementAndGet() + "/BTTTT-VP", "issuer", Map.of("code", "BTTTT"),
                "issueDate", "2020-11-03", "summary", "Giao đề án năm 2020", "extensionCutoff", "2020-11-10"));
        assertThat(directive.status()).as(directive.toString()).isEqualTo(201);
        var body = task("Xây dựng đề án năm 2020", "CDSQG", "2020-11-30");
        body.put("directive", Map.of("id", directive.json().get("id").asLong()));
        long id = office().post("/api/v1/tasks", body).json().get("id").asLong();
        if (completed) {
            office().post("/api/v1/tasks/" + id + "/completion", officeCompletion("2020-12-20"));
        }
        return id;
    }

    private Api.Response decide(long task, String requestedOn, String proposed, String decision, String decidedOn) {
        return office().post("/api/v1/tasks/" + task + "/deadline-changes", Map.of("requestedOn", requestedOn,
                "proposedDeadline", proposed, "decision", decision, "decidedOn", decidedOn,
                "decidedBy", "Thứ trưởng Nguyễn Huy Dũng", "requestRef", "15/CĐSQG-KH", "reason", "Chờ ý kiến các bộ"));
    }

    private JsonNode asOf(long task, String date, String policy) {
        return office().get("/api/v1/tasks/" + task + "?asOf=" + date + (policy == null ? "" : "&policy=" + policy)).json();
    }

    @Test
    void aTimelyApprovedExtensionMakesTheCompletionOnTime() {
        long id = taskUnderCutoff(true);
        assertThat(asOf(id, "2021-01-15", null).get("status").asString()).isEqualTo("COMPLETED_LATE");
        var recorded = decide(id, "2020-11-09", "2020-12-31", "APPROVED", "2020-11-12");
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);

        JsonNode task = asOf(id, "2021-01-15", null);
        assertThat(task.get("status").asString()).isEqualTo("COMPLETED_ON_TIME");
        assertThat(task.get("applicableDeadline").asString()).isEqualTo("2020-12-31");
        assertThat(task.get("deadline").asString()).as("the original deadline is kept").isEqualTo("2020-11-30");
        assertThat(task.get("deadlineChanges").get(0).get("previousDeadline").asString()).isEqualTo("2020-11-30");
        assertThat(task.get("statusReason").asString()).contains("gia hạn đến 31/12/2020");
        assertThat(office().get("/api/v1/tasks/" + id + "/history").json().get("items").toString())
                .contains("DEADLINE_CHANGE_RECORDED");
    }

    @Test
    void aRequestAfterTheCutoffCountsOnlyForTheGovernmentOffice() {
        long id = taskUnderCutoff(true);
        decide(id, "2020-11-11", "2020-12-31", "APPROVED", "2020-11-13");
        JsonNode ct75 = asOf(id, "2021-01-15", "CHI_THI_75");
        assertThat(ct75.get("status").asString()).isEqualTo("COMPLETED_LATE");
        assertThat(ct75.get("statusReason").asString()).contains("sau thời điểm chốt 10/11/2020");
        assertThat(asOf(id, "2021-01-15", "GOVERNMENT_OFFICE").get("status").asString()).isEqualTo("COMPLETED_ON_TIME");
    }

    @Test
    void aRejectedRequestLeavesTheTaskOverdue() {
        long id = taskUnderCutoff(false);
        decide(id, "2020-11-05", "2020-12-31", "REJECTED", "2020-11-06");
        for (String policy : new String[] { "CHI_THI_75", "GOVERNMENT_OFFICE" }) {
            JsonNode task = asOf(id, "2020-12-15", policy);
            assertThat(task.get("status").asString()).isEqualTo("OVERDUE");
            assertThat(task.get("statusReason").asString()).contains("không được phê duyệt");
        }
    }

    @Test
    void severalExtensionsCountUpToTheCutoff() {
        long id = taskUnderCutoff(true);
        decide(id, "2020-11-02", "2020-12-15", "APPROVED", "2020-11-04");
        decide(id, "2020-12-10", "2020-12-31", "APPROVED", "2020-12-11");
        assertThat(asOf(id, "2021-01-15", "CHI_THI_75").get("applicableDeadline").asString()).isEqualTo("2020-12-15");
        assertThat(asOf(id, "2021-01-15", "CHI_THI_75").get("status").asString()).isEqualTo("COMPLETED_LATE");
        assertThat(asOf(id, "2021-01-15", "GOVERNMENT_OFFICE").get("status").asString()).isEqualTo("COMPLETED_ON_TIME");
        assertThat(asOf(id, "2021-01-15", null).get("deadlineChanges")).hasSize(2);
    }

    @Test
    void periodicReportsSeeTheExtensionsOfTheTasksInScope() {
        long id = taskUnderCutoff(true);
        decide(id, "2020-11-02", "2020-12-15", "APPROVED", "2020-11-04");
        decide(id, "2020-12-10", "2020-12-31", "APPROVED", "2020-12-11");
        var dates = java.util.List.of(java.time.LocalDate.of(2020, 12, 20), java.time.LocalDate.of(2021, 1, 15));
        for (String username : new String[] { "vanphong", "cdsqg" }) {
            CurrentUser user = accounts.find(username).orElseThrow();
            TaskStanding standing = tasks.standings(user, dates, EvaluationPolicy.Kind.GOVERNMENT_OFFICE).stream()
                    .filter(s -> s.id() == id).findFirst().orElseThrow();
            assertThat(standing.evaluations()).as(username).hasSize(2);
            assertThat(standing.evaluations().get(0).applicableDeadline()).as(username)
                    .hasToString(asOf(id, "2020-12-20", "GOVERNMENT_OFFICE").get("applicableDeadline").asString());
            assertThat(standing.evaluations().get(1).status().name()).as(username).isEqualTo("COMPLETED_ON_TIME");
            assertThat(standing.evaluations().get(1).applicableDeadline()).as(username).hasToString("2020-12-31");
        }
        CurrentUser other = accounts.find("htqt").orElseThrow();
        assertThat(tasks.standings(other, dates, null)).as("outside its scope").noneMatch(s -> s.id() == id);
        var all = tasks.standings(accounts.find("vanphong").orElseThrow(), dates, null);
        assertThat(all).as("in the order of ids").isSortedAccordingTo(java.util.Comparator.comparingLong(TaskStanding::id));
    }

    @Test
    void decisionsAreCheckedAndOnlyLeadershipOrTheOfficeRecordsThem() {
        long id = taskUnderCutoff(false);
        var backwards = decide(id, "2020-11-09", "2020-12-31", "APPROVED", "2020-11-01");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("errors").get(0).get("field").asString()).isEqualTo("decidedOn");
        var unknown = office().post("/api/v1/tasks/" + id + "/deadline-changes", Map.of("decision", "MAYBE"));
        assertThat(unknown.status()).isEqualTo(400);
        var byUnit = Api.as(port, "cdsqg").post("/api/v1/tasks/" + id + "/deadline-changes",
                Map.of("requestedOn", "2020-11-09", "proposedDeadline", "2020-12-31", "decision", "APPROVED",
                        "decidedOn", "2020-11-12", "decidedBy", "Tự phê duyệt"));
        assertThat(byUnit.status()).isEqualTo(403);
        assertThat(Api.as(port, "htqt").post("/api/v1/tasks/" + id + "/deadline-changes", Map.of()).status())
                .as("outside its scope the task does not exist").isEqualTo(404);
        assertThat(asOf(id, "2020-12-15", null).get("deadlineChanges")).isEmpty();
    }

    @Test
    void theSeedTasksShowStatusesAndReasonsUnderBothPolicies() {
        for (String asOf : new String[] { "2020-11-10", "2020-12-31", java.time.LocalDate.now(
                java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString() }) {
            for (String policy : new String[] { "CHI_THI_75", "GOVERNMENT_OFFICE" }) {
                var tasks = office().all("/api/v1/tasks?directive=" + directiveId("75/CT-BTTTT") + "&asOf=" + asOf
                        + "&policy=" + policy);
                assertThat(tasks).isNotEmpty().allSatisfy(t -> {
                    assertThat(t.get("policy").asString()).isEqualTo(policy);
                    assertThat(t.get("statusReason").asString()).isNotBlank();
                });
            }
        }
        // Chỉ thị 75's own cut-off task: due 10/11/2020, so due today on that day and overdue after.
        var cutoffTasks = office().all("/api/v1/tasks?directive=" + directiveId("75/CT-BTTTT") + "&asOf=2020-11-10")
                .stream().filter(t -> "2020-11-10".equals(t.path("deadline").asString(""))).toList();
        assertThat(cutoffTasks).isNotEmpty().allSatisfy(t -> assertThat(t.get("status").asString()).isEqualTo("DUE_SOON"));
    }

    private long directiveId(String number) {
        return office().get("/api/v1/directives").json().get("items").valueStream()
                .filter(d -> d.get("number").asString().equals(number)).findFirst().orElseThrow().get("id").asLong();
    }
}
