package vn.nhiemvu.directive;

import java.time.LocalDate;

/** What a person fills in to record a directive; checked by {@link Directives#record}. */
public record NewDirective(DirectiveKind kind, String number, Long issuerAgencyId, String issuerAgencyCode,
        LocalDate issueDate, String signer, String summary, String fullText, LocalDate extensionCutoff) {
}
