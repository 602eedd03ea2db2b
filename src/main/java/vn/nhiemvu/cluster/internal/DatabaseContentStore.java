package vn.nhiemvu.cluster.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.nhiemvu.cluster.ContentStore;

/**
 * Bytes in a table of the owning module, in chunks of {@link #CHUNK} (one row each), so that every node reads them
 * and neither writing nor reading holds more than a chunk in memory. A chunk is read by its own short query, so a
 * slow download holds no connection between chunks. Keys missing from the table are looked for in the directory
 * of before (files kept before this store existed, until {@link #importDirectory()} has copied them in).
 */
final class DatabaseContentStore implements ContentStore {

    static final int CHUNK = 1024 * 1024;
    private static final Pattern TABLE = Pattern.compile("[a-z][a-z0-9_]{0,59}");
    private static final Logger log = LoggerFactory.getLogger(DatabaseContentStore.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final String table;
    private final DirectoryContentStore before;

    DatabaseContentStore(JdbcClient jdbc, TransactionTemplate transactions, String table, DirectoryContentStore before) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.table = table;
        this.before = before;
    }

    @Override
    public void keep(String key, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            insert(key, in);
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All chunks in one transaction (the caller's, if any): another node sees the whole content or none of it. */
    private boolean insert(String key, InputStream in) {
        DirectoryContentStore.check(key);
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (exists(key)) {
                return false;
            }
            byte[] buffer = new byte[CHUNK];
            try {
                for (int seq = 0;; seq++) {
                    int n = in.readNBytes(buffer, 0, CHUNK);
                    if (n == 0 && seq > 0) {
                        break;
                    }
                    // Two nodes keeping the same content at once write the same bytes: the second does nothing.
                    jdbc.sql("insert into " + table + " (content_key, seq, bytes) values (:key, :seq, :bytes)"
                            + " on conflict do nothing")
                            .param("key", key).param("seq", seq)
                            .param("bytes", n == CHUNK ? buffer : Arrays.copyOf(buffer, n)).update();
                    if (n < CHUNK) {
                        break;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return true;
        }));
    }

    private boolean exists(String key) {
        return jdbc.sql("select count(*) from " + table + " where content_key = :key and seq = 0").param("key", key)
                .query(Long.class).single() > 0;
    }

    @Override
    public Optional<Resource> find(String key) {
        DirectoryContentStore.check(key);
        record Extent(int chunks, long size) {
        }
        Extent extent = jdbc.sql("select count(*), coalesce(sum(octet_length(bytes)), 0) from " + table
                + " where content_key = :key").param("key", key)
                .query((rs, n) -> new Extent(rs.getInt(1), rs.getLong(2))).single();
        if (extent.chunks() == 0) {
            return before.find(key);
        }
        return Optional.of(new Chunks(key, extent.chunks(), extent.size()));
    }

    @Override
    public void delete(String key) {
        jdbc.sql("delete from " + table + " where content_key = :key").param("key", key).update();
        before.delete(key);
    }

    @Override
    public boolean shared() {
        return true;
    }

    /**
     * Copies into the table every file of the directory of before that it lacks (a one-time import: later starts
     * find them there and copy nothing). The files stay; the administrator removes the directory when it is done.
     */
    int importDirectory() {
        Path directory = before.directory();
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        int imported = 0;
        try (Stream<Path> files = Files.walk(directory, 2)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String key = file.getFileName().toString();
                if (!DirectoryContentStore.KEY.matcher(key).matches() || !file.equals(before.path(key))) {
                    continue;
                }
                try (InputStream in = Files.newInputStream(file)) {
                    if (insert(key, in)) {
                        imported++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (imported > 0) {
            log.info("{} file(s) of {} copied into table {}; the directory may now be removed", imported, directory,
                    table);
        }
        return imported;
    }

    private Optional<byte[]> chunk(String key, int seq) {
        return jdbc.sql("select bytes from " + table + " where content_key = :key and seq = :seq")
                .param("key", key).param("seq", seq).query(byte[].class).optional();
    }

    /** The content as a resource: each stream fetches chunk after chunk as it is read. */
    private final class Chunks extends AbstractResource {

        private final String key;
        private final int count;
        private final long size;

        Chunks(String key, int count, long size) {
            this.key = key;
            this.count = count;
            this.size = size;
        }

        @Override
        public String getDescription() {
            return "content " + key + " in table " + table;
        }

        @Override
        public long contentLength() {
            return size;
        }

        @Override
        public long lastModified() {
            return 0;
        }

        @Override
        public InputStream getInputStream() {
            return new InputStream() {
                private int next;
                private byte[] current = new byte[0];
                private int position;

                private boolean fill() throws IOException {
                    while (position >= current.length) {
                        if (next >= count) {
                            return false;
                        }
                        int seq = next++;
                        // Deleted while being read (a purged job result): the reader gets an error, not a short file.
                        current = chunk(key, seq).orElseThrow(() -> new IOException(getDescription() + " lost chunk " + seq));
                        position = 0;
                    }
                    return true;
                }

                @Override
                public int read() throws IOException {
                    return fill() ? current[position++] & 0xff : -1;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    if (len == 0) {
                        return 0;
                    }
                    if (!fill()) {
                        return -1;
                    }
                    int n = Math.min(len, current.length - position);
                    System.arraycopy(current, position, b, off, n);
                    position += n;
                    return n;
                }
            };
        }
    }
}
