package vn.nhiemvu.round.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.nhiemvu.round.ProposalDecision;
import vn.nhiemvu.round.ProposalRef;

/** The decisions on single proposals, and the deletes that undo decisions and merges (ADR 0050), in explicit SQL. */
@Repository
class JdbcDecisions {

    private final JdbcClient jdbc;

    JdbcDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the decision on a proposal (table and row from 0); false when it already had one. */
    boolean insert(long roundId, long submissionId, int table, int row, ProposalDecision.Decision decision,
            String reason, String by, Instant at) {
        return jdbc.sql("""
                insert into round_proposal_decision (round_id, submission_id, table_no, row_no, decision, reason,
                                                     decided_by, decided_at)
                values (:round, :submission, :table, :row, :decision, :reason, :by, :at)
                on conflict do nothing
                """).param("round", roundId).param("submission", submissionId).param("table", table)
                .param("row", row).param("decision", decision.name()).param("reason", reason).param("by", by)
                .param("at", at.atOffset(ZoneOffset.UTC)).update() == 1;
    }

    /** The decisions on the round's proposals (of one agency, or of all when null), by "receipt/table/row" (from 1). */
    Map<String, ProposalDecision> decisions(long roundId, Long agencyId) {
        var decisions = new LinkedHashMap<String, ProposalDecision>();
        jdbc.sql("""
                select s.receipt_number, d.table_no, d.row_no, d.decision, d.reason, d.decided_by, d.decided_at
                  from round_proposal_decision d join round_submission s on s.id = d.submission_id
                 where d.round_id = :round and (cast(:agency as bigint) is null or s.agency_id = :agency)
                 order by d.decided_at
                """).param("round", roundId).param("agency", agencyId)
                .query((rs, n) -> {
                    var ref = new ProposalRef(rs.getString("receipt_number"), rs.getInt("table_no") + 1,
                            rs.getInt("row_no") + 1);
                    Timestamp at = rs.getTimestamp("decided_at");
                    return decisions.put(ref.key(), new ProposalDecision(ref,
                            ProposalDecision.Decision.valueOf(rs.getString("decision")), rs.getString("reason"),
                            rs.getString("decided_by"), at.toInstant()));
                })
                .list();
        return decisions;
    }

    /** Deletes the decision on a proposal; false when there was none (another undid it first). */
    boolean deleteDecision(long submissionId, int table, int row) {
        return jdbc.sql("""
                delete from round_proposal_decision
                 where submission_id = :submission and table_no = :table and row_no = :row
                """).param("submission", submissionId).param("table", table).param("row", row).update() == 1;
    }

    /** Deletes the decision on a version; false when there was none. */
    boolean deleteReview(long submissionId) {
        return jdbc.sql("delete from round_review where submission_id = :submission")
                .param("submission", submissionId).update() == 1;
    }

    /** Takes a duplicate out of its merge; false when it was not merged. */
    boolean deleteMerge(long submissionId, int table, int row) {
        return jdbc.sql("""
                delete from round_proposal_merge
                 where submission_id = :submission and table_no = :table and row_no = :row
                """).param("submission", submissionId).param("table", table).param("row", row).update() == 1;
    }

    /** How many tasks were made from the version's proposals. */
    int tasksOf(long submissionId) {
        return jdbc.sql("select count(*) from round_proposal_task where submission_id = :submission")
                .param("submission", submissionId).query(Integer.class).single();
    }
}
