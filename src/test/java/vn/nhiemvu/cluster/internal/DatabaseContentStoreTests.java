package vn.nhiemvu.cluster.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database store without Spring: on an in-memory H2, or on PostgreSQL when SPRING_DATASOURCE_URL says so, in a
 * table of its own. Bytes come back as kept, in chunks, once per key; files of before are read and imported.
 */
class DatabaseContentStoreTests {

    @TempDir
    Path directory;

    private SingleConnectionDataSource dataSource;
    private JdbcClient jdbc;
    private TransactionTemplate transactions;
    private String table;
    private DatabaseContentStore store;

    @BeforeEach
    void store() {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            dataSource = new SingleConnectionDataSource(url, System.getenv("SPRING_DATASOURCE_USERNAME"),
                    System.getenv("SPRING_DATASOURCE_PASSWORD"), true);
        } else {
            dataSource = new SingleConnectionDataSource("jdbc:h2:mem:content-store;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                    "sa", "", true);
        }
        dataSource.setAutoCommit(true);
        jdbc = JdbcClient.create(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        table = "test_content_" + Long.toString(System.nanoTime(), 36);
        jdbc.sql("create table " + table + " (content_key varchar(64) not null, seq integer not null,"
                + " bytes bytea not null, primary key (content_key, seq))").update();
        store = new DatabaseContentStore(jdbc, transactions, table, new DirectoryContentStore(directory, true));
    }

    @AfterEach
    void drop() {
        jdbc.sql("drop table " + table).update();
        dataSource.destroy();
    }

    @Test
    void bytesComeBackAsKeptInChunksOfOneMegabyte() throws Exception {
        for (int size : new int[] { 0, 17, DatabaseContentStore.CHUNK, 2 * DatabaseContentStore.CHUNK + 12_345 }) {
            byte[] content = new byte[size];
            new Random(size).nextBytes(content);
            String key = sha256(content);
            Path upload = Files.write(directory.resolve("upload-" + size + ".part"), content);

            store.keep(key, upload);

            assertThat(upload).as("the store took the file").doesNotExist();
            var found = store.find(key).orElseThrow();
            assertThat(found.contentLength()).isEqualTo(size);
            assertThat(found.getContentAsByteArray()).isEqualTo(content);
            assertThat(found.getContentAsByteArray()).as("each read streams anew").isEqualTo(content);
            assertThat(rows(key)).isEqualTo(Math.max(1, (size + DatabaseContentStore.CHUNK - 1) / DatabaseContentStore.CHUNK));
        }
    }

    @Test
    void theSameContentTwiceIsKeptOnce() throws Exception {
        byte[] content = "Tờ trình số 1".getBytes(StandardCharsets.UTF_8);
        String key = sha256(content);
        store.keep(key, Files.write(directory.resolve("a.part"), content));
        Path again = Files.write(directory.resolve("b.part"), content);
        store.keep(key, again);

        assertThat(again).doesNotExist();
        assertThat(rows(key)).isEqualTo(1);
        assertThat(store.find("0".repeat(64))).isEmpty();
    }

    @Test
    void nothingIsKeptWhenTheCallersTransactionRollsBack() throws Exception {
        byte[] content = "Bị hủy".getBytes(StandardCharsets.UTF_8);
        String key = sha256(content);
        Path file = Files.write(directory.resolve("c.part"), content);
        transactions.executeWithoutResult(status -> {
            store.keep(key, file);
            status.setRollbackOnly();
        });
        assertThat(store.find(key)).isEmpty();
    }

    @Test
    void filesOfBeforeAreReadFromTheDirectoryUntilImportedAndDeletedFromBoth() throws Exception {
        byte[] content = "Tệp lưu trên đĩa từ trước".getBytes(StandardCharsets.UTF_8);
        String key = sha256(content);
        Path old = directory.resolve(key.substring(0, 2)).resolve(key);
        Files.createDirectories(old.getParent());
        Files.write(old, content);
        Files.write(directory.resolve("upload-1.part"), content);

        assertThat(store.find(key).orElseThrow().getContentAsByteArray()).as("read from the directory").isEqualTo(content);
        assertThat(rows(key)).isZero();

        assertThat(store.importDirectory()).isEqualTo(1);
        assertThat(rows(key)).isEqualTo(1);
        assertThat(old).as("the files stay until the administrator removes them").exists();
        assertThat(store.importDirectory()).as("a later start copies nothing").isZero();

        store.delete(key);
        assertThat(store.find(key)).isEmpty();
        assertThat(old).doesNotExist();
    }

    private int rows(String key) {
        return jdbc.sql("select count(*) from " + table + " where content_key = :key").param("key", key)
                .query(Integer.class).single();
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
