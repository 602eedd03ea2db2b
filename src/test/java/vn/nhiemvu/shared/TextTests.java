package vn.nhiemvu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTests {

    @ParameterizedTest
    @CsvSource({
            "Quá hạn, qua han",
            "Cục Chuyển đổi số quốc gia, cuc chuyen doi so quoc gia",
            "ĐẢNG  và   Nhà nước, dang va nha nuoc",
            "Nghị quyết 105/NQ-CP, nghi quyet 105/nq-cp",
            "qua han, qua han" })
    void foldsCaseDiacriticsAndSpaces(String text, String folded) {
        assertThat(Text.fold(text)).isEqualTo(folded);
    }

    @ParameterizedTest
    @CsvSource({ "'Thủ tướng', 'Thu tuong'" })
    void foldsComposedAndDecomposedFormsAlike(String composed, String plain) {
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertThat(Text.fold(decomposed)).isEqualTo(Text.fold(plain));
    }
}
