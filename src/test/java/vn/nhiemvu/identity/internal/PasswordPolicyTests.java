package vn.nhiemvu.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private final PasswordPolicy policy = PasswordPolicy.standard();

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        for (String common : new String[] { "1234567890", "qwertyuiop", "Password123", "PASSWORD123" }) {
            assertThat(policy.weakness("nguyenvana", common).vietnamese()).as(common)
                    .isEqualTo("Mật khẩu này nằm trong danh sách mật khẩu phổ biến, dễ bị dò ra; hãy chọn một cụm từ khác.");
        }
    }

    @Test
    void theUsernameIsNotAPassword() {
        assertThat(policy.weakness("nguyenvana", "NguyenVanA-2026").vietnamese()).isEqualTo("Mật khẩu không được chứa tên đăng nhập.");
        assertThat(policy.weakness("nguyenvana", "nguyenvana")).isNotNull();
    }

    @Test
    void lengthAndTheOtherRulesStay() {
        assertThat(policy.weakness("nguyenvana", "ngan").vietnamese()).isEqualTo("Mật khẩu cần ít nhất 10 ký tự.");
        assertThat(policy.weakness("nguyenvana", "x".repeat(129)).vietnamese()).isEqualTo("Mật khẩu dài quá 128 ký tự.");
        assertThat(policy.weakness("nguyenvana", "demo12345678").vietnamese()).startsWith("Mật khẩu quá dễ đoán");
        assertThat(policy.weakness("nguyenvana", "abababababab").vietnamese()).startsWith("Mật khẩu quá dễ đoán");
        assertThat(policy.weakness("nguyenvana", "Mot-cum-tu-rat-dai-2026")).isNull();
    }
}
