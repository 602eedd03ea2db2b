package vn.nhiemvu.cluster;

import java.nio.file.Path;
import java.util.Optional;

import org.springframework.core.io.Resource;

/**
 * Bytes kept under a key (lower-case letters and digits, e.g. a SHA-256 in hex), written once and then only read
 * or deleted. Made by {@link ContentStores} over a table of the owning module.
 */
public interface ContentStore {

    /** Takes the file (moves it in, or copies and deletes it) as the bytes of the key; a key already kept stays as it is. */
    void keep(String key, Path file);

    /** The key's bytes, read as a stream on each {@code getInputStream()} (never whole in memory), or empty. */
    Optional<Resource> find(String key);

    void delete(String key);

    /** Whether every node reads what any node keeps (in the database), or only this one (a local directory). */
    boolean shared();
}
