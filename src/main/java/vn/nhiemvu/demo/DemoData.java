package vn.nhiemvu.demo;

import java.time.LocalDate;
import java.util.List;

/** The demo's own parts of {@code demo/organization.json}, and the shape of {@code demo/directives.json}. */
record DemoData() {

    /** The demo accounts of leaders; the rest of the file is an {@link vn.nhiemvu.organization.OrganizationDirectory}. */
    record Leaders(List<LeaderAccount> leaders) {
    }

    record LeaderAccount(String key, String fullName, String title, String demoAccount) {
    }

    record DirectiveData(String kind, String number, String issuer, LocalDate issueDate, String signer,
            String summary, String fullTextFile, LocalDate extensionCutoff, List<TaskData> tasks) {
    }

    record TaskData(String title, String description, String leadUnit, List<String> coordinatingUnits,
            String supervisingLeader, LocalDate deadline, String deadlineText, LocalDate completedAt,
            String product) {
    }

    /**
     * The shape of {@code demo/rounds.json}: the proposal rounds of the seeds, their respondents' accounts and the
     * answers a few of them submitted.
     */
    record Rounds(List<RoundData> rounds) {
    }

    record RoundData(String organiserUnit, String title, String legalBasis, String instructions,
            LocalDate letterDate, String deadlineText, boolean acceptLate, List<String> addresseeKinds,
            List<vn.nhiemvu.round.TemplateTable> tables, List<RespondentData> respondents, List<AnswerData> answers) {
    }

    /** What a respondent submitted: the rows of the template's first table, cells by column key. */
    record AnswerData(String respondent, List<java.util.Map<String, String>> rows) {
    }

    record RespondentData(String agency, String username, String displayName) {
    }

    /** A management area of seed 004 with its focal unit's code (none: "các Vụ, Cục quản lý chuyên ngành"). */
    record AreaData(String code, String name, String focalUnit, String focalNote) {
    }

    /** The PAR index's structure of seed 001 and the demo indicators (ADR 0046). */
    record Measurement(List<CriterionData> criteria, List<IndicatorData> indicators) {
    }

    record CriterionData(String code, String name, String ownerUnit) {
    }

    /** An indicator of the current year; each value's period is a quarter ("Q1"), recorded when it has begun. */
    record IndicatorData(String code, String name, String unitOfMeasure, String direction, java.math.BigDecimal target,
            String frequency, String ownerUnit, String area, List<ValueData> values) {
    }

    record ValueData(String period, java.math.BigDecimal value, String source) {
    }
}
