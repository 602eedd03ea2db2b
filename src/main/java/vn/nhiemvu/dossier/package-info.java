/**
 * Dossiers (hồ sơ) of tasks: uploaded files with versions, legal review by Vụ Pháp chế, and the
 * submission (trình) that completes the task.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "task", "audit", "inbox", "cluster" })
package vn.nhiemvu.dossier;
