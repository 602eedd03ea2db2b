package vn.nhiemvu.dossier.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * Dossier files.
 *
 * @param directory where their content is kept on H2, and uploads in progress on both databases (on PostgreSQL the
 *                  content is in the database: ADR 0019)
 * @param maxSize   the largest file accepted; the servlet's own multipart limit should be a little above it, so that
 *                  our Vietnamese message answers first
 */
@Validated
@ConfigurationProperties("nhiemvu.files")
record FileProperties(@DefaultValue("./data/files") @NotNull Path directory, @DefaultValue("20MB") @NotNull DataSize maxSize) {
}
