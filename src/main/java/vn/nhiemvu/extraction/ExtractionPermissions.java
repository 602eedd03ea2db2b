package vn.nhiemvu.extraction;

import static vn.nhiemvu.identity.Relation.ADMINISTRATOR;
import static vn.nhiemvu.identity.Relation.OFFICE;

import vn.nhiemvu.identity.Policy;
import vn.nhiemvu.identity.PolicyAction;
import vn.nhiemvu.shared.Message;

/** Who may read documents into tasks (those who assign tasks): the extraction module's one policy. */
public final class ExtractionPermissions {

    public enum Action implements PolicyAction {
        READ_DOCUMENT
    }

    public static final Policy<Action> POLICY = Policy.of("Đọc văn bản chỉ đạo", Action.class)
            .allow(Action.READ_DOCUMENT, OFFICE, ADMINISTRATOR)
            .refusing((action, relation) -> Message.of("forbidden.extraction.action.office-only", action.words()));

    private ExtractionPermissions() {
    }
}
