package vn.nhiemvu.cluster;

import java.nio.file.Path;

/** Makes each module's {@link ContentStore}. */
public interface ContentStores {

    /**
     * On PostgreSQL, a store in the module's {@code table} (columns {@code content_key varchar(64)}, {@code seq int},
     * {@code bytes bytea}, primary key both), in chunks of 1 MB; files already under {@code directory} (an
     * installation from before) stay readable there and are copied into the table after start. On H2 (one node), the
     * directory itself. With {@code fanOut}, a key's file sits in a sub-directory named by its first two characters.
     * The directory also takes the caller's temporary files in both cases.
     */
    ContentStore create(String table, Path directory, boolean fanOut);
}
