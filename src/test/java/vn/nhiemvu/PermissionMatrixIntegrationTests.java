package vn.nhiemvu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.area.AreaPermissions;
import vn.nhiemvu.directive.DirectivePermissions;
import vn.nhiemvu.dossier.DossierAction;
import vn.nhiemvu.dossier.DossierPermissions;
import vn.nhiemvu.identity.Policy;
import vn.nhiemvu.identity.Relation;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.plan.PlanAction;
import vn.nhiemvu.plan.PlanPermissions;
import vn.nhiemvu.round.RoundPermissions;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.IntegrationTest;
import vn.nhiemvu.task.TaskPermissions;

/**
 * The permission tables of the task, plan, dossier, directive, round and area modules, walked through the API with the demo
 * accounts: for every action and every account, the answer must be 403 exactly when the policy refuses the
 * account's relation to the task or the round (404 for an account that does not see the task, and for an outside
 * agency's focal person everywhere but opening a round: they are not told what else exists, ADR 0035). Every request is one that
 * changes nothing when allowed (a stale version, a state that does not allow the step, incomplete input), so the
 * order of the walk does not matter.
 */
@IntegrationTest
class PermissionMatrixIntegrationTests {

    /**
     * A demo account, its role, its relation to the fixture task (lead CDSQG, coordinating HTQT) and to the fixture
     * round (organised by CDSQG, addressed to Bộ Y tế).
     */
    record Account(String username, Role role, Relation relation, Relation roundRelation) {
    }

    static final List<Account> ACCOUNTS = List.of(
            new Account("admin", Role.ADMIN, Relation.ADMINISTRATOR, Relation.ADMINISTRATOR),
            new Account("vanphong", Role.OFFICE, Relation.OFFICE, Relation.OFFICE),
            new Account("phapche", Role.LEGAL, Relation.LEGAL, Relation.LEGAL),
            new Account("lanhdao", Role.LEADER, Relation.SUPERVISING_LEADER, Relation.SUPERVISING_LEADER),
            new Account("cdsqg", Role.UNIT, Relation.LEAD_UNIT, Relation.LEAD_UNIT),
            new Account("htqt", Role.UNIT, Relation.COORDINATING_UNIT, Relation.OUTSIDER),
            new Account("pc", Role.UNIT, Relation.OUTSIDER, Relation.OUTSIDER),
            new Account("byt", Role.RESPONDENT, Relation.OUTSIDER, Relation.RESPONDENT));

    /**
     * One action tried through the API; {@code onTask}: on the fixture task, {@code onRound}: on the fixture round
     * (else on nothing: by role).
     */
    record Probe(Policy<?> policy, Enum<?> action, boolean onTask, boolean onRound, Function<Api, Api.Response> call) {

        Probe(Policy<?> policy, Enum<?> action, boolean onTask, Function<Api, Api.Response> call) {
            this(policy, action, onTask, false, call);
        }

        boolean allows(Account account) {
            return onRound ? allowed(policy, action, account.roundRelation())
                    : onTask ? allowed(policy, action, account.relation())
                    : Relation.possibleFor(account.role()).stream().anyMatch(r -> allowed(policy, action, r));
        }

        /** Whether a refusal is "not found": the account does not see what the action is on. */
        boolean hidden(Account account) {
            if (account.role() == Role.RESPONDENT) {
                return policy != RoundPermissions.POLICY || onRound;
            }
            return onTask && account.relation() == Relation.OUTSIDER;
        }

        @SuppressWarnings({ "unchecked", "rawtypes" })
        private static boolean allowed(Policy policy, Enum action, Relation relation) {
            return policy.allows(action, relation);
        }
    }

