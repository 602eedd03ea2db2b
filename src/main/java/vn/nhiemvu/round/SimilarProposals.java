package vn.nhiemvu.round;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.nhiemvu.shared.Text;

/**
 * Pairs of proposals that say nearly the same thing, for the organiser to merge (ADR 0050). Each proposal's text is
 * its text and long-text cells, folded as the search folds ({@link Text#fold}: no diacritics, lower case) and cut
 * into words; its <em>shingles</em> are its word bigrams ("dao tao", "tao can", …; a one-word text is its word). Two
 * proposals of the same table are similar when the Jaccard index of their shingle sets, |A ∩ B| / |A ∪ B|, reaches
 * the threshold. Bigrams rather than words, because Vietnamese words are syllables: "chuyển đổi" shares "đổi" with
 * "đổi mới" by chance, not the bigram. Jaccard rather than TF-IDF cosine, because the sets are short (a task's title)
 * and the index needs no corpus statistics to explain: "two thirds of their word pairs are the same".
 * <p>
 * All pairs are not compared: the prefix filter of set-similarity joins (Chaudhuri et al. 2006) finds exactly the
 * pairs at or above the threshold by indexing only the rarest {@code |A| − ⌈t·|A|⌉ + 1} shingles of each set, since
 * two sets with Jaccard ≥ t must share one of them; the candidates are then measured exactly.
 */
public final class SimilarProposals {

    public static final double DEFAULT_THRESHOLD = 0.5;
    public static final int MAX_PAIRS = 100;
    /**
     * The bound on pairs looked at (each proposal met again through a shared shingle counts): rows that are nearly all
     * alike (a template filled with the same sentence) would otherwise make every pair a candidate, 12.5 million at
     * 5,000 rows; past it the search stops and says so.
     */
    public static final int MAX_COMPARISONS = 300_000;

    /** The pairs found, most alike first; {@code complete} false when the search stopped at its bound. */
    public record Found(List<Pair> pairs, boolean complete) {
    }

    /**
     * Two similar proposals: {@code kept} the one a merge would keep (already a task, else the first shown); the
     * texts compared, as typed.
     */
    public record Pair(Aggregation.Proposal kept, Aggregation.Proposal duplicate, double similarity, String keptText,
            String duplicateText) {

        public int percent() {
            return (int) Math.round(similarity * 100);
        }
    }

    private SimilarProposals() {
    }

