package vn.nhiemvu.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.audit.AuditVerification.Kind;
import vn.nhiemvu.audit.AuditVerification.Problem;
import vn.nhiemvu.audit.internal.AuditChain.Head;
import vn.nhiemvu.audit.internal.AuditChain.Link;
import vn.nhiemvu.audit.internal.AuditChain.Stored;

/** The chain rules without a database: what each kind of tampering leaves behind. */
class AuditChainTests {

    private static final SecretKey KEY = new SecretKeySpec(new byte[32], "HmacSHA256");
    private static final SecretKey OTHER_KEY = new SecretKeySpec("not the application's key, 32 b!".getBytes(),
            "HmacSHA256");

    /** A stream of n entries written as the application writes them. */
    private static List<Stored> stream(int n, SecretKey key) {
        var entries = new ArrayList<Stored>();
        String previous = AuditChain.GENESIS;
        for (int seq = 1; seq <= n; seq++) {
            Link link = new Link("TASK", 7, seq, 1, seq == 1 ? "CREATED" : "UPDATED", "vanphong",
                    Instant.parse("2026-03-0" + seq + "T02:00:00Z"), null, "{\"title\":\"v" + seq + "\"}", true,
                    previous);
            previous = link.mac(key);
            entries.add(new Stored(seq, link, previous, AuditChain.HMAC));
        }
        return entries;
    }

    private static List<Problem> check(List<Stored> entries, Head head, Head checkpointed) {
        var problems = new ArrayList<Problem>();
        var check = new AuditChain.StreamCheck("TASK", 7, KEY, head, checkpointed, problems::add);
        entries.forEach(check::accept);
        check.finish();
        return problems;
    }

    private static Head headOf(List<Stored> entries) {
        Stored last = entries.get(entries.size() - 1);
        return new Head(last.link().seq(), last.hash());
    }

    private static List<Kind> kinds(List<Problem> problems) {
        return problems.stream().map(Problem::kind).toList();
    }

    @Test
    void anUntouchedStreamPasses() {
        var entries = stream(5, KEY);
        assertThat(check(entries, headOf(entries), new Head(3, entries.get(2).hash()))).isEmpty();
    }

    @Test
    void anEntryEditedWithItsHashesRecomputedWithoutTheKeyFailsItsHmac() {
        var entries = new ArrayList<>(stream(5, KEY));
        // The attacker changes entry 3 and recomputes plain SHA-256 hashes from there on, as the old chain allowed.
        String previous = entries.get(1).hash();
        for (int i = 2; i < 5; i++) {
            Link old = entries.get(i).link();
            Link link = new Link(old.entityType(), old.entityId(), old.seq(), old.agencyId(), old.action(), old.actor(),
                    old.at(), old.before(), i == 2 ? "{\"title\":\"sửa lén\"}" : old.after(), old.afterIsState(),
                    previous);
            previous = sha256(link);
            entries.set(i, new Stored(i + 1, link, previous, AuditChain.HMAC));
        }
        var problems = check(entries, headOf(entries), null);
        assertThat(kinds(problems)).containsOnly(Kind.ENTRY_ALTERED);
        assertThat(problems.get(0).seq()).isEqualTo(3);
    }

    @Test
    void aStreamRewrittenWithAnotherKeyFailsEveryHmac() {
        var forged = stream(3, OTHER_KEY);
        assertThat(kinds(check(forged, headOf(forged), null))).containsExactly(Kind.ENTRY_ALTERED, Kind.ENTRY_ALTERED,
                Kind.ENTRY_ALTERED);
    }

    @Test
    void aDeletedEntryLeavesAGap() {
        var entries = new ArrayList<>(stream(5, KEY));
        entries.remove(2);
        var problems = check(entries, headOf(entries), null);
        assertThat(kinds(problems)).containsExactly(Kind.SEQUENCE_GAP);
        assertThat(problems.get(0).detail()).isEqualTo("entry 3 is missing");
    }

    @Test
    void aTruncatedTailNoLongerMeetsTheHead() {
        var entries = stream(5, KEY);
        Head head = headOf(entries);
        assertThat(kinds(check(entries.subList(0, 4), head, null))).containsExactly(Kind.HEAD_MISMATCH);
    }

    @Test
    void aTailTruncatedWithItsHeadMovedBackIsCaughtByTheCheckpoint() {
        var entries = stream(5, KEY);
        var kept = entries.subList(0, 3);
        assertThat(check(kept, headOf(kept), null)).as("consistent without the checkpoint").isEmpty();
        assertThat(kinds(check(kept, headOf(kept), headOf(entries)))).containsExactly(Kind.CHECKPOINT_MISMATCH);
    }

    @Test
    void aStreamRewrittenWithTheKeyDiffersFromTheCheckpoint() {
        var entries = stream(4, KEY);
        Head checkpointed = new Head(3, entries.get(2).hash());
        var rewritten = new ArrayList<Stored>();
        String previous = AuditChain.GENESIS;
        for (Stored entry : entries) {
            Link old = entry.link();
            Link link = new Link(old.entityType(), old.entityId(), old.seq(), old.agencyId(), old.action(), "someone",
                    old.at(), old.before(), old.after(), old.afterIsState(), previous);
            previous = link.mac(KEY);
            rewritten.add(new Stored(entry.id(), link, previous, AuditChain.HMAC));
        }
        assertThat(kinds(check(rewritten, headOf(rewritten), checkpointed))).containsExactly(Kind.CHECKPOINT_MISMATCH);
    }

    @Test
    void aHeadWithoutEntriesOrEntriesWithoutHeadAreReported() {
        assertThat(kinds(check(List.of(), new Head(4, "x"), null))).containsExactly(Kind.ENTRIES_MISSING);
        assertThat(kinds(check(List.of(), null, new Head(4, "x")))).containsExactly(Kind.ENTRIES_MISSING);
        var entries = stream(2, KEY);
        assertThat(kinds(check(entries, null, null))).containsExactly(Kind.HEAD_MISSING);
    }

    @Test
    void theFlagThatTheAfterIsTheStateIsCoveredByTheHmac() {
        var entries = new ArrayList<>(stream(2, KEY));
        Link old = entries.get(1).link();
        entries.set(1, new Stored(2, new Link(old.entityType(), old.entityId(), old.seq(), old.agencyId(), old.action(),
                old.actor(), old.at(), old.before(), old.after(), false, old.previousHash()), entries.get(1).hash(),
                AuditChain.HMAC));
        assertThat(kinds(check(entries, headOf(entries), null))).containsExactly(Kind.ENTRY_ALTERED);
    }

    @Test
    void anUnkeyedEntryIsReportedOnce() {
        var entries = stream(3, KEY).stream().map(e -> new Stored(e.id(), e.link(), e.hash(), AuditChain.LEGACY))
                .toList();
        assertThat(kinds(check(entries, headOf(entries), null))).containsExactly(Kind.LEGACY_ENTRY);
    }

    private static String sha256(Link link) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update((link.previousHash() + link.entityType() + link.entityId() + link.seq() + link.action()
                    + link.actor() + link.at() + link.before() + link.after()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
