package vn.nhiemvu.round.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.nhiemvu.round.ColumnType;
import vn.nhiemvu.round.Lateness;
import vn.nhiemvu.round.ProposalRound;
import vn.nhiemvu.round.RoundStatus;
import vn.nhiemvu.round.RoundTemplate;
import vn.nhiemvu.round.TemplateColumn;
import vn.nhiemvu.round.TemplateTable;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.Message;

/** The round module's tables, in explicit SQL. Answers are stored as their JSON text ({@link AnswerJson}). */
@Repository
class JdbcRounds {

    private static final String ROUND = """
            select id, agency_id, organiser_unit_id, title, legal_basis, instructions, letter_date, deadline_text,
                   deadline, accept_late, status, opened_by, opened_at, closed_by, closed_at, version
              from proposal_round r
            """;

    private static final String SUBMISSION = """
            select id, round_id, agency_id, version, receipt_number, submitted_at, submitted_by, sha256, late,
                   working_days_late, content
              from round_submission s
            """;

    private final JdbcClient jdbc;
    private final AnswerJson json;

    JdbcRounds(JdbcClient jdbc, AnswerJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Inserts the round with its addressees and template; returns its id. */
    long insert(ProposalRound r) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into proposal_round (agency_id, organiser_unit_id, title, legal_basis, instructions, letter_date,
                                            deadline_text, deadline, accept_late, status, opened_by, opened_at, version)
                values (:agency, :unit, :title, :basis, :instructions, :letter, :deadlineText, :deadline, :late,
                        :status, :by, :at, 0)
                """)
                .param("agency", r.agencyId()).param("unit", r.organiserUnitId()).param("title", r.title())
                .param("basis", r.legalBasis()).param("instructions", r.instructions())
                .param("letter", r.letterDate()).param("deadlineText", r.deadlineText())
                .param("deadline", r.deadline()).param("late", r.acceptLate()).param("status", r.status().name())
                .param("by", r.openedBy()).param("at", offset(r.openedAt()))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (int i = 0; i < r.addresseeIds().size(); i++) {
            jdbc.sql("insert into round_addressee (round_id, agency_id, position) values (:round, :agency, :pos)")
                    .param("round", id).param("agency", r.addresseeIds().get(i)).param("pos", i).update();
        }
        var tables = r.template().tables();
        for (int t = 0; t < tables.size(); t++) {
            jdbc.sql("insert into round_table (round_id, table_no, title) values (:round, :t, :title)")
                    .param("round", id).param("t", t).param("title", tables.get(t).title()).update();
            var columns = tables.get(t).columns();
            for (int c = 0; c < columns.size(); c++) {
                TemplateColumn col = columns.get(c);
                jdbc.sql("""
                        insert into round_column (round_id, table_no, column_no, col_key, label, col_type, required,
                                                  help, choices)
                        values (:round, :t, :c, :key, :label, :type, :required, :help, :choices)
                        """)
                        .param("round", id).param("t", t).param("c", c).param("key", col.key())
                        .param("label", col.label()).param("type", col.type().name())
                        .param("required", col.required()).param("help", col.help())
                        .param("choices", String.join("\n", col.choices())).update();
            }
        }
        return id;
    }

    Optional<ProposalRound> find(long id) {
        return jdbc.sql(ROUND + " where r.id = :id").param("id", id).query((rs, n) -> head(rs)).optional()
                .map(this::whole);
    }

    /** The rounds of the organiser's agency, newest first. */
    List<ProposalRound> ofAgency(long agencyId) {
        return jdbc.sql(ROUND + " where r.agency_id = :agency order by r.opened_at desc, r.id desc")
                .param("agency", agencyId).query((rs, n) -> head(rs)).list().stream().map(this::whole).toList();
    }

    /** The rounds that ask the agency, newest first. */
    List<ProposalRound> addressedTo(long agencyId) {
        return jdbc.sql(ROUND + """
                 where exists (select 1 from round_addressee a where a.round_id = r.id and a.agency_id = :agency)
                 order by r.opened_at desc, r.id desc
                """).param("agency", agencyId).query((rs, n) -> head(rs)).list().stream().map(this::whole).toList();
    }

    /** Stores the closing; 0 rows means another change came first. */
    void close(ProposalRound closed) {
        int n = jdbc.sql("""
                update proposal_round set status = :status, closed_by = :by, closed_at = :at, version = :next
                 where id = :id and version = :version
                """)
                .param("status", closed.status().name()).param("by", closed.closedBy())
                .param("at", offset(closed.closedAt())).param("next", closed.version())
                .param("id", closed.id()).param("version", closed.version() - 1).update();
        if (n == 0) {
            throw new ConflictException(ConflictException.Kind.STALE_VERSION, Message.of("conflict.round.round.stale"));
        }
    }

    record Draft(String content, Instant savedAt) {
    }

    Optional<Draft> draft(long roundId, long agencyId) {
        return jdbc.sql("select content, saved_at from round_draft where round_id = :round and agency_id = :agency")
                .param("round", roundId).param("agency", agencyId)
                .query((rs, n) -> new Draft(rs.getString("content"), instant(rs, "saved_at"))).optional();
    }

    void saveDraft(long roundId, long agencyId, String content, String by, Instant at) {
        deleteDraft(roundId, agencyId);
        jdbc.sql("""
                insert into round_draft (round_id, agency_id, content, saved_by, saved_at)
                values (:round, :agency, :content, :by, :at)
                """).param("round", roundId).param("agency", agencyId).param("content", content).param("by", by)
                .param("at", offset(at)).update();
    }

    void deleteDraft(long roundId, long agencyId) {
        jdbc.sql("delete from round_draft where round_id = :round and agency_id = :agency")
                .param("round", roundId).param("agency", agencyId).update();
    }

    /** The agency's submissions, oldest first. */
    List<vn.nhiemvu.round.Submission> submissions(long roundId, long agencyId) {
        return jdbc.sql(SUBMISSION + " where s.round_id = :round and s.agency_id = :agency order by s.version")
                .param("round", roundId).param("agency", agencyId).query((rs, n) -> submission(rs)).list();
    }

    /** Each agency's last submission. */
    List<vn.nhiemvu.round.Submission> current(long roundId) {
        return jdbc.sql(SUBMISSION + """
                 where s.round_id = :round and s.version = (select max(l.version) from round_submission l
                                                             where l.round_id = s.round_id and l.agency_id = s.agency_id)
                """).param("round", roundId).query((rs, n) -> submission(rs)).list();
    }

    int lastVersion(long roundId, long agencyId) {
        return jdbc.sql("""
                select coalesce(max(version), 0) from round_submission where round_id = :round and agency_id = :agency
                """).param("round", roundId).param("agency", agencyId).query(Integer.class).single();
    }

    long insertSubmission(long roundId, long agencyId, int version, String number, Instant at, String by,
            String sha256, Lateness lateness, boolean noProposal, String content) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into round_submission (round_id, agency_id, version, receipt_number, submitted_at, submitted_by,
                                              sha256, late, working_days_late, no_proposal, content)
                values (:round, :agency, :version, :number, :at, :by, :sha, :late, :days, :none, :content)
                """)
                .param("round", roundId).param("agency", agencyId).param("version", version).param("number", number)
                .param("at", offset(at)).param("by", by).param("sha", sha256).param("late", lateness.late())
                .param("days", (int) lateness.workingDays()).param("none", noProposal).param("content", content)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Records that the agency was urged on the day; false when it already had been that day. */
    boolean insertUrging(long roundId, long agencyId, java.time.LocalDate on, String by, Instant at) {
        return jdbc.sql("""
                insert into round_urging (round_id, agency_id, urged_on, urged_by, urged_at)
                values (:round, :agency, :on, :by, :at)
                on conflict do nothing
                """).param("round", roundId).param("agency", agencyId).param("on", on).param("by", by)
                .param("at", offset(at)).update() == 1;
    }

