package vn.nhiemvu.monitoring;

import vn.nhiemvu.shared.Message;

/**
 * Why a notice was sent; each rule sends at most one notice per subject and occasion. The deadline rules speak when
 * the calendar says so (the sweep); the work rules when someone does something to a task (ADR 0024).
 */
public enum NoticeRule {

    DUE_SOON(Group.DEADLINES),
    OVERDUE(Group.DEADLINES),
    ESCALATION(Group.DEADLINES),
    MILESTONE_DUE_SOON(Group.DEADLINES),
    MILESTONE_OVERDUE(Group.DEADLINES),
    MISSING_REPORT(Group.DEADLINES),
    REQUEST_UNDECIDED(Group.DEADLINES),
    WEEKLY_DIGEST(Group.DEADLINES),
    URGING_LETTER(Group.DEADLINES),
    ROUND_DUE_SOON(Group.DEADLINES),
    ROUND_OVERDUE(Group.DEADLINES),
    ROUND_URGED(Group.DEADLINES),
    INDICATOR_AT_RISK(Group.DEADLINES),

    TASK_ASSIGNED(Group.WORK),
    PLAN_SUBMITTED(Group.WORK),
    PLAN_APPROVED(Group.WORK),
    PLAN_RETURNED(Group.WORK),
    REQUEST_SENT(Group.WORK),
    GUIDANCE_ANSWERED(Group.WORK),
    EXTENSION_DECIDED(Group.WORK),
    DOSSIER_FOR_REVIEW(Group.WORK),
    DOSSIER_RETURNED(Group.WORK),
    DOSSIER_PASSED(Group.WORK),
    SUBMISSION_RECORDED(Group.WORK),
    TASK_REOPENED(Group.WORK),
    ROUND_OPENED(Group.WORK),
    ROUND_REVIEWED(Group.WORK);

    /** How the rules are grouped where people choose what they receive. */
    public enum Group {
        DEADLINES, WORK;

        public String code() {
            return "notice-group." + name();
        }

        public String label() {
            return Message.of(code()).vietnamese();
        }
    }

    private final Group group;

    NoticeRule(Group group) {
        this.group = group;
    }

    /** The rule's name in the bundles (ADR 0033). */
    public String code() {
        return "notice-rule." + name();
    }

    public String label() {
        return Message.of(code()).vietnamese();
    }

    public Group group() {
        return group;
    }

    /**
     * Whether it can reach an outside agency's focal person: the proposal rounds' notices are the only ones they get
     * (ADR 0035, 0045), so their choices list only these.
     */
    public boolean reachesRespondents() {
        return name().startsWith("ROUND_");
    }
}
