package vn.nhiemvu.directive.web;

import java.time.LocalDate;

import vn.nhiemvu.directive.Directive;
import vn.nhiemvu.directive.DirectiveKind;
import vn.nhiemvu.directive.NewDirective;

/** The directive form of the web UI; mutable because Spring binds request parameters into it. */
public class DirectiveForm {

    private DirectiveKind kind;
    private String number;
    private String issuer;
    private LocalDate issueDate;
    private String signer;
    private String summary;
    private String fullText;
    private LocalDate extensionCutoff;
    private long version;

    static DirectiveForm of(Directive d, String issuerCode) {
        var form = new DirectiveForm();
        form.kind = d.kind();
        form.number = d.number();
        form.issuer = issuerCode;
        form.issueDate = d.issueDate();
        form.signer = d.signer();
        form.summary = d.summary();
        form.fullText = d.fullText();
        form.extensionCutoff = d.extensionCutoff();
        form.version = d.version();
        return form;
    }

    NewDirective toNew() {
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
    public LocalDate getExtensionCutoff() { return extensionCutoff; }
    public void setExtensionCutoff(LocalDate extensionCutoff) { this.extensionCutoff = extensionCutoff; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