    /**
     * @param merges the round's merges (duplicate key → kept key): a duplicate already merged is not suggested again
     * @param tasks  the proposals already turned into tasks, by key: two tasks are not suggested, a task is kept
     * @return the pairs at or above the threshold, most similar first, at most {@link #MAX_PAIRS}, measured within
     *         {@link #MAX_COMPARISONS}
     */
    public static Found find(ProposalRound round, List<Aggregation.Proposal> proposals,
            Map<String, String> merges, Map<String, Long> tasks, double threshold) {
        double t = Math.max(0.1, Math.min(1.0, threshold));
        var shown = new ArrayList<Aggregation.Proposal>();
        var sets = new ArrayList<String[]>();
        var hashed = new ArrayList<Set<String>>();
        var frequency = new HashMap<String, Integer>();
        for (Aggregation.Proposal p : proposals) {
            if (merges.containsKey(key(p))) {
                continue;
            }
            Set<String> shingles = shingles(round.template().tables().get(p.table()), p.cells());
            if (shingles.isEmpty()) {
                continue;
            }
            shown.add(p);
            sets.add(shingles.toArray(String[]::new));
            hashed.add(shingles);
            shingles.forEach(s -> frequency.merge(s, 1, Integer::sum));
        }
        // Rarest first, so the prefixes index the shingles few proposals share.
        Comparator<String> rarest = Comparator.<String>comparingInt(frequency::get).thenComparing(s -> s);
        sets.forEach(s -> Arrays.sort(s, rarest));

        var index = new HashMap<String, List<Integer>>();
        var found = new ArrayList<double[]>();
        int compared = 0;
        boolean complete = true;
        for (int i = 0; i < sets.size() && complete; i++) {
            String[] a = sets.get(i);
            Aggregation.Proposal pa = shown.get(i);
            int prefix = a.length - (int) Math.ceil(t * a.length) + 1;
            var candidates = new LinkedHashSet<Integer>();
            for (int k = 0; k < prefix; k++) {
                String shingle = pa.table() + ":" + a[k];
                List<Integer> seen = index.getOrDefault(shingle, List.of());
                compared += seen.size();
                if (compared > MAX_COMPARISONS) {
                    complete = false;
                    break;
                }
                candidates.addAll(seen);
                index.computeIfAbsent(shingle, s -> new ArrayList<>()).add(i);
            }
            for (int j : candidates) {
                String[] b = sets.get(j);
                if (Math.min(a.length, b.length) < t * Math.max(a.length, b.length)) {
                    continue;
                }
                double similarity = jaccard(hashed.get(j), a);
                if (similarity >= t && !(tasks.containsKey(key(shown.get(j))) && tasks.containsKey(key(pa)))) {
                    found.add(new double[] { similarity, j, i });
                }
            }
        }
        // The texts are written for the pairs shown only.
        found.sort(Comparator.comparingDouble((double[] f) -> f[0]).reversed());
        var pairs = new ArrayList<Pair>();
        for (double[] f : found.subList(0, Math.min(MAX_PAIRS, found.size()))) {
            pair(round, shown.get((int) f[1]), shown.get((int) f[2]), f[0], tasks).ifPresent(pairs::add);
        }
        return new Found(List.copyOf(pairs), complete);
    }

    private static java.util.Optional<Pair> pair(ProposalRound round, Aggregation.Proposal first,
            Aggregation.Proposal second, double similarity, Map<String, Long> tasks) {
        boolean firstTask = tasks.containsKey(key(first));
        boolean secondTask = tasks.containsKey(key(second));
        if (firstTask && secondTask) {
            return java.util.Optional.empty();
        }
        Aggregation.Proposal kept = secondTask ? second : first;
        Aggregation.Proposal duplicate = secondTask ? first : second;
        TemplateTable table = round.template().tables().get(kept.table());
        return java.util.Optional.of(new Pair(kept, duplicate, similarity, text(table, kept.cells()),
                text(table, duplicate.cells())));
    }

    /** The row's text and long-text cells as typed, joined. */
    static String text(TemplateTable table, Map<String, String> cells) {
        var text = new StringBuilder();
        for (TemplateColumn c : table.columns()) {
            if (c.type() == ColumnType.TEXT || c.type() == ColumnType.LONG_TEXT) {
                String v = cells.getOrDefault(c.key(), "");
                if (!v.isBlank()) {
                    text.append(text.isEmpty() ? "" : " — ").append(v.strip());
                }
            }
        }
        return text.toString();
    }

    /** The folded word bigrams of the row's text and long-text cells. */
    static Set<String> shingles(TemplateTable table, Map<String, String> cells) {
        String[] words = Text.fold(text(table, cells)).split("[^\\p{L}\\p{N}]+");
        var kept = Arrays.stream(words).filter(w -> !w.isEmpty()).toList();
        var shingles = new LinkedHashSet<String>();
        if (kept.size() == 1) {
            shingles.add(kept.get(0));
        }
        for (int i = 0; i + 1 < kept.size(); i++) {
            shingles.add(kept.get(i) + " " + kept.get(i + 1));
        }
        return shingles;
    }

    static double jaccard(Set<String> a, String[] b) {
        int shared = 0;
        for (String s : b) {
            if (a.contains(s)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.length - shared);
    }

    /** How the aggregation names a proposal: "receipt/table/row", from 1. */
    public static String key(Aggregation.Proposal p) {
        return p.receipt() + "/" + (p.table() + 1) + "/" + (p.row() + 1);
    }
}
