package vn.nhiemvu.demo;

import java.time.LocalDate;
import java.util.List;

/** The shape of {@code demo/organization.json} and {@code demo/directives.json}. */
record DemoData() {

    record Organization(List<AgencyData> agencies, List<UnitData> units, List<LeaderData> leaders) {
    }

    record AgencyData(String code, String name, String kind, List<String> aliases, Boolean home) {

        boolean isHome() {
            return Boolean.TRUE.equals(home);
        }
    }

    record UnitData(String code, String name, String kind, String parent, List<String> aliases) {
    }

    record LeaderData(String key, String fullName, String position, String title, List<String> units,
            String demoAccount) {
    }

    record DirectiveData(String kind, String number, String issuer, LocalDate issueDate, String signer,
            String summary, String fullTextFile, LocalDate extensionCutoff, List<TaskData> tasks) {
    }

    record TaskData(String title, String description, String leadUnit, List<String> coordinatingUnits,
            String supervisingLeader, LocalDate deadline, String deadlineText, LocalDate completedAt,
            String product) {
    }
}
