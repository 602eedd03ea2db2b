package vn.nhiemvu.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;

class VisibilityTests {

    private static final Leader DEPUTY = new Leader(7, 1, "thu-truong", "Nguyễn Văn A",
            Leader.Position.DEPUTY_MINISTER, "Thứ trưởng", Set.of(11L, 12L));

    @Test
    void theOfficeTheLegalDepartmentAndAdministratorsSeeTheWholeAgency() {
        for (Role role : new Role[] { Role.OFFICE, Role.LEGAL, Role.ADMIN }) {
            Visibility v = Visibility.of(user(role, 5L, null), Optional.empty(), Optional.empty(), 1);
            assertThat(v).isEqualTo(new Visibility.WholeAgency(1));
            assertThat(v.wholeAgency()).isTrue();
            assertThat(v.namedUnits()).isEmpty();
        }
    }

    @Test
    void aLeaderSeesWhatTheySuperviseAndTheirUnits() {
        Visibility v = Visibility.of(user(Role.LEADER, null, 7L), Optional.of(DEPUTY), Optional.empty(), 1);
        assertThat(v).isEqualTo(new Visibility.Supervised(1, 7, Set.of(11L, 12L)));
        assertThat(v.namedUnits()).containsExactlyInAnyOrder(11L, 12L);
        assertThat(v.wholeAgency()).isFalse();
    }

    @Test
    void aLeaderTheDirectoryDoesNotKnowSupervisesNoUnit() {
        assertThat(Visibility.of(user(Role.LEADER, null, 7L), Optional.empty(), Optional.empty(), 1))
                .isEqualTo(new Visibility.Supervised(1, 7, Set.of()));
    }

    @Test
    void aUnitSeesItsOwnAndAnAccountInNoUnitSeesNoTask() {
        assertThat(Visibility.of(user(Role.UNIT, 11L, null), Optional.empty(), Optional.empty(), 1)).isEqualTo(new Visibility.OwnUnit(1, 11));
        assertThat(Visibility.of(user(Role.UNIT, 11L, null), Optional.empty(), Optional.empty(), 1).namedUnits()).containsExactly(11L);
    }

    @Test
    void anOutsideAgencysFocalPersonSeesTheMinistrysTasksTheirAgencyLeads() {
        var ministry = new Agency(9, "BTTTT", "Bộ Thông tin và Truyền thông", Agency.Kind.MINISTRY, List.of(), true);
        assertThat(Visibility.of(user(Role.RESPONDENT, null, null), Optional.empty(), Optional.of(ministry), 1))
                .isEqualTo(new Visibility.LeadAgency(9, 1));
        // Speaking in the ministry's name changes nothing: the agency they lead for is their account's.
        assertThat(Visibility.of(new CurrentUser(3, "u", "U", Role.RESPONDENT, 9, null, null), Optional.empty(),
                Optional.of(ministry), 1)).isEqualTo(new Visibility.LeadAgency(9, 1));
        // Without a ministry set up, or for the ministry's own account, nothing.
        assertThat(Visibility.of(user(Role.RESPONDENT, null, null), Optional.empty(), Optional.empty(), 1))
                .isEqualTo(new Visibility.NoTasks(1));
        assertThat(Visibility.of(user(Role.RESPONDENT, null, null), Optional.empty(), Optional.of(ministry), 9))
                .isEqualTo(new Visibility.NoTasks(1));
    }

    private static CurrentUser user(Role role, Long unitId, Long leaderId) {
        return new CurrentUser(3, "u", "U", role, 1, unitId, leaderId);
    }
}
