package vn.nhiemvu.directive;

import java.time.LocalDate;

/**
 * A source document that assigns tasks.
 *
 * @param agencyId       the agency that tracks the document's tasks
 * @param issuerAgencyId the agency that issued it
 * @param number         its number and symbol as written, e.g. {@code 75/CT-BTTTT}
 * @param extensionCutoff the last day a request for guidance or a new deadline on its tasks counts as timely
 *                       (Chỉ thị 75 III.2: 10/11/2020), or null
 */
public record Directive(long id, long agencyId, DirectiveKind kind, String number, long issuerAgencyId,
        LocalDate issueDate, String signer, String summary, String fullText, LocalDate extensionCutoff, long version) {
}
