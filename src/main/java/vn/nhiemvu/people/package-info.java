/**
 * People and their work items (Nghị định 335/2025/NĐ-CP, issue 17 item 4, ADR 0040): who carries out a task inside
 * its lead unit (người thực hiện), each task's weight as a work item (quy đổi), the unit head's quality checks, the
 * objective causes confirmed with their decisions, the general criteria, and a person's monthly or quarterly sheet
 * computed from them as of a date. The task module is read through its API; this module never writes its table.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "shared", "identity", "organization", "evaluation", "task", "audit" })
package vn.nhiemvu.people;
