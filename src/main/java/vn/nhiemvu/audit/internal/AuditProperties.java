package vn.nhiemvu.audit.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * The audit log's keys and checkpoints (ADR 0016), created on first start (owner-only). Keep them apart from the
 * database and its backups.
 *
 * @param keyFile              the HMAC key of the entries
 * @param signingKeyFile       the Ed25519 key pair that signs the checkpoints
 * @param checkpointDirectory  where the signed checkpoints are appended ({@code checkpoints.jsonl}); shared by all
 *                             nodes
 */
@Validated
@ConfigurationProperties("nhiemvu.audit")
record AuditProperties(@DefaultValue("./data/audit.key") @NotNull Path keyFile,
        @DefaultValue("./data/audit-signing.key") @NotNull Path signingKeyFile,
        @DefaultValue("./data/audit-checkpoints") @NotNull Path checkpointDirectory) {
}
