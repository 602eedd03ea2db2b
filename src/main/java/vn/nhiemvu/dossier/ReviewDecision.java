package vn.nhiemvu.dossier;

import vn.nhiemvu.shared.Message;

/** The Legal Department's decision on a dossier. */
public enum ReviewDecision {

    PASS,
    RETURN;

    public String code() {
        return "dossier.decision." + name();
    }

    public String label() {
        return Message.of(code()).vietnamese();
    }
}
