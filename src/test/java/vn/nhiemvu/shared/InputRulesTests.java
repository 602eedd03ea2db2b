package vn.nhiemvu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class InputRulesTests {

    @Test
    void textWithNulOrLoneSurrogatesIsNotText() {
        assertThat(InputRules.isAcceptableText("Quá hạn 😀 đã xử lý")).isTrue();
        assertThat(InputRules.isAcceptableText("")).isTrue();
        assertThat(InputRules.isAcceptableText("a\u0000b")).isFalse();
        assertThat(InputRules.isAcceptableText("a\ud800b")).isFalse();
        assertThat(InputRules.isAcceptableText("a\ud800")).isFalse();
        assertThat(InputRules.isAcceptableText("\udc00a")).isFalse();
        assertThat(InputRules.isAcceptableText("\ude00\ud83d")).isFalse();
    }

    @Test
    void datesAreBetween1945And2199() {
        assertThat(InputRules.checkDate(LocalDate.of(1945, 1, 1))).isEqualTo(LocalDate.of(1945, 1, 1));
        assertThat(InputRules.checkDate(LocalDate.of(2199, 12, 31))).isEqualTo(LocalDate.of(2199, 12, 31));
        assertThat(InputRules.checkDate(null)).isNull();
        for (LocalDate date : new LocalDate[] { LocalDate.of(1944, 12, 31), LocalDate.of(0, 1, 1),
                LocalDate.of(-1, 1, 1), LocalDate.of(2200, 1, 1) }) {
            assertThatThrownBy(() -> InputRules.checkDate(date)).isInstanceOf(InputRules.Refused.class)
                    .hasMessageContaining("1945–2199");
        }
    }
}
