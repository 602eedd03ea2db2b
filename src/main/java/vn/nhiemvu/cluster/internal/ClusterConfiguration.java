package vn.nhiemvu.cluster.internal;

import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariDataSource;

import vn.nhiemvu.cluster.ClusterSignals;
import vn.nhiemvu.cluster.ContentStore;
import vn.nhiemvu.cluster.ContentStores;

/**
 * PostgreSQL can be shared by several nodes: signals over LISTEN/NOTIFY and bytes in tables. H2 is embedded in one
 * node: signals within it and bytes in its directories, as before, with no extra work on the way (ADR 0019).
 */
@Configuration(proxyBeanMethods = false)
class ClusterConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClusterConfiguration.class);

    private final boolean postgres;

    ClusterConfiguration(DataSource dataSource) throws MetaDataAccessException {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        this.postgres = "PostgreSQL".equals(product);
        log.info("Database {}: cluster signals and stored files {}", product,
                postgres ? "shared by every node through it" : "local to this node");
    }

    @Bean
    ClusterSignals clusterSignals(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactions) {
        if (!postgres) {
            return new LocalSignals();
        }
        return new PostgresSignals(() -> listeningConnection(dataSource), jdbc, new TransactionTemplate(transactions));
    }

    /** The pool's database and account, on a connection of its own that the pool never sees. */
    private static java.sql.Connection listeningConnection(DataSource dataSource) throws java.sql.SQLException {
        HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
        var properties = new Properties();
        if (hikari.getUsername() != null) {
            properties.setProperty("user", hikari.getUsername());
        }
        if (hikari.getPassword() != null) {
            properties.setProperty("password", hikari.getPassword());
        }
        properties.setProperty("ApplicationName", "nhiemvu-cluster-listener");
        properties.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(hikari.getJdbcUrl(), properties);
    }

    @Bean
    Stores contentStores(JdbcClient jdbc, PlatformTransactionManager transactions) {
        return new Stores(postgres, jdbc, new TransactionTemplate(transactions));
    }

    /** Makes the stores and, once the application is up, copies the files of before into the tables. */
    static final class Stores implements ContentStores {

        private final boolean postgres;
        private final JdbcClient jdbc;
        private final TransactionTemplate transactions;
        private final List<DatabaseContentStore> made = new ArrayList<>();

        Stores(boolean postgres, JdbcClient jdbc, TransactionTemplate transactions) {
            this.postgres = postgres;
            this.jdbc = jdbc;
            this.transactions = transactions;
        }

        @Override
        public synchronized ContentStore create(String table, Path directory, boolean fanOut) {
            var local = new DirectoryContentStore(directory, fanOut);
            if (!postgres) {
                return local;
            }
            var store = new DatabaseContentStore(jdbc, transactions, table, local);
            made.add(store);
            return store;
        }

        /** Off the start-up path: until a file is copied, reads find it in the directory. */
        @EventListener(ApplicationReadyEvent.class)
        void importDirectories() {
            List<DatabaseContentStore> stores;
            synchronized (this) {
                stores = List.copyOf(made);
            }
            if (stores.isEmpty()) {
                return;
            }
            Thread thread = new Thread(() -> stores.forEach(store -> {
                try {
                    store.importDirectory();
                } catch (RuntimeException e) {
                    log.warn("Files of before not copied into the database; they stay readable from the directory", e);
                }
            }), "content-import");
            thread.setDaemon(true);
            thread.start();
        }
    }
}
