package vn.nhiemvu.dossier;

import vn.nhiemvu.shared.Message;

/** What a file is to the dossier. */
public enum FileRole {

    DRAFT_DOCUMENT,
    EXPLANATORY_REPORT,
    OPINIONS,
    IMPACT_ASSESSMENT,
    /** The task's result (the report itself, a record of what was done): the step a report or other task completes with. */
    RESULT,
    OTHER;

    public String code() {
        return "dossier.file-role." + name();
    }

    public String label() {
        return Message.of(code()).vietnamese();
    }
}
