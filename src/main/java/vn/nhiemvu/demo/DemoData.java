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

    /** The shape of {@code demo/rounds.json}: the proposal rounds of the seeds and their respondents' accounts. */
    record Rounds(List<RoundData> rounds) {
    }

    record RoundData(String organiserUnit, String title, String legalBasis, String instructions,
            LocalDate letterDate, String deadlineText, boolean acceptLate, List<String> addresseeKinds,
            List<vn.nhiemvu.round.TemplateTable> tables, List<RespondentData> respondents) {
    }

    record RespondentData(String agency, String username, String displayName) {
    }

    /** A management area of seed 004 with its focal unit's code (none: "các Vụ, Cục quản lý chuyên ngành"). */
    record AreaData(String code, String name, String focalUnit, String focalNote) {
    }
}
