package vn.nhiemvu.round;

import java.util.List;

import vn.nhiemvu.identity.CurrentUser;

/**
 * The round module's API. Every method takes the user and applies scope first: a round the user does not see, or
 * another agency's answer asked by a respondent, is not found (404); then {@link RoundPermissions} (403).
 */
public interface Rounds {

    ProposalRound open(CurrentUser user, NewRound round);

    /** The rounds the user sees, newest first: the agency's for its staff, those addressed to a respondent's agency. */
    List<ProposalRound> list(CurrentUser user);

    ProposalRound find(CurrentUser user, long id);

    ProposalRound close(CurrentUser user, long id);

    /** Creates the focal person's account of an addressee agency (the organiser). */
    CurrentUser addRespondent(CurrentUser user, long id, NewRespondent respondent);

    /** The respondents' accounts of the round's addressees (the organiser). */
    List<CurrentUser> respondents(CurrentUser user, long id);

    /** The respondent's own agency's answer. */
    Answer myAnswer(CurrentUser user, long id);

    /** Keeps what the respondent typed, checked only for size; nothing is received yet. */
    Answer saveDraft(CurrentUser user, long id, AnswerContent typed);

    /** Checks every cell, keeps the answer as a new version with its receipt, and drops the draft. */
    Submission submit(CurrentUser user, long id, AnswerContent typed);

    /**
     * The template as an .xlsx to fill offline: a sheet per table, row 1 the headings, a guide sheet, and a hidden
     * mark of the round and its template (anyone who sees the round).
     */
    byte[] templateWorkbook(CurrentUser user, long id);

    /**
     * Submits the respondent's filled template (.xlsx): the file refused as a whole when it is not an .xlsx, too big,
     * a zip bomb, or another round's or template's; else every cell checked as {@link #submit} does, each bad one
     * named by sheet and cell, nothing kept unless all pass.
     */
    Submission submitWorkbook(CurrentUser user, long id, String filename, byte[] content);

    /** An agency's answer, for the organiser. */
    Answer answerOf(CurrentUser user, long id, long agencyId);

    Aggregation aggregation(CurrentUser user, long id, Aggregation.Filter filter);

    /**
     * The round's request letter as a Nghị định 30 công văn (PDF): to the agencies asked, the basis, the
     * instructions, the deadline and the template's tables and columns; a draft for the organiser to number and sign
     * (those who read the answers).
     */
    byte[] requestLetter(CurrentUser user, long id);

    /**
     * The aggregation as a Nghị định 30 report, "Báo cáo tổng hợp đề xuất" (PDF, landscape): where each agency
     * stands, then each table's proposals with who proposed them; a draft without number for the organiser to sign.
     */
    byte[] aggregationReport(CurrentUser user, long id, Aggregation.Filter filter);

    /** The aggregation as .xlsx: a summary sheet, then one sheet per group; every cell written as text. */
    byte[] workbook(CurrentUser user, long id, Aggregation.Filter filter);

    /**
     * Urges the agencies asked that have not submitted: records each at most once a day and announces it
     * ({@link RoundEvent.LateUrged}), so the monitoring module sends their focal people a notice. The organiser unit,
     * the Office or an administrator; an open round only; a round where every agency has answered is a conflict.
     */
    Urging urgeLate(CurrentUser user, long id);

    /** Each open round of the agency that still waits for an answer, with the agencies it waits for (no user). */
    List<AwaitedAnswers> awaited(long agencyId);

    /** The day each agency asked was last urged, by agency id (those who can read the answers). */
    java.util.Map<Long, java.time.LocalDate> lastUrged(CurrentUser user, long id);

    /**
     * Turns the chosen proposals into tasks of a directive (the Office or an administrator), in one transaction,
     * through the task module: each task's title the proposal's first text column, its deadline the proposal's
     * deadline or date column, its description the other cells and where it came from; each remembered with the
     * proposal, so a proposal already turned is not turned again (reported in {@link PlannedTasks#already()}).
     */
    PlannedTasks turnIntoTasks(CurrentUser user, long id, ProposalsToTasks request);

    /** The tasks made from the round's proposals, by "receipt/table/row" (tables and rows from 1). */
    java.util.Map<String, Long> proposalTasks(CurrentUser user, long id);

    /**
     * Merges duplicates into the proposal kept (the organiser unit, the Office, an administrator): each duplicate
     * stays in its agency's submission and points at the one kept, so both proposers are shown and a task is made
     * once. Merging a duplicate again into the same proposal changes nothing; into another, or keeping a duplicate,
     * or merging a proposal already turned into a task, is refused.
     *
     * @return how many duplicates were merged now
     */
    int merge(CurrentUser user, long id, ProposalRef kept, List<ProposalRef> duplicates);

    /** The round's merged duplicates: "receipt/table/row" of each → that of the proposal kept. */
    java.util.Map<String, String> merges(CurrentUser user, long id);
    /**
     * The organiser's decision on an agency's last submitted version (the organiser unit, the Office, an
     * administrator): accepted, or returned or rejected with the reason the agency's focal person reads; audited and
     * announced ({@link RoundEvent.SubmissionReviewed}). An older version, or one already decided, is a conflict.
     */
    Review review(CurrentUser user, long id, String receipt, Review.Decision decision, String reason);

    /** The decisions on the round's submitted versions, by receipt number (those who read the answers). */
    java.util.Map<String, Review> reviews(CurrentUser user, long id);
}