    /** The day each agency of the round was last urged. */
    java.util.Map<Long, java.time.LocalDate> lastUrged(long roundId) {
        var last = new java.util.HashMap<Long, java.time.LocalDate>();
        jdbc.sql("select agency_id, max(urged_on) as urged_on from round_urging where round_id = :round group by agency_id")
                .param("round", roundId)
                .query((rs, n) -> last.put(rs.getLong("agency_id"), rs.getObject("urged_on", java.time.LocalDate.class)))
                .list();
        return last;
    }

    /** The round's submitted version with the receipt, if any. */
    Optional<vn.nhiemvu.round.Submission> submission(long roundId, String receipt) {
        return jdbc.sql(SUBMISSION + " where s.round_id = :round and s.receipt_number = :receipt")
                .param("round", roundId).param("receipt", receipt).query((rs, n) -> submission(rs)).optional();
    }

    /** The task made from the proposal (table and row from 0), if one was. */
    Optional<Long> proposalTask(long submissionId, int table, int row) {
        return jdbc.sql("""
                select task_id from round_proposal_task
                 where submission_id = :submission and table_no = :table and row_no = :row
                """).param("submission", submissionId).param("table", table).param("row", row).query(Long.class)
                .optional();
    }

    void insertProposalTask(long roundId, long submissionId, int table, int row, long taskId, long directiveId,
            String by, Instant at) {
        jdbc.sql("""
                insert into round_proposal_task (round_id, submission_id, table_no, row_no, task_id, directive_id,
                                                 created_by, created_at)
                values (:round, :submission, :table, :row, :task, :directive, :by, :at)
                """).param("round", roundId).param("submission", submissionId).param("table", table)
                .param("row", row).param("task", taskId).param("directive", directiveId).param("by", by)
                .param("at", offset(at)).update();
    }

