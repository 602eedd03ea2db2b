package vn.nhiemvu.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.organization.OrganizationDirectory;
import vn.nhiemvu.organization.OrganizationDirectory.AgencyEntry;
import vn.nhiemvu.organization.OrganizationDirectory.LeaderEntry;
import vn.nhiemvu.organization.OrganizationDirectory.UnitEntry;
import vn.nhiemvu.shared.InvalidInputException;

class DirectoryCheckTests {

    private static final DirectoryCheck.Known EMPTY = new DirectoryCheck.Known(Set.of(), null, Set.of());
    private static final DirectoryCheck.Known SET_UP = new DirectoryCheck.Known(Set.of("BYT", "TTG"), "BYT",
            Set.of("VP", "CNTT"));
    private static final AgencyEntry HOME = new AgencyEntry("BYT", "Bộ Y tế", "MINISTRY", List.of("BYT"), true);

    private static List<String> fields(OrganizationDirectory directory, DirectoryCheck.Known known) {
        var e = catchThrowableOfType(InvalidInputException.class, () -> DirectoryCheck.check(directory, known));
        assertThat(e).as("refused").isNotNull();
        return e.errors().stream().map(InvalidInputException.FieldError::field).toList();
    }

    @Test
    void aFirstDirectoryNeedsItsHomeAgencyAndParentsBeforeChildren() {
        var units = List.of(new UnitEntry("CNTT", "Cục Công nghệ thông tin", "AGENCY_DEPARTMENT", null, null),
                new UnitEntry("TTDL", "Trung tâm Dữ liệu", "CENTRE", "cntt", null));
        assertThatCode(() -> DirectoryCheck.check(new OrganizationDirectory(List.of(HOME), units, null), EMPTY))
                .doesNotThrowAnyException();
        assertThat(fields(new OrganizationDirectory(null, units, null), EMPTY)).containsExactly("agencies");
        assertThat(fields(new OrganizationDirectory(List.of(HOME), List.of(units.get(1), units.get(0)), null), EMPTY))
                .containsExactly("units[0].parent");
        assertThat(fields(new OrganizationDirectory(List.of(HOME),
                List.of(new UnitEntry("TTDL", "Trung tâm Dữ liệu", "CENTRE", "ttdl", null)), null), EMPTY))
                .as("its own parent").containsExactly("units[0].parent");
    }

    @Test
    void laterDirectoriesMayReferToWhatExistsButNotNameAnotherHome() {
        var leader = new LeaderEntry("thu-truong", "Lê Văn C", "DEPUTY_MINISTER", "Thứ trưởng", List.of("vp", "MOI"));
        var unit = new UnitEntry("MOI", "Vụ mới", "DEPARTMENT", "VP", null);
        assertThatCode(() -> DirectoryCheck.check(new OrganizationDirectory(null, List.of(unit), List.of(leader)), SET_UP))
                .doesNotThrowAnyException();
        assertThat(fields(new OrganizationDirectory(List.of(new AgencyEntry("BCA", "Bộ Công an", "MINISTRY", null, true)),
                null, null), SET_UP)).containsExactly("agencies[0].home");
        assertThat(fields(new OrganizationDirectory(null, null, List.of(leader)), SET_UP)).containsExactly("leaders[0].units[1]");
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        var directory = new OrganizationDirectory(
                List.of(HOME, new AgencyEntry("BYT", "x".repeat(301), "BỘ", null, false)),
                Arrays.asList(new UnitEntry("VP", "Văn phòng", "OFFICE", null, null),
                        new UnitEntry("vp", " ", "OFFICE", null, Arrays.asList("a", null)),
                        null),
                List.of(new LeaderEntry("a", "B", "MINISTER", "T".repeat(101), null),
                        new LeaderEntry("a", null, null, "Thứ trưởng", null)));
        assertThat(fields(directory, EMPTY)).containsExactly("agencies[1].code", "agencies[1].name", "agencies[1].kind",
                "units[1].code", "units[1].name", "units[1].aliases", "units[2]", "leaders[0].title", "leaders[1].key",
                "leaders[1].fullName", "leaders[1].position");
    }
}
