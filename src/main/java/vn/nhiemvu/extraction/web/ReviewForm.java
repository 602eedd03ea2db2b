package vn.nhiemvu.extraction.web;

import java.util.ArrayList;
import java.util.List;

import vn.nhiemvu.directive.DirectiveFields;
import vn.nhiemvu.directive.DirectiveKind;
import vn.nhiemvu.directive.NewDirective;
import vn.nhiemvu.extraction.Extraction;
import vn.nhiemvu.extraction.SupervisingLeader;
import vn.nhiemvu.organization.Leader;
import vn.nhiemvu.task.TaskDraft;
import vn.nhiemvu.task.TaskFields;
import vn.nhiemvu.task.TaskKind;

/** The review page's form: the directive's fields and one row per proposed task, as the person corrected them. */
public class ReviewForm extends DirectiveFields {

    /** "KT. BỘ TRƯỞNG / THỨ TRƯỞNG": shown beside the signer, not part of the name. */
    private String signingCapacity;
    /** Proposed for every kept task: the leader the text names, else the signer (SupervisingLeader). */
    private Long supervisingLeaderId;
    /** Set when the person chose to add the tasks to the directive that already has this number. */
    private Long existingDirectiveId;
    private List<Row> tasks = new ArrayList<>();

    /** One proposal: kept or dropped, with its corrected fields and where it came from. */
    public static class Row extends TaskFields {
        private boolean keep = true;
        private Long leadUnitId;
        /** The lead as the text names it, shown when it is not a unit of the directory. */
        private String leadText;
        private List<Long> coordinatingUnitIds = new ArrayList<>();
        private String coordinatingText;
        private int start;
        private int end;
        private double confidence;
        /** The issuer's follow-up the text implies, not a task it writes: shown as such, not kept unless chosen. */
        private boolean inferred;

        public boolean isKeep() { return keep; }
        public void setKeep(boolean keep) { this.keep = keep; }
        public Long getLeadUnitId() { return leadUnitId; }
        public void setLeadUnitId(Long leadUnitId) { this.leadUnitId = leadUnitId; }
        public String getLeadText() { return leadText; }
        public void setLeadText(String leadText) { this.leadText = leadText; }
        public List<Long> getCoordinatingUnitIds() { return coordinatingUnitIds; }
        public void setCoordinatingUnitIds(List<Long> ids) { this.coordinatingUnitIds = ids == null ? new ArrayList<>() : ids; }
        public String getCoordinatingText() { return coordinatingText; }
        public void setCoordinatingText(String coordinatingText) { this.coordinatingText = coordinatingText; }
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
        form.setKind(d.kind() == null ? DirectiveKind.OTHER : d.kind());
        form.setNumber(d.number());
        form.setIssuer(d.issuer() != null && d.issuer().matched() && d.issuer().unitId() == null
                ? d.issuer().code() : null);
        form.setIssueDate(d.issuedOn());
        form.setSigner(d.signer());
        form.signingCapacity = d.signingCapacity();
        form.setSummary(d.subject());
        form.setFullText(e.text());
        for (Extraction.TaskProposal t : e.tasks()) {
            var row = new Row();
            row.setTitle(t.text());
            row.leadUnitId = t.lead().stream().filter(p -> p.unitId() != null).map(Extraction.Party::unitId).findFirst().orElse(null);
            row.leadText = String.join("; ", t.lead().stream().map(Extraction.Party::name).toList());
            row.coordinatingUnitIds = new ArrayList<>(t.coordinating().stream().filter(p -> p.unitId() != null)
                    .map(Extraction.Party::unitId).toList());
            row.coordinatingText = String.join("; ", t.coordinating().stream().map(Extraction.Party::name).toList());
            // a recurring duty has no one deadline: its wording is kept, the date is left for the person
            row.setDeadline(t.deadline().kind() == vn.nhiemvu.deadline.DeadlineKind.RECURRING ? null
                    : t.deadline().date());
            row.setDeadlineText(t.deadline().text());
            row.setProduct(t.product());
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
        return toNew(null);
    }

    /** The kept rows, each with the index of its row (for error messages). */
    List<TaskDraft> drafts() {
        var drafts = new ArrayList<TaskDraft>();
        for (Row row : tasks) {
            if (!row.keep) {
                continue;
            }
            drafts.add(new TaskDraft(TaskKind.OTHER, row.getTitle(), row.getTitle(), new TaskDraft.Ref(row.leadUnitId, null),
                    row.coordinatingUnitIds.stream().filter(java.util.Objects::nonNull)
                            .filter(id -> !id.equals(row.leadUnitId)).distinct().map(id -> new TaskDraft.Ref(id, null)).toList(),
                    supervisingLeaderId, null, null, row.getDeadline(), row.getDeadlineText(), row.getProduct()));
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

    public String getSigningCapacity() { return signingCapacity; }
    public void setSigningCapacity(String signingCapacity) { this.signingCapacity = signingCapacity; }
    public Long getSupervisingLeaderId() { return supervisingLeaderId; }
    public void setSupervisingLeaderId(Long supervisingLeaderId) { this.supervisingLeaderId = supervisingLeaderId; }
    public Long getExistingDirectiveId() { return existingDirectiveId; }
    public void setExistingDirectiveId(Long existingDirectiveId) { this.existingDirectiveId = existingDirectiveId; }
    public List<Row> getTasks() { return tasks; }
    public void setTasks(List<Row> tasks) { this.tasks = tasks; }
}
