package vn.nhiemvu.federation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.evaluation.DeadlineChange;
import vn.nhiemvu.federation.EvidenceFile;
import vn.nhiemvu.shared.Message;

class ExtensionsTests {

    private static final LocalDate ASKED_ON = LocalDate.of(2026, 10, 1);

    private static Messages.ExtensionRequested request(String id, LocalDate proposed) {
        return new Messages.ExtensionRequested(id, ASKED_ON, proposed, "Chờ ý kiến", null);
    }

    @Test
    void aDecisionBecomesADeadlineChangeDatedByTheRequestAndTheGrantedDate() {
        var requests = List.of(request("7", LocalDate.of(2027, 3, 31)), request("8", LocalDate.of(2027, 6, 30)),
                request("9", LocalDate.of(2027, 9, 30)));
        var decisions = List.of(
                new Messages.ExtensionDecided("7", "approved", LocalDate.of(2027, 2, 28), LocalDate.of(2026, 10, 5), null),
                new Messages.ExtensionDecided("8", "rejected", null, LocalDate.of(2026, 10, 6), "Không có căn cứ"),
                new Messages.ExtensionDecided("unknown", "approved", LocalDate.of(2028, 1, 1), LocalDate.of(2026, 10, 7), null));
        assertThat(Extensions.changes(requests, decisions)).containsExactly(
                new DeadlineChange(ASKED_ON, LocalDate.of(2027, 2, 28), DeadlineChange.Decision.APPROVED,
                        LocalDate.of(2026, 10, 5)),
                new DeadlineChange(ASKED_ON, LocalDate.of(2027, 6, 30), DeadlineChange.Decision.REJECTED,
                        LocalDate.of(2026, 10, 6)));
        assertThat(Extensions.open(requests, decisions)).extracting(Messages.ExtensionRequested::requestId)
                .containsExactly("9");
    }

    @Test
    void anEvidenceReferenceNeedsANameAHexHashASizeAndAnHttpAddress() {
        String hash = "0f".repeat(32);
        assertThat(EvidenceCheck.refusal(new EvidenceFile("a.pdf", null, 10, hash, "https://bo.gov.vn/f/1"))).isEmpty();
        assertThat(EvidenceCheck.refusal(new EvidenceFile(" ", null, 10, hash, "https://bo.gov.vn/f/1")))
                .contains(Message.of("invalid.federation.evidence.name"));
        assertThat(EvidenceCheck.refusal(new EvidenceFile("a.pdf", null, 10, hash.toUpperCase(), "https://x/f")))
                .contains(Message.of("invalid.federation.evidence.sha256", "a.pdf"));
        assertThat(EvidenceCheck.refusal(new EvidenceFile("a.pdf", null, -1, hash, "https://x/f")))
                .contains(Message.of("invalid.federation.evidence.size", "a.pdf"));
        assertThat(EvidenceCheck.refusal(new EvidenceFile("a.pdf", null, 1, hash, "file:///etc/passwd")))
                .contains(Message.of("invalid.federation.evidence.href", "a.pdf"));
    }
}
