package vn.nhiemvu.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nhiemvu.support.Bodies.officeCompletion;
import static vn.nhiemvu.support.Bodies.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.nhiemvu.audit.AuditIntegrity;
import vn.nhiemvu.audit.AuditLog;
import vn.nhiemvu.audit.AuditVerification;
import vn.nhiemvu.audit.AuditVerification.Kind;
import vn.nhiemvu.audit.AuditVerification.Problem;
import vn.nhiemvu.audit.AuditableEvent;
import vn.nhiemvu.audit.internal.AuditChain.Link;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.FormSession;
import vn.nhiemvu.support.IntegrationTest;

/**
 * The audit log under concurrent writers and under tampering with the database behind the application's back, each
 * tampering found by the verifier. The tests tamper each with their own task; the others' problems are left out.
 */
@IntegrationTest
class AuditIntegrityIntegrationTests {

    /** The streams the tests here tamper with: the rest of the log must stay intact. */
    private static final Set<Long> TAMPERED = ConcurrentHashMap.newKeySet();

    @LocalServerPort
    int port;
    @Autowired
    AuditLog auditLog;
    @Autowired
    AuditIntegrity integrity;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditKeys keys;
    @Autowired
    LegacyRekeying rekeying;

    private Api office() {
        return Api.as(port, "vanphong");
    }

    /** A task created, updated and completed through the API: three entries. */
    private long taskWithHistory(String title) {
        long id = office().post("/api/v1/tasks", task(title, "KHTC", "2021-06-30")).json().get("id").asLong();
        String etag = office().get("/api/v1/tasks/" + id).header("ETag");
        assertThat(office().put("/api/v1/tasks/" + id, task(title, "KHTC", "2021-07-31"), Map.of("If-Match", etag))
                .status()).isEqualTo(200);
        assertThat(office().post("/api/v1/tasks/" + id + "/completion", officeCompletion("2021-07-20")).status())
                .isEqualTo(200);
        return id;
    }

    private long tampered(String title) {
        long id = taskWithHistory(title);
        TAMPERED.add(id);
        return id;
    }

    private List<Problem> problemsOf(AuditVerification result, long taskId) {
        return result.problems().stream().filter(p -> p.entityType().equals("TASK") && p.entityId() == taskId)
                .toList();
    }

    private List<Kind> kindsFor(long taskId) {
        return problemsOf(integrity.verifyNow(), taskId).stream().map(Problem::kind).distinct().toList();
    }

    record Probe(long entityId, int n) implements AuditableEvent {

        @Override
        public String entityType() {
            return "PROBE";
        }

        @Override
        public long agencyId() {
            return 1;
        }

        @Override
        public String action() {
            return "PROBED";
        }

        @Override
        public String actor() {
            return "writer-" + n;
        }

        @Override
        public Object before() {
            return null;
        }

        @Override
        public Object after() {
            return Map.of("n", n);
        }
    }

