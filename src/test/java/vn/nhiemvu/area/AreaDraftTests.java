package vn.nhiemvu.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.shared.InvalidInputException;

/** The rules an area keeps, without Spring: a unique well-formed code, a name, a focal unit from the directory. */
class AreaDraftTests {

    private static final Unit PC = new Unit(7, 1, null, "PC", "Vụ Pháp chế", Unit.Kind.LEGAL, List.of());
    private static final Function<String, Optional<Unit>> DIRECTORY = code -> Optional.ofNullable(Map.of("PC", PC).get(code));
    private static final ManagementArea LAW = new ManagementArea(3, 1, "PHAPLUAT", "Pháp luật", 7L, null, 1);

    @Test
    void aGoodDraftMakesTheAreaWithItsFocalUnitAndNextPlace() {
        ManagementArea area = new AreaDraft(" tieuchuan ", " Tiêu chuẩn ", "PC", "  ", null)
                .check(0, 1, List.of(LAW), DIRECTORY);
        assertThat(area).isEqualTo(new ManagementArea(0, 1, "TIEUCHUAN", "Tiêu chuẩn", 7L, null, 2));
    }

    @Test
    void theCodeIsUniqueInTheAgencyButAnAreaMayKeepItsOwn() {
        assertThat(errors(new AreaDraft("PHAPLUAT", "Khác", null, null, 1), 0))
                .containsExactly("code: Đã có lĩnh vực mã \"PHAPLUAT\".");
        assertThat(new AreaDraft("PHAPLUAT", "Pháp luật (sửa)", "PC", null, 1).check(3, 1, List.of(LAW), DIRECTORY).name())
                .isEqualTo("Pháp luật (sửa)");
    }

    @Test
    void everyFieldInErrorIsNamedAtOnce() {
        assertThat(errors(new AreaDraft("lĩnh vực", " ", "KHONGCO", null, -1), 0)).containsExactly(
                "code: Mã lĩnh vực \"LĨNH VỰC\" không hợp lệ: tối đa 20 ký tự, chỉ chữ không dấu, số, \"-\" và \"_\".",
                "name: Cần tên lĩnh vực.",
                "focalUnit: Không có đơn vị mã \"KHONGCO\" trong danh bạ tổ chức.",
                "sortOrder: Thứ tự phải từ 0 đến 9999.");
        assertThat(errors(new AreaDraft(null, null, null, null, null), 0))
                .containsExactly("code: Cần mã lĩnh vực.", "name: Cần tên lĩnh vực.");
    }

    @Test
    void aFocalUnitIsOptionalWhenTheSeedNamesNoOneUnit() {
        ManagementArea area = new AreaDraft("CHUYENGIA", "Mạng lưới chuyên gia", null,
                "các Vụ, Cục quản lý chuyên ngành", 12).check(0, 1, List.of(LAW), DIRECTORY);
        assertThat(area.focalUnitId()).isNull();
        assertThat(area.focalNote()).isEqualTo("các Vụ, Cục quản lý chuyên ngành");
        assertThat(area.sortOrder()).isEqualTo(12);
    }

    private static List<String> errors(AreaDraft draft, long id) {
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
                () -> draft.check(id, 1, List.of(LAW), DIRECTORY));
        assertThat(thrown).isNotNull();
        return thrown.errors().stream().map(e -> e.field() + ": " + e.message().vietnamese()).toList();
    }

    @Test
    void aNameTooLongIsRefused() {
        assertThatThrownBy(() -> new AreaDraft("X", "a".repeat(301), null, null, null).check(0, 1, List.of(), DIRECTORY))
                .isInstanceOf(InvalidInputException.class);
    }
}
