package vn.nhiemvu.dossier;

import vn.nhiemvu.shared.Message;

/**
 * Where a dossier stands: DRAFT → SUBMITTED_FOR_REVIEW → RETURNED (→ SUBMITTED_FOR_REVIEW …) or PASSED → SUBMITTED, and
 * SUBMITTED → PASSED again when the task is reopened (the submission is recorded anew; the old one stays in history).
 */
public enum DossierState {

    DRAFT,
    SUBMITTED_FOR_REVIEW,
    RETURNED,
    PASSED,
    SUBMITTED;

    public String code() {
        return "dossier.state." + name();
    }

    public String label() {
        return Message.of(code()).vietnamese();
    }
}
