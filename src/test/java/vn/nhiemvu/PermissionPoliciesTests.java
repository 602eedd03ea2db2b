package vn.nhiemvu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.dossier.DossierAction;
import vn.nhiemvu.dossier.DossierPermissions;
import vn.nhiemvu.identity.Policy;
import vn.nhiemvu.identity.Relation;
import vn.nhiemvu.plan.PlanAction;
import vn.nhiemvu.plan.PlanPermissions;
import vn.nhiemvu.task.TaskPermissions;

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
}
