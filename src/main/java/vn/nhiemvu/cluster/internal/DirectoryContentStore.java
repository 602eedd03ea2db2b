package vn.nhiemvu.cluster.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

import vn.nhiemvu.cluster.ContentStore;

/** Files in a local directory, each named by its key: one node's disk, as the H2 default has always kept them. */
final class DirectoryContentStore implements ContentStore {

    static final Pattern KEY = Pattern.compile("[0-9a-z]{2,64}");

    private final Path directory;
    private final boolean fanOut;

    DirectoryContentStore(Path directory, boolean fanOut) {
        this.directory = directory.toAbsolutePath().normalize();
        this.fanOut = fanOut;
    }

    Path directory() {
        return directory;
    }

    /** Where the key's file is; the key is ours (checked), never a client's path. */
    Path path(String key) {
        check(key);
        return fanOut ? directory.resolve(key.substring(0, 2)).resolve(key) : directory.resolve(key);
    }

    static void check(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a content key: " + key);
        }
    }

    @Override
    public void keep(String key, Path file) {
        Path target = path(key);
        try {
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                Files.delete(file);
            } else {
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<Resource> find(String key) {
        Path path = path(key);
        return Files.isRegularFile(path) ? Optional.of(new FileSystemResource(path)) : Optional.empty();
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean shared() {
        return false;
    }
}
