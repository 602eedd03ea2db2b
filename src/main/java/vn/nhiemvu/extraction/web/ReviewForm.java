package vn.nhiemvu.extraction.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.nhiemvu.directive.DirectiveKind;
import vn.nhiemvu.directive.NewDirective;
import vn.nhiemvu.extraction.Extraction;
import vn.nhiemvu.extraction.SupervisingLeader;
import vn.nhiemvu.organization.Leader;
import vn.nhiemvu.task.TaskDraft;
import vn.nhiemvu.task.TaskKind;

/** The review page's form: the directive's fields and one row per proposed task, as the person corrected them. */
public class ReviewForm {

    private DirectiveKind kind;
    private String number;
    private String issuer;
    private LocalDate issueDate;
    private String signer;
    /** "KT. BỘ TRƯỞNG / THỨ TRƯỞNG": shown beside the signer, not part of the name. */
    private String signingCapacity;
    /** Proposed for every kept task: the leader the text names, else the signer (SupervisingLeader). */
    private Long supervisingLeaderId;
    private String summary;
    private String fullText;
    /** Set when the person chose to add the tasks to the directive that already has this number. */
    private Long existingDirectiveId;
    private List<Row> tasks = new ArrayList<>();

    /** One proposal: kept or dropped, with its corrected fields and where it came from. */
    public static class Row {
        private boolean keep = true;
        private String title;
        private Long leadUnitId;
        /** The lead as the text names it, shown when it is not a unit of the directory. */
        private String leadText;
        private List<Long> coordinatingUnitIds = new ArrayList<>();
        private String coordinatingText;
            private LocalDate deadline;
        private String deadlineText;
        private String product;
        private int start;
        private int end;
        private double confidence;
        /** The issuer's follow-up the text implies, not a task it writes: shown as such, not kept unless chosen. */
        private boolean inferred;

        public boolean isKeep() { return keep; }
        public void setKeep(boolean keep) { this.keep = keep; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public Long getLeadUnitId() { return leadUnitId; }
        public void setLeadUnitId(Long leadUnitId) { this.leadUnitId = leadUnitId; }
        public String getLeadText() { return leadText; }
        public void setLeadText(String leadText) { this.leadText = leadText; }
        public List<Long> getCoordinatingUnitIds() { return coordinatingUnitIds; }
        public void setCoordinatingUnitIds(List<Long> ids) { this.coordinatingUnitIds = ids == null ? new ArrayList<>() : ids; }
        public String getCoordinatingText() { return coordinatingText; }
        public void setCoordinatingText(String coordinatingText) { this.coordinatingText = coordinatingText; }
        public LocalDate getDeadline() { return deadline; }
        public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
        public String getDeadlineText() { return deadlineText; }
        public void setDeadlineText(String deadlineText) { this.deadlineText = deadlineText; }
        public String getProduct() { return product; }
        public void setProduct(String product) { this.product = product; }
        public int getStart() { return start; }
        public void setStart(int start) { this.start = start; }
        public int getEnd() { return end; }
        public void setEnd(int end) { this.end = end; }
        public double getConfidence() { return confidence; }
        public void setConfidence(double confidence) { this.confidence = confidence; }
        public boolean isInferred() { return inferred; }
        public void setInferred(boolean inferred) { this.inferred = inferred; }
    }

    static ReviewForm of(Extraction e, List<Leader> leaders) {
        var form = new ReviewForm();
        form.supervisingLeaderId = SupervisingLeader.propose(e, leaders).map(Leader::id).orElse(null);
        var d = e.document();
        form.kind = d.kind() == null ? DirectiveKind.OTHER : d.kind();
        form.number = d.number();
        form.issuer = d.issuer() != null && d.issuer().matched() && d.issuer().unitId() == null ? d.issuer().code() : null;
        form.issueDate = d.issuedOn();
        form.signer = d.signer();
        form.signingCapacity = d.signingCapacity();
        form.summary = d.subject();
        form.fullText = e.text();
        for (Extraction.TaskProposal t : e.tasks()) {
            var row = new Row();
            row.title = t.text();
            row.leadUnitId = t.lead().stream().filter(p -> p.unitId() != null).map(Extraction.Party::unitId).findFirst().orElse(null);
            row.leadText = String.join("; ", t.lead().stream().map(Extraction.Party::name).toList());
            row.coordinatingUnitIds = new ArrayList<>(t.coordinating().stream().filter(p -> p.unitId() != null)
                    .map(Extraction.Party::unitId).toList());
            row.coordinatingText = String.join("; ", t.coordinating().stream().map(Extraction.Party::name).toList());
            // a recurring duty has no one deadline: its wording is kept, the date is left for the person
            row.deadline = t.deadline().kind() == vn.nhiemvu.deadline.DeadlineKind.RECURRING ? null : t.deadline().date();
            row.deadlineText = t.deadline().text();
            row.product = t.product();
            row.start = t.span().start();
            row.end = t.span().end();
            row.confidence = t.confidence();
            row.inferred = t.inferred();
            row.keep = !t.inferred();
            form.tasks.add(row);
        }
        return form;
    }

    NewDirective toDirective() {
        return new NewDirective(kind, number, null, issuer, issueDate, signer, summary, fullText, null);
    }

    /** The kept rows, each with the index of its row (for error messages). */
    List<TaskDraft> drafts() {
        var drafts = new ArrayList<TaskDraft>();
        for (Row row : tasks) {
            if (!row.keep) {
                continue;
            }
            drafts.add(new TaskDraft(TaskKind.OTHER, row.title, row.title, new TaskDraft.Ref(row.leadUnitId, null),
                    row.coordinatingUnitIds.stream().filter(java.util.Objects::nonNull)
                            .filter(id -> !id.equals(row.leadUnitId)).distinct().map(id -> new TaskDraft.Ref(id, null)).toList(),
                    supervisingLeaderId, null, null, row.deadline, row.deadlineText, row.product));
        }
        return drafts;
    }

    /** The row of the form that holds the {@code draft}-th of {@link #drafts()} (the rows not kept are skipped). */
    int rowOf(int draft) {
        int seen = -1;
        for (int row = 0; row < tasks.size(); row++) {
            if (tasks.get(row).keep && ++seen == draft) {
                return row;
            }
        }
        return draft;
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
    public String getSigningCapacity() { return signingCapacity; }
    public void setSigningCapacity(String signingCapacity) { this.signingCapacity = signingCapacity; }
    public Long getSupervisingLeaderId() { return supervisingLeaderId; }
    public void setSupervisingLeaderId(Long supervisingLeaderId) { this.supervisingLeaderId = supervisingLeaderId; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getFullText() { return fullText; }
    public void setFullText(String fullText) { this.fullText = fullText; }
    public Long getExistingDirectiveId() { return existingDirectiveId; }
    public void setExistingDirectiveId(Long existingDirectiveId) { this.existingDirectiveId = existingDirectiveId; }
    public List<Row> getTasks() { return tasks; }
    public void setTasks(List<Row> tasks) { this.tasks = tasks; }
}
