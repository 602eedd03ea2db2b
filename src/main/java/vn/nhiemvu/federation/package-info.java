/**
 * Connected agencies (issue 18, ADR 0042): installations of this system at two levels exchange signed messages about
 * the tasks one assigns to the other. Peers and keys, an outbox written in the same transaction as the change and
 * sent with retries, an inbox that verifies, de-duplicates and applies in sequence per task. The protocol is in
 * {@code docs/federation-protocol.md}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "shared", "identity", "organization", "task", "directive", "plan", "inbox", "audit",
            "evaluation" })
package vn.nhiemvu.federation;
