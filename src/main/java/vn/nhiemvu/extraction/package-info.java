/**
 * Reading a directive: turns the Vietnamese text of a document (pasted, .txt, .docx, text .pdf) into
 * its metadata and proposed tasks — lead, coordinating parties, deadline, product, the span they come
 * from — for a person to confirm. Rules, not a model (ADR 0006); nothing is saved until confirmed.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "organization", "calendar",
        "deadline", "identity", "directive", "task" })
package vn.nhiemvu.extraction;