    @Test
    void tenConcurrentChangesOfOneEntityKeepItsChainIntact() throws Exception {
        long entity = System.nanoTime();
        int writers = 10;
        var start = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            var done = new ArrayList<Future<?>>();
            for (int n = 0; n < writers; n++) {
                int writer = n;
                done.add(pool.submit(() -> {
                    start.await();
                    transaction.executeWithoutResult(status -> events.publishEvent(new Probe(entity, writer)));
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(auditLog.history("PROBE", entity)).extracting(e -> e.seq()).containsExactly(1L, 2L, 3L, 4L, 5L,
                6L, 7L, 8L, 9L, 10L);
        assertThat(auditLog.verify("PROBE", entity)).isTrue();
        assertThat(integrity.verifyNow().problems()).noneMatch(p -> p.entityType().equals("PROBE"));
    }

    @Test
    void theLogOfTheDemoDataAndOfEveryUntamperedChangeVerifies() {
        long id = taskWithHistory("Kiểm toán: không đụng tới");
        var result = integrity.verifyNow();
        assertThat(result.statesCompared()).isGreaterThan(15);
        assertThat(result.problems()).filteredOn(p -> !(p.entityType().equals("TASK") && TAMPERED.contains(p.entityId())))
                .isEmpty();
        assertThat(problemsOf(result, id)).isEmpty();
        assertThat(auditLog.verify("TASK", id)).isTrue();
    }

    @Test
    void anEntryEditedWithItsHashesRecomputedIsFound() {
        long id = tampered("Kiểm toán: sửa bản ghi");
        // As the old chain allowed: change the last entry, recompute its SHA-256 and put it in the head.
        String forged = sha256("nguoi-khac" + id);
        jdbc.sql("""
                update audit_event set actor = 'nguoi-khac', hash = :hash
                where entity_type = 'TASK' and entity_id = :id and seq = 3
                """).param("hash", forged).param("id", id).update();
        jdbc.sql("update audit_stream set last_hash = :hash where entity_type = 'TASK' and entity_id = :id")
                .param("hash", forged).param("id", id).update();
        assertThat(kindsFor(id)).containsExactly(Kind.ENTRY_ALTERED);
        assertThat(auditLog.verify("TASK", id)).isFalse();
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anEntryDeletedInTheMiddleIsFound() {
        long id = tampered("Kiểm toán: xóa bản ghi giữa");
        jdbc.sql("delete from audit_event where entity_type = 'TASK' and entity_id = :id and seq = 2").param("id", id)
                .update();
        assertThat(kindsFor(id)).containsExactly(Kind.SEQUENCE_GAP);
    }

    @Test
    void aTruncatedTailIsFound() {
        long id = tampered("Kiểm toán: cắt đuôi");
        jdbc.sql("delete from audit_event where entity_type = 'TASK' and entity_id = :id and seq = 3").param("id", id)
                .update();
        // The task still says completed while its last recorded state does not: found twice.
        assertThat(kindsFor(id)).containsExactlyInAnyOrder(Kind.HEAD_MISMATCH, Kind.STATE_MISMATCH);
    }

    @Test
    void everyEntryOfATaskDeletedIsFound() {
        long id = tampered("Kiểm toán: xóa cả chuỗi");
        jdbc.sql("delete from audit_event where entity_type = 'TASK' and entity_id = :id").param("id", id).update();
        assertThat(kindsFor(id)).contains(Kind.ENTRIES_MISSING);
        jdbc.sql("delete from audit_stream where entity_type = 'TASK' and entity_id = :id").param("id", id).update();
        assertThat(kindsFor(id)).contains(Kind.STATE_UNAUDITED);
    }

    @Test
    void aStreamRewrittenWithTheKeyAfterACheckpointIsFound() {
        long id = tampered("Kiểm toán: viết lại cả chuỗi");
        integrity.checkpointNow();
        assertThat(kindsFor(id)).isEmpty();
        // With the key and the heads, everything consistent: only the signed checkpoint outside the database knows.
        List<AuditChain.Stored> rows = jdbc.sql("select " + JdbcAuditLog.ENTRY_COLUMNS
                + " from audit_event e where e.entity_type = 'TASK' and e.entity_id = :id order by e.seq")
                .param("id", id).query(JdbcAuditLog::stored).list();
        jdbc.sql("delete from audit_event where entity_type = 'TASK' and entity_id = :id").param("id", id).update();
        String previous = AuditChain.GENESIS;
        for (var row : rows) {
            Link old = row.link();
            Link link = new Link(old.entityType(), old.entityId(), old.seq(), old.agencyId(), old.action(),
                    "nguoi-khac", old.at(), old.before(), old.after(), old.afterIsState(), previous);
            previous = link.mac(keys.macKey());
            jdbc.sql("""
                    insert into audit_event (agency_id, entity_type, entity_id, seq, action, actor, at, before_state,
                                             after_state, after_is_state, previous_hash, hash, mac_version)
                    values (:agency, 'TASK', :id, :seq, :action, :actor, (select min(at) from audit_event), :before,
                            :after, :state, :previous, :hash, 1)
                    """).param("agency", old.agencyId()).param("id", id).param("seq", old.seq())
                    .param("action", old.action()).param("actor", link.actor()).param("before", old.before())
                    .param("after", old.after()).param("state", old.afterIsState()).param("previous", link.previousHash())
                    .param("hash", previous).update();
            jdbc.sql("update audit_event set at = :at where entity_type = 'TASK' and entity_id = :id and seq = :seq")
                    .param("at", java.time.OffsetDateTime.ofInstant(old.at(), java.time.ZoneOffset.UTC))
                    .param("id", id).param("seq", old.seq()).update();
        }
        jdbc.sql("update audit_stream set last_hash = :hash where entity_type = 'TASK' and entity_id = :id")
                .param("hash", previous).param("id", id).update();
        assertThat(auditLog.verify("TASK", id)).as("consistent in the database").isTrue();
        assertThat(kindsFor(id)).containsExactly(Kind.CHECKPOINT_MISMATCH);
    }

    @Test
    void aTailTruncatedBeforeACheckpointWithItsHeadMovedBackIsFound() {
        long id = tampered("Kiểm toán: cắt đuôi sau mốc");
        integrity.checkpointNow();
        String second = jdbc.sql("select hash from audit_event where entity_type = 'TASK' and entity_id = :id and seq = 2")
                .param("id", id).query(String.class).single();
        jdbc.sql("delete from audit_event where entity_type = 'TASK' and entity_id = :id and seq = 3").param("id", id)
                .update();
        jdbc.sql("update audit_stream set last_seq = 2, last_hash = :hash where entity_type = 'TASK' and entity_id = :id")
                .param("hash", second).param("id", id).update();
        // And the task reopened in the table, so that its state matches the record left.
        var completion = jdbc.sql("select completed_at, completed_by, completed_as from task where id = :id")
                .param("id", id).query().singleRow();
        jdbc.sql("""
                update task set completed_at = null, completed_by = null, completed_as = null, version = version - 1
                where id = :id
                """).param("id", id).update();
        try {
            assertThat(auditLog.verify("TASK", id)).as("consistent in the database").isTrue();
            assertThat(kindsFor(id)).containsExactly(Kind.CHECKPOINT_MISMATCH);
        } finally {
            // The dashboard's counts, which other tests compare with a recount, know the task as completed.
            jdbc.sql("""
                    update task set completed_at = :at, completed_by = :by, completed_as = :as, version = version + 1
                    where id = :id
                    """).param("at", completion.get("completed_at")).param("by", completion.get("completed_by"))
                    .param("as", completion.get("completed_as")).param("id", id).update();
        }
    }

    @Test
    void aTaskRowEditedDirectlyIsFound() {
        long id = tampered("Kiểm toán: sửa thẳng bảng");
        jdbc.sql("update task set title = 'Sửa thẳng trong cơ sở dữ liệu' where id = :id").param("id", id).update();
        var problems = problemsOf(integrity.verifyNow(), id);
        assertThat(problems).extracting(Problem::kind).containsExactly(Kind.STATE_MISMATCH);
        assertThat(problems.get(0).detail()).endsWith("title");
    }

    @Test
    void entriesOfEarlierVersionsAreRekeyedOnlyBeforeTheFirstCheckpoint() {
        integrity.checkpointNow();
        long entity = System.nanoTime();
        String previous = AuditChain.GENESIS;
        for (long seq = 1; seq <= 3; seq++) {
            var at = java.time.Instant.parse("2025-01-0" + seq + "T01:00:00Z");
            Link link = new Link("LEGACY", entity, seq, 1, "UPDATED", "cu", at, null, "{\"n\":" + seq + "}", false,
                    previous);
            previous = LegacyRekeying.legacyHash(link);
            jdbc.sql("""
                    insert into audit_event (agency_id, entity_type, entity_id, seq, action, actor, at, after_state,
                                             previous_hash, hash)
                    values (1, 'LEGACY', :id, :seq, 'UPDATED', 'cu', :at, :after, :previous, :hash)
                    """).param("id", entity).param("seq", seq)
                    .param("at", java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
                    .param("after", link.after()).param("previous", link.previousHash()).param("hash", previous)
                    .update();
        }
        jdbc.sql("insert into audit_stream values ('LEGACY', :id, 3, :hash)").param("id", entity)
                .param("hash", previous).update();

        rekeying.rekey();
        assertThat(integrity.verifyNow().problems()).as("a checkpoint exists: unkeyed entries are not laundered")
                .filteredOn(p -> p.entityId() == entity).extracting(Problem::kind).containsExactly(Kind.LEGACY_ENTRY);

        int[] rekeyed = transaction.execute(status -> rekeying.rekey(new Checkpoints.StreamKey("LEGACY", entity)));
        assertThat(rekeyed).containsExactly(3, 0);
        assertThat(auditLog.verify("LEGACY", entity)).isTrue();
        assertThat(integrity.verifyNow().problems()).noneMatch(p -> p.entityId() == entity);
    }

    @Test
    void theAdministratorReadsAndRunsTheVerification() {
        var admin = Api.as(port, "admin");
        var run = admin.post("/api/v1/admin/audit/verification", Map.of());
        assertThat(run.status()).isEqualTo(200);
        assertThat(run.json().get("entries").asLong()).isPositive();
        assertThat(admin.get("/api/v1/admin/audit/verification").status()).isEqualTo(200);
        var page = FormSession.signIn(port, "admin");
        page.submit("/admin/audit", page.get("/admin").body(), Map.of());
        assertThat(page.get("/admin").body()).contains("Nhật ký kiểm toán", "id=\"audit-result\"", " bản ghi, ");
        assertThat(admin.post("/api/v1/admin/audit/checkpoints", Map.of()).json().get("checkpoint").asLong())
                .isPositive();
        assertThat(office().get("/api/v1/admin/audit/verification").status()).isEqualTo(403);
        assertThat(office().post("/api/v1/admin/audit/verification", Map.of()).status()).isEqualTo(403);
    }
}