    @LocalServerPort
    int port;

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void everyAccountGetsWhatThePolicyTablesSay() {
        var office = Api.as(port, "vanphong");
        long cdsqg = unit(office, "CDSQG");
        JsonNode leader = office.get("/api/v1/leaders").json().get("items").valueStream()
                .filter(l -> l.get("supervisedUnitIds").valueStream().anyMatch(u -> u.asLong() == cdsqg))
                .findFirst().orElseThrow();
        var body = new LinkedHashMap<String, Object>();
        body.put("title", "Ma trận quyền: nhiệm vụ thử");
        body.put("leadUnit", Map.of("code", "CDSQG"));
        body.put("coordinatingUnits", List.of(Map.of("code", "HTQT")));
        body.put("supervisingLeader", Map.of("id", leader.get("id").asLong()));
        body.put("deadline", today.plusDays(60).toString());
        long task = created(office.post("/api/v1/tasks", body));
        var sub = new LinkedHashMap<String, Object>();
        sub.put("title", "Ma trận quyền: nhiệm vụ con (nhiệm vụ cha không xóa được)");
        sub.put("leadUnit", Map.of("code", "CDSQG"));
        sub.put("parent", Map.of("id", task));
        sub.put("deadline", today.plusDays(30).toString());
        created(office.post("/api/v1/tasks", sub));
        var lead = Api.as(port, "cdsqg");
        long request = created(lead.post("/api/v1/tasks/" + task + "/guidance-requests",
                Map.of("kind", "GUIDANCE", "obstacle", "Chưa thống nhất phạm vi")));
        var milestone = Map.of("title", "Dự thảo", "dueDate", today.plusDays(20).toString());
        JsonNode draft = lead.post("/api/v1/tasks/" + task + "/plan/versions", Map.of("milestones", List.of(milestone)))
                .json();
        long milestoneId = draft.get("milestones").get(0).get("id").asLong();

        // A closed round, so that closing it again and answering it change nothing when allowed.
        var round = new LinkedHashMap<String, Object>();
        round.put("organiserUnit", "CDSQG");
        round.put("title", "Ma trận quyền: đợt lấy đề xuất thử");
        round.put("deadlineText", "trong 10 ngày làm việc");
        round.put("addressees", List.of("BYT"));
        round.put("tables", List.of(Map.of("title", "Đề xuất", "columns", List.of(Map.of("key", "task", "label",
                "Nhiệm vụ", "type", "TEXT", "required", true)))));
        long roundId = created(Api.as(port, "cdsqg").post("/api/v1/rounds", round));
        assertThat(Api.as(port, "cdsqg").post("/api/v1/rounds/" + roundId + "/closing", null).status()).isEqualTo(200);
        String r = "/api/v1/rounds/" + roundId;

        String t = "/api/v1/tasks/" + task;
        Map<String, String> stale = Map.of("If-Match", "\"999\"");
        var probes = List.of(
                new Probe(TaskPermissions.POLICY, TaskPermissions.Action.CREATE, false,
                        api -> api.post("/api/v1/tasks", Map.of())),
                new Probe(TaskPermissions.POLICY, TaskPermissions.Action.EDIT, true, api -> api.put(t, body, stale)),
                new Probe(TaskPermissions.POLICY, TaskPermissions.Action.DELETE, true, api -> api.delete(t)),
                new Probe(TaskPermissions.POLICY, TaskPermissions.Action.RECORD_COMPLETION, true,
                        api -> api.delete(t + "/completion")),
                new Probe(TaskPermissions.POLICY, TaskPermissions.Action.REQUEST_GUIDANCE, true,
                        api -> api.post(t + "/guidance-requests", Map.of())),
                new Probe(TaskPermissions.POLICY, TaskPermissions.Action.DECIDE_GUIDANCE, true,
                        api -> api.post(t + "/guidance-requests/" + request + "/decision", Map.of())),
                new Probe(TaskPermissions.POLICY, TaskPermissions.Action.RECORD_DEADLINE_CHANGE, true,
                        api -> api.post(t + "/deadline-changes", Map.of())),
                new Probe(PlanPermissions.POLICY, PlanAction.REVISE, true,
                        api -> api.post(t + "/plan/versions", Map.of("milestones", List.of(milestone)))),
                new Probe(PlanPermissions.POLICY, PlanAction.EDIT, true,
                        api -> api.put(t + "/plan/versions/1", Map.of("milestones", List.of(milestone)), stale)),
                new Probe(PlanPermissions.POLICY, PlanAction.SUBMIT, true,
                        api -> api.send("POST", t + "/plan/versions/1/submission", null, stale)),
                new Probe(PlanPermissions.POLICY, PlanAction.APPROVE, true,
                        api -> api.post(t + "/plan/versions/1/approval", null)),
                new Probe(PlanPermissions.POLICY, PlanAction.RETURN, true,
                        api -> api.post(t + "/plan/versions/1/return", Map.of("comment", "Bổ sung mốc"))),
                new Probe(PlanPermissions.POLICY, PlanAction.COMPLETE_MILESTONE, true,
                        api -> api.post(t + "/plan/milestones/" + milestoneId + "/completion", null)),
                new Probe(PlanPermissions.POLICY, PlanAction.REPORT_PROGRESS, true,
                        api -> api.post(t + "/progress-reports", Map.of("percent", 500))),
                new Probe(PlanPermissions.POLICY, PlanAction.REQUIRE_REPORTS, true,
                        api -> api.put(t + "/report-schedule", Map.of(), Map.of())),
                new Probe(DossierPermissions.POLICY, DossierAction.ADD_FILE, true,
                        api -> api.upload(t + "/dossier/files", "gop-y.txt",
                                "Ý kiến góp ý.".getBytes(StandardCharsets.UTF_8), Map.of("role", "OPINIONS"))),
                new Probe(DossierPermissions.POLICY, DossierAction.SUBMIT_FOR_REVIEW, true,
                        api -> api.post(t + "/dossier/submission-for-review", null)),
                new Probe(DossierPermissions.POLICY, DossierAction.PASS, true,
                        api -> api.post(t + "/dossier/review", Map.of("decision", "PASS"))),
                new Probe(DossierPermissions.POLICY, DossierAction.RETURN, true,
                        api -> api.post(t + "/dossier/review", Map.of("decision", "RETURN", "comments", "Bổ sung"))),
                new Probe(DossierPermissions.POLICY, DossierAction.RECORD_SUBMISSION, true,
                        api -> api.post(t + "/dossier/submission",
                                Map.of("documentNumber", "12/TTr-BTTTT", "documentDate", today.toString()))),
                new Probe(DirectivePermissions.POLICY, DirectivePermissions.Action.WRITE, false,
                        api -> api.post("/api/v1/directives", Map.of())),
                new Probe(RoundPermissions.POLICY, RoundPermissions.Action.OPEN, false,
                        api -> api.post("/api/v1/rounds", Map.of())),
                new Probe(RoundPermissions.POLICY, RoundPermissions.Action.CLOSE, false, true,
                        api -> api.post(r + "/closing", null)),
                new Probe(RoundPermissions.POLICY, RoundPermissions.Action.ADD_RESPONDENT, false, true,
                        api -> api.post(r + "/respondents", Map.of())),
                new Probe(RoundPermissions.POLICY, RoundPermissions.Action.READ_ANSWERS, false, true,
                        api -> api.get(r + "/aggregation")),
                new Probe(RoundPermissions.POLICY, RoundPermissions.Action.ANSWER, false, true,
                        api -> api.put(r + "/answer/draft", Map.of(), Map.of())),
                new Probe(RoundPermissions.POLICY, RoundPermissions.Action.URGE, false, true,
                        api -> api.post(r + "/urging", null)),
                new Probe(RoundPermissions.POLICY, RoundPermissions.Action.PLAN_TASKS, false, true,
                        api -> api.post(r + "/tasks", Map.of())),
                new Probe(RoundPermissions.POLICY, RoundPermissions.Action.MERGE, false, true,
                        api -> api.post(r + "/merges", Map.of())),
                new Probe(RoundPermissions.POLICY, RoundPermissions.Action.REVIEW, false, true,
                        api -> api.post(r + "/reviews", Map.of())),
                new Probe(AreaPermissions.POLICY, AreaPermissions.Action.MANAGE, false,
                        api -> api.post("/api/v1/areas", Map.of())),
                new Probe(AreaPermissions.POLICY, AreaPermissions.Action.ASSIGN, true,
                        api -> api.put(t + "/areas", Map.of("areas", List.of("KHONGCO")), Map.of())));

        assertThat(probes).as("every action of the walked policies is tried")
                .extracting(Probe::action).containsAll(EnumSet.allOf(TaskPermissions.Action.class))
                .containsAll(EnumSet.allOf(PlanAction.class)).containsAll(EnumSet.allOf(DossierAction.class))
                .containsAll(EnumSet.allOf(DirectivePermissions.Action.class))
                .containsAll(EnumSet.allOf(RoundPermissions.Action.class))
                .containsAll(EnumSet.allOf(AreaPermissions.Action.class));

        var wrong = new ArrayList<String>();
        for (Account account : ACCOUNTS) {
            var api = Api.as(port, account.username());
            for (Probe probe : probes) {
                Api.Response answer = probe.call().apply(api);
                boolean allowed = probe.allows(account);
                // An account that does not see the task is not told it exists.
                Set<Integer> refusal = probe.hidden(account) ? Set.of(404) : Set.of(403);
                boolean ok = allowed ? answer.status() != 403 && answer.status() != 404 && answer.status() < 500
                        : refusal.contains(answer.status());
                if (!ok) {
                    wrong.add(probe.policy().name() + " " + probe.action() + " by " + account.username() + " ("
                            + account.relation() + "): policy " + (allowed ? "allows" : "refuses") + ", API answered "
                            + answer);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static long unit(Api api, String code) {
        return api.get("/api/v1/units").json().get("items").valueStream()
                .filter(u -> u.get("code").asString().equals(code)).findFirst().orElseThrow().get("id").asLong();
    }

    private static long created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asLong();
    }
}
