package vn.nhiemvu.extraction;

import java.time.LocalDate;
import java.util.List;

import vn.nhiemvu.deadline.DeadlineKind;
import vn.nhiemvu.deadline.Recurrence;
import vn.nhiemvu.deadline.Span;
import vn.nhiemvu.directive.DirectiveKind;

/**
 * What {@link DirectiveExtractor} read in a document: its metadata and the proposed tasks. Every
 * span is a pair of UTF-16 offsets into {@link #text()}, which is the text as received.
 */
public record Extraction(String text, DocumentInfo document, List<TaskProposal> tasks) {

    /**
     * @param number          number and symbol as written ("75/CT-BTTTT"), or null
     * @param issuer          the issuing agency, matched in the directory when possible
     * @param signingCapacity "KT. BỘ TRƯỞNG / THỨ TRƯỞNG"
     * @param addressees      the parties after "Kính gửi"
     * @param references      numbers of the documents the text cites ("749/QĐ-TTg")
     */
    public record DocumentInfo(String number, DirectiveKind kind, Party issuer, String place, LocalDate issuedOn,
            String subject, String signer, String signingCapacity, List<Party> addressees, List<String> references) {
    }

    /**
     * A party named in the text: a unit or agency of the directory (then {@code name} is the
     * directory's name) or an outside agency or group (then the words of the text).
     *
     * @param text     the words of the text
     * @param unitId   the unit of the user's agency, when matched
     * @param code     the directory code of the unit or agency, when matched
     */
    public record Party(String name, String text, Long unitId, String code) {

        public boolean matched() {
            return code != null;
        }
    }

    /**
     * @param date       null for ONGOING, RECURRING without a next instance, or when not understood
     * @param kind       null when the task states no deadline the parser understood
     * @param text       the deadline words of the source
     * @param span       where they are
     */
    public record Deadline(LocalDate date, DeadlineKind kind, String text, Span span, Recurrence recurrence) {

        static final Deadline NONE = new Deadline(null, null, null, null, null);
    }

    /**
     * @param text       the clause that assigns the task, cleaned (no item marker, single spaces)
     * @param span       where the clause is
     * @param confidence 0–1: how sure the rules are that this is a task with these parties
     * @param inferred   not written in the text but implied by it: the issuer's own follow-up ({@link FollowUp});
     *                   its span is the clause that implies it
     */
    public record TaskProposal(String text, Span span, List<Party> lead, List<Party> coordinating, Deadline deadline,
            String product, double confidence, boolean inferred) {

        TaskProposal(String text, Span span, List<Party> lead, List<Party> coordinating, Deadline deadline, String product,
                double confidence) {
            this(text, span, lead, coordinating, deadline, product, confidence, false);
        }
    }
}
