package vn.nhiemvu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.dossier.DossierAction;
import vn.nhiemvu.dossier.DossierPermissions;
import vn.nhiemvu.extraction.ExtractionPermissions;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Policy;
import vn.nhiemvu.identity.Relation;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.people.PeoplePermissions;
import vn.nhiemvu.plan.PlanAction;
import vn.nhiemvu.plan.PlanPermissions;
import vn.nhiemvu.task.TaskPermissions;
import vn.nhiemvu.tasksheet.TaskSheetPermissions;
import vn.nhiemvu.web.Navigation;

/** The decisions every module's policy keeps (ADR 0028), checked on the tables themselves, without Spring. */
class PermissionPoliciesTests {

    @Test
    void anAdministratorMayDoOnTheTasksPathExactlyWhatTheOfficeMay() {
        for (Policy<?> policy : PermissionsDocumentTests.policies().values()) {
            policy.table().forEach((action, relations) -> assertThat(relations.contains(Relation.ADMINISTRATOR))
                    .as(policy.name() + " " + action).isEqualTo(relations.contains(Relation.OFFICE)));
        }
    }

    @Test
    void noOneWithoutAPartInTheTaskMayDoAnything() {
        for (Policy<?> policy : PermissionsDocumentTests.policies().values()) {
            assertThat(policy.allowed(Relation.OUTSIDER)).as(policy.name()).isEmpty();
        }
    }

    @Test
    void decisionsThatAreALeadersOrLegalsOwnAreNobodyElses() {
        assertThat(TaskPermissions.POLICY.table().get(TaskPermissions.Action.DECIDE_GUIDANCE))
                .containsExactly(Relation.SUPERVISING_LEADER);
        assertThat(PlanPermissions.POLICY.table().get(PlanAction.APPROVE)).containsExactly(Relation.SUPERVISING_LEADER);
        assertThat(PlanPermissions.POLICY.table().get(PlanAction.RETURN)).containsExactly(Relation.SUPERVISING_LEADER);
        assertThat(DossierPermissions.POLICY.table().get(DossierAction.PASS)).containsExactly(Relation.LEGAL);
        assertThat(DossierPermissions.POLICY.table().get(DossierAction.RETURN)).containsExactly(Relation.LEGAL);
    }

    @Test
    void aCoordinatingUnitReportsOnItsPartAndDoesNothingElse() {
        for (Policy<?> policy : PermissionsDocumentTests.policies().values()) {
            Set<Object> allowed = Set.copyOf(policy.allowed(Relation.COORDINATING_UNIT));
            assertThat(allowed).as(policy.name()).isSubsetOf(PlanAction.REPORT_PROGRESS);
        }
    }

    /**
     * The menu lives in {@code web}, which depends on no feature module, so it asks {@code CurrentUser}'s predicates;
     * here those entries must offer exactly what the policies allow, role by role.
     */
    @Test
    void theMenuOffersWhatThePoliciesAllow() {
        for (Role role : Role.values()) {
            var user = new CurrentUser(1, "u", "Người dùng", role, 1, role == Role.UNIT ? 5L : null,
                    role == Role.LEADER ? 2L : null);
            List<String> offered = Navigation.of(user, "/").top().stream()
                    .flatMap(e -> e.links().stream()).map(Navigation.Link::href).toList();
            assertThat(offered.contains("/tasks/new")).as(role + " /tasks/new")
                    .isEqualTo(TaskPermissions.POLICY.allowsAny(user, TaskPermissions.Action.CREATE));
            assertThat(offered.contains("/tasks/import")).as(role + " /tasks/import")
                    .isEqualTo(TaskSheetPermissions.POLICY.allowsAny(user, TaskSheetPermissions.Action.IMPORT));
            assertThat(offered.contains("/extractions/new")).as(role + " /extractions/new")
                    .isEqualTo(ExtractionPermissions.POLICY.allowsAny(user, ExtractionPermissions.Action.READ_DOCUMENT));
            assertThat(offered.contains("/people")).as(role + " /people")
                    .isEqualTo(PeoplePermissions.POLICY.allowsAny(user, PeoplePermissions.Action.READ_SHEET));
        }
    }
}
