package vn.nhiemvu.directive;

import java.time.LocalDate;

/**
 * A directive's fields as the pages' forms hold them: the directive's own form and the review of a directive read
 * from a file bind the same request parameters into them. Mutable because Spring binds into it.
 */
public abstract class DirectiveFields {

    private DirectiveKind kind;
    private String number;
    private String issuer;
    private LocalDate issueDate;
    private String signer;
    private String summary;
    private String fullText;

    /** The directive to record, an issuer's code as typed (not a unit). */
    protected NewDirective toNew(LocalDate extensionCutoff) {
        return new NewDirective(kind, number, null, issuer, issueDate, signer, summary, fullText, extensionCutoff);
    }

    public DirectiveKind getKind() { return kind; }
    public void setKind(DirectiveKind kind) { this.kind = kind; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getIssuer() { return issuer; }
    public void setIssuer(String issuer) { this.issuer = issuer; }
    public LocalDate getIssueDate() { return issueDate; }
    public void setIssueDate(LocalDate issueDate) { this.issueDate = issueDate; }
    public String getSigner() { return signer; }
    public void setSigner(String signer) { this.signer = signer; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getFullText() { return fullText; }
    public void setFullText(String fullText) { this.fullText = fullText; }
}