    /** The tasks made from the round's proposals, by "receipt/table/row" (from 1). */
    java.util.Map<String, Long> proposalTasks(long roundId) {
        var tasks = new java.util.LinkedHashMap<String, Long>();
        jdbc.sql("""
                select s.receipt_number, p.table_no, p.row_no, p.task_id
                  from round_proposal_task p join round_submission s on s.id = p.submission_id
                 where p.round_id = :round order by p.task_id
                """).param("round", roundId)
                .query((rs, n) -> tasks.put(rs.getString("receipt_number") + "/" + (rs.getInt("table_no") + 1) + "/"
                        + (rs.getInt("row_no") + 1), rs.getLong("task_id")))
                .list();
        return tasks;
    }

    /** The proposal a duplicate was merged into, as "kept submission id/table/row" (from 0), if it was. */
    Optional<String> mergedInto(long submissionId, int table, int row) {
        return jdbc.sql("""
                select kept_submission_id, kept_table_no, kept_row_no from round_proposal_merge
                 where submission_id = :submission and table_no = :table and row_no = :row
                """).param("submission", submissionId).param("table", table).param("row", row)
                .query((rs, n) -> rs.getLong(1) + "/" + rs.getInt(2) + "/" + rs.getInt(3)).optional();
    }

    void insertMerge(long roundId, long submissionId, int table, int row, long keptSubmissionId, int keptTable,
            int keptRow, String by, Instant at) {
        jdbc.sql("""
                insert into round_proposal_merge (round_id, submission_id, table_no, row_no, kept_submission_id,
                                                  kept_table_no, kept_row_no, merged_by, merged_at)
                values (:round, :submission, :table, :row, :keptSubmission, :keptTable, :keptRow, :by, :at)
                """).param("round", roundId).param("submission", submissionId).param("table", table).param("row", row)
                .param("keptSubmission", keptSubmissionId).param("keptTable", keptTable).param("keptRow", keptRow)
                .param("by", by).param("at", offset(at)).update();
    }

    /** The round's merges: "receipt/table/row" (from 1) of each duplicate → that of the proposal kept. */
    java.util.Map<String, String> merges(long roundId) {
        var merges = new java.util.LinkedHashMap<String, String>();
        jdbc.sql("""
                select d.receipt_number as dup, m.table_no, m.row_no, k.receipt_number as kept, m.kept_table_no,
                       m.kept_row_no
                  from round_proposal_merge m
                  join round_submission d on d.id = m.submission_id
                  join round_submission k on k.id = m.kept_submission_id
                 where m.round_id = :round order by m.merged_at, d.receipt_number
                """).param("round", roundId)
                .query((rs, n) -> merges.put(rs.getString("dup") + "/" + (rs.getInt("table_no") + 1) + "/"
                        + (rs.getInt("row_no") + 1), rs.getString("kept") + "/" + (rs.getInt("kept_table_no") + 1)
                        + "/" + (rs.getInt("kept_row_no") + 1)))
                .list();
        return merges;
    }

    /** Records the decision on a version; false when it already had one (the key decides, whoever came first). */
    boolean insertReview(long roundId, long submissionId, vn.nhiemvu.round.Review.Decision decision, String reason,
            String by, Instant at) {
        return jdbc.sql("""
                insert into round_review (submission_id, round_id, decision, reason, decided_by, decided_at)
                values (:submission, :round, :decision, :reason, :by, :at)
                on conflict do nothing
                """).param("submission", submissionId).param("round", roundId).param("decision", decision.name())
                .param("reason", reason).param("by", by).param("at", offset(at)).update() == 1;
    }

