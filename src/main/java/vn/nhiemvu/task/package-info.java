/**
 * Tasks: what a directive assigns, to which lead and coordinating units, under which leader,
 * by when; their completion; and who may see and change them.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "shared", "organization", "identity", "calendar", "deadline", "directive", "evaluation", "audit",
                "inbox", "officialdocument" })
package vn.nhiemvu.task;
