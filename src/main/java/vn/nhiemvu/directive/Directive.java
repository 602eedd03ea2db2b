package vn.nhiemvu.directive;

import java.time.LocalDate;

/**
 * A source document that assigns tasks.
 *
 * @param agencyId       the agency that tracks the document's tasks
 * @param issuerAgencyId the agency that issued it
 * @param number         its number and symbol as written, e.g. {@code 75/CT-BTTTT}
 */
public record Directive(long id, long agencyId, DirectiveKind kind, String number, long issuerAgencyId,
        LocalDate issueDate, String signer, String summary, String fullText, long version) {
}
