package vn.nhiemvu.directive.web;

import java.time.LocalDate;

import vn.nhiemvu.directive.Directive;
import vn.nhiemvu.directive.DirectiveFields;
import vn.nhiemvu.directive.NewDirective;

/** The directive form of the web UI; mutable because Spring binds request parameters into it. */
public class DirectiveForm extends DirectiveFields {

    private LocalDate extensionCutoff;
    private long version;

    static DirectiveForm of(Directive d, String issuerCode) {
        var form = new DirectiveForm();
        form.setKind(d.kind());
        form.setNumber(d.number());
        form.setIssuer(issuerCode);
        form.setIssueDate(d.issueDate());
        form.setSigner(d.signer());
        form.setSummary(d.summary());
        form.setFullText(d.fullText());
        form.extensionCutoff = d.extensionCutoff();
        form.version = d.version();
        return form;
    }

    NewDirective toNew() {
        return toNew(extensionCutoff);
    }

    public LocalDate getExtensionCutoff() { return extensionCutoff; }
    public void setExtensionCutoff(LocalDate extensionCutoff) { this.extensionCutoff = extensionCutoff; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
