package vn.nhiemvu.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Where an invitation link stands, and why it is refused (ADR 0045). */
class InvitationTests {

    private static final Instant ISSUED = Instant.parse("2026-03-02T01:00:00Z");
    private static final Instant EXPIRES = ISSUED.plusSeconds(7 * 86_400);

    private static Invitation pending() {
        return new Invitation(1, 2, 3, "cdsqg", ISSUED, EXPIRES, null, null, null, null);
    }

    @Test
    void pendingUntilTheMomentItExpires() {
        assertThat(pending().state(EXPIRES.minusMillis(1))).isEqualTo(Invitation.State.PENDING);
        assertThat(pending().refusal(EXPIRES.minusMillis(1))).isEmpty();
        assertThat(pending().state(EXPIRES)).isEqualTo(Invitation.State.EXPIRED);
        assertThat(pending().refusal(EXPIRES).orElseThrow().vietnamese()).contains("đã hết hạn lúc 09/03/2026 08:00");
    }

    @Test
    void usedOrRevokedStaysSoAfterItsExpiry() {
        var used = new Invitation(1, 2, 3, "cdsqg", ISSUED, EXPIRES, "btp", ISSUED.plusSeconds(60), null, null);
        var revoked = new Invitation(1, 2, 3, "cdsqg", ISSUED, EXPIRES, null, null, "cdsqg", ISSUED.plusSeconds(60));
        assertThat(used.state(EXPIRES.plusSeconds(1))).isEqualTo(Invitation.State.ACCEPTED);
        assertThat(used.refusal(ISSUED).orElseThrow().vietnamese()).contains("đã được dùng lúc 02/03/2026 08:01");
        assertThat(revoked.state(EXPIRES.plusSeconds(1))).isEqualTo(Invitation.State.REVOKED);
        assertThat(revoked.refusal(ISSUED).orElseThrow().vietnamese()).contains("thu hồi lúc 02/03/2026 08:01");
    }
}
