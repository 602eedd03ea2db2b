package vn.nhiemvu.people;

import vn.nhiemvu.audit.AuditableEvent;
import vn.nhiemvu.audit.AuditedChange;

/**
 * Something recorded about people and their work items, audited under its entity: a task's performers
 * ({@code TASK_PERFORMERS}), its weight, quality checks and objective causes ({@code TASK_WORK_ITEM}, by task id), a
 * person's general points ({@code PERSON_SHEET}, by account id), a unit's head ({@code UNIT_HEAD}, by unit id).
 */
public record PeopleRecorded(String entityType, long entityId, long agencyId, String action, String actor,
        AuditedChange audit) implements AuditableEvent.OfChange {
}