    /** The decisions on the round's versions (of one agency, or of all when null), by receipt number. */
    Map<String, vn.nhiemvu.round.Review> reviews(long roundId, Long agencyId) {
        var reviews = new LinkedHashMap<String, vn.nhiemvu.round.Review>();
        jdbc.sql("""
                select s.receipt_number, r.decision, r.reason, r.decided_by, r.decided_at
                  from round_review r join round_submission s on s.id = r.submission_id
                 where r.round_id = :round and (cast(:agency as bigint) is null or s.agency_id = :agency)
                 order by r.decided_at
                """).param("round", roundId).param("agency", agencyId)
                .query((rs, n) -> reviews.put(rs.getString("receipt_number"), new vn.nhiemvu.round.Review(
                        rs.getString("receipt_number"), vn.nhiemvu.round.Review.Decision.valueOf(rs.getString("decision")),
                        rs.getString("reason"), rs.getString("decided_by"), instant(rs, "decided_at"))))
                .list();
        return reviews;
    }

    private record Head(long id, long agencyId, long unitId, String title, String basis, String instructions,
            java.time.LocalDate letter, String deadlineText, java.time.LocalDate deadline, boolean acceptLate,
            RoundStatus status, String openedBy, Instant openedAt, String closedBy, Instant closedAt, long version) {
    }

    private static Head head(ResultSet rs) throws SQLException {
        return new Head(rs.getLong("id"), rs.getLong("agency_id"), rs.getLong("organiser_unit_id"),
                rs.getString("title"), rs.getString("legal_basis"), rs.getString("instructions"),
                rs.getObject("letter_date", java.time.LocalDate.class), rs.getString("deadline_text"),
                rs.getObject("deadline", java.time.LocalDate.class), rs.getBoolean("accept_late"),
                RoundStatus.valueOf(rs.getString("status")), rs.getString("opened_by"), instant(rs, "opened_at"),
                rs.getString("closed_by"), instant(rs, "closed_at"), rs.getLong("version"));
    }

    private ProposalRound whole(Head h) {
        List<Long> addressees = jdbc.sql("select agency_id from round_addressee where round_id = :id order by position")
                .param("id", h.id()).query(Long.class).list();
        Map<Integer, String> titles = new LinkedHashMap<>();
        jdbc.sql("select table_no, title from round_table where round_id = :id order by table_no").param("id", h.id())
                .query((rs, n) -> titles.put(rs.getInt("table_no"), rs.getString("title"))).list();
        Map<Integer, List<TemplateColumn>> columns = new LinkedHashMap<>();
        jdbc.sql("""
                select table_no, col_key, label, col_type, required, help, choices
                  from round_column where round_id = :id order by table_no, column_no
                """).param("id", h.id()).query((rs, n) -> columns.computeIfAbsent(rs.getInt("table_no"),
                        t -> new ArrayList<>()).add(new TemplateColumn(rs.getString("col_key"), rs.getString("label"),
                                ColumnType.valueOf(rs.getString("col_type")), rs.getBoolean("required"),
                                rs.getString("help"), choices(rs.getString("choices")))))
                .list();
        var tables = titles.entrySet().stream()
                .map(e -> new TemplateTable(e.getValue(), columns.getOrDefault(e.getKey(), List.of()))).toList();
        return new ProposalRound(h.id(), h.agencyId(), h.unitId(), h.title(), h.basis(), h.instructions(), h.letter(),
                h.deadlineText(), h.deadline(), h.acceptLate(), h.status(), addressees, new RoundTemplate(tables),
                h.openedBy(), h.openedAt(), h.closedBy(), h.closedAt(), h.version());
    }

    private vn.nhiemvu.round.Submission submission(ResultSet rs) throws SQLException {
        return new vn.nhiemvu.round.Submission(rs.getLong("id"), rs.getLong("round_id"), rs.getLong("agency_id"),
                rs.getInt("version"), rs.getString("receipt_number"), instant(rs, "submitted_at"),
                rs.getString("submitted_by"), rs.getString("sha256"),
                new Lateness(rs.getBoolean("late"), rs.getInt("working_days_late")), json.read(rs.getString("content")));
    }

    private static List<String> choices(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }

    private static OffsetDateTime offset(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
