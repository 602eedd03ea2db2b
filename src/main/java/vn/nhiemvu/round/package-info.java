/**
 * Proposal rounds (đợt lấy đề xuất, seed 003): an organiser asks outside agencies to propose on a template by a
 * deadline; their focal people answer on their own accounts, each submission kept with a receipt; the organiser
 * reads one table of every proposal.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "shared", "identity", "organization", "calendar", "deadline", "evaluation", "audit", "directive", "task", "officialdocument", "plan", "dossier" })
package vn.nhiemvu.round;
