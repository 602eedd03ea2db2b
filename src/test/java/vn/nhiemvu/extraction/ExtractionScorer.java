package vn.nhiemvu.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.nhiemvu.deadline.DeadlinePhraseParser;
import vn.nhiemvu.extraction.Extraction.Party;
import vn.nhiemvu.extraction.Extraction.TaskProposal;
import vn.nhiemvu.support.WeekendCalendar;

/**
 * Scores the extractor on the labelled corpus (src/test/resources/extraction/corpus: {@code <id>.txt}
 * and {@code <id>.json}). A proposal matches a labelled task when their spans overlap by at least half
 * of each: overlap ≥ 0.5 × the label's length and ≥ 0.5 × the proposal's length, so that neither a
 * fragment nor a whole section counts as the task; each label and each proposal matches at most
 * once, the largest overlaps first. Lead accuracy: matched tasks whose set of leads equals the
 * label's, names compared as directory entries when the directory knows them, else folded (no
 * diacritics, case, punctuation, leading "các"/"từng"). Deadline accuracy: matched tasks with a
 * labelled date whose proposed date is the same. The report ends with the sums per document kind and split, then
 * per split.
 *
 * <p>Run: {@code bench/extraction-score.sh} (or {@code ./mvnw -q test-compile exec:java ...}).
 */
public final class ExtractionScorer {

    /** -Dverbose=true: print every mismatch (dev documents only, while working on rules). */
    private static final boolean VERBOSE = Boolean.getBoolean("verbose");

    private static String abbreviate(String s) {
        return s.length() > 90 ? s.substring(0, 90) + "…" : s;
    }

    static final Path CORPUS = Path.of("src/test/resources/extraction/corpus");

    /** Counts for one document or a set of them. */
    static final class Score {
        int labels;
        int proposals;
        int matched;
        int leadRight;
        int dated;
        int dateRight;

        void add(Score o) {
            labels += o.labels;
            proposals += o.proposals;
            matched += o.matched;
            leadRight += o.leadRight;
            dated += o.dated;
            dateRight += o.dateRight;
        }

        double precision() {
            return proposals == 0 ? 0 : (double) matched / proposals;
        }

        double recall() {
            return labels == 0 ? 0 : (double) matched / labels;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double leadAccuracy() {
            return matched == 0 ? 0 : (double) leadRight / matched;
        }

        double deadlineAccuracy() {
            return dated == 0 ? 1 : (double) dateRight / dated;
        }

        String line() {
            return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  lead %.3f (%d/%d)  deadline %.3f (%d/%d)  [labels %d, proposals %d, matched %d]",
                    precision(), recall(), f1(), leadAccuracy(), leadRight, matched, deadlineAccuracy(), dateRight, dated,
                    labels, proposals, matched);
        }
    }

    record Document(String id, String split, String text, JsonNode label) {
    }

    private final DirectiveExtractor extractor = new DirectiveExtractor(new DeadlinePhraseParser());
    private final PartyDirectory directory = TestDirectory.demo();
    private final WeekendCalendar calendar = new WeekendCalendar();

    static List<Document> corpus(Path dir) throws IOException {
        var docs = new ArrayList<Document>();
        if (!Files.isDirectory(dir)) {
            return docs;
        }
        var json = JsonMapper.builder().build();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode label = json.readTree(Files.readString(p, StandardCharsets.UTF_8));
                String id = p.getFileName().toString().replaceFirst("\\.json$", "");
                Path txt = dir.resolve(id + ".txt");
                if (Files.exists(txt)) {
                    docs.add(new Document(id, label.path("split").asString("dev"), Files.readString(txt, StandardCharsets.UTF_8), label));
                }
            }
        }
        return docs;
    }

    Score score(Document doc) {
        LocalDate reference = doc.label().hasNonNull("issuedOn") ? LocalDate.parse(doc.label().get("issuedOn").asString())
                : LocalDate.of(2020, 1, 1);
        Extraction extraction = extractor.extract(doc.text(), directory, calendar, reference);
        // the issuer's inferred follow-up is no labelled task (README: what the issuer does itself)
        List<TaskProposal> proposals = extraction.tasks().stream().filter(t -> !t.inferred()).toList();
        List<JsonNode> labels = new ArrayList<>();
        doc.label().path("tasks").forEach(labels::add);
        var score = new Score();
        score.labels = labels.size();
        score.proposals = proposals.size();
        record Pair(int label, int proposal, int overlap) {
        }
        var pairs = new ArrayList<Pair>();
        for (int i = 0; i < labels.size(); i++) {
            int ls = labels.get(i).get("start").asInt();
            int le = labels.get(i).get("end").asInt();
            for (int j = 0; j < proposals.size(); j++) {
                int ps = proposals.get(j).span().start();
                int pe = proposals.get(j).span().end();
                int overlap = Math.min(le, pe) - Math.max(ls, ps);
                if (overlap > 0 && 2 * overlap >= le - ls && 2 * overlap >= pe - ps) {
                    pairs.add(new Pair(i, j, overlap));
                }
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::overlap).reversed());
        Set<Integer> usedLabels = new HashSet<>();
        Set<Integer> usedProposals = new HashSet<>();
        for (Pair pair : pairs) {
            if (usedLabels.contains(pair.label()) || usedProposals.contains(pair.proposal())) {
                continue;
            }
            usedLabels.add(pair.label());
            usedProposals.add(pair.proposal());
            score.matched++;
            JsonNode label = labels.get(pair.label());
            TaskProposal proposal = proposals.get(pair.proposal());
            Set<String> expected = new HashSet<>();
            label.path("lead").forEach(n -> expected.add(key(n.asString())));
            Set<String> actual = new HashSet<>();
            proposal.lead().forEach(p -> actual.add(key(p)));
            if (expected.equals(actual)) {
                score.leadRight++;
            } else if (VERBOSE) {
                System.out.println("  lead " + doc.id() + " " + expected + " ≠ " + actual + " | " + abbreviate(proposal.text()));
            }
            JsonNode date = label.get("deadline");
            if (date != null && !date.isNull() && !date.asString().isBlank()) {
                score.dated++;
                if (proposal.deadline().date() != null && proposal.deadline().date().toString().equals(date.asString())) {
                    score.dateRight++;
                } else if (VERBOSE) {
                    System.out.println("  date " + doc.id() + " " + date.asString() + " ≠ " + proposal.deadline().date() + " "
                            + proposal.deadline().text() + " | " + abbreviate(proposal.text()));
                }
            }
        }
        if (VERBOSE) {
            for (int i = 0; i < labels.size(); i++) {
                if (!usedLabels.contains(i)) {
                    System.out.println("  missed " + doc.id() + " | " + abbreviate(labels.get(i).get("quote").asString()));
                }
            }
            for (int j = 0; j < proposals.size(); j++) {
                if (!usedProposals.contains(j)) {
                    System.out.println("  extra " + doc.id() + " | " + abbreviate(proposals.get(j).text()));
                }
            }
        }
        return score;
    }

    private String key(Party party) {
        return party.matched() ? "=" + party.code() : key(party.text());
    }

    /** A name as the label writes it: the directory's entry when it names one, else folded. */
    String key(String name) {
        PartyDirectory.Entry entry = directory.find(name);
        if (entry != null) {
            return "=" + entry.code();
        }
        return PartyDirectory.key(name).replaceFirst("^(?:tung|cac) ", "");
    }

    /** Per document, then per split and overall; {@code splits} limits which documents are run. */
    List<String> report(List<Document> docs, Set<String> splits) {
        var out = new ArrayList<String>();
        var bySplit = new java.util.TreeMap<String, Score>();
        var byKind = new java.util.TreeMap<String, Score>();
        var all = new Score();
        for (Document doc : docs) {
            if (!splits.contains(doc.split())) {
                continue;
            }
            Score s = score(doc);
            out.add(String.format(Locale.ROOT, "%-40s %-8s %s", doc.id(), doc.split(), s.line()));
            bySplit.computeIfAbsent(doc.split(), k -> new Score()).add(s);
            byKind.computeIfAbsent(doc.label().path("kind").asString("OTHER") + " " + doc.split(), k -> new Score()).add(s);
            all.add(s);
        }
        byKind.forEach((kind, s) -> out.add(String.format(Locale.ROOT, "%-49s %s", "-- " + kind, s.line())));
        bySplit.forEach((split, s) -> out.add(String.format(Locale.ROOT, "%-49s %s", "== " + split, s.line())));
        out.add(String.format(Locale.ROOT, "%-49s %s", "== all", all.line()));
        return out;
    }

    Score total(List<Document> docs, String split) {
        var all = new Score();
        docs.stream().filter(d -> d.split().equals(split)).forEach(d -> all.add(score(d)));
        return all;
    }

    /** Arguments: [corpus directory] [splits, comma-separated; default dev,holdout]. */
    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : CORPUS;
        Set<String> splits = Set.of((args.length > 1 ? args[1] : "dev,holdout").split(","));
        new ExtractionScorer().report(corpus(dir), splits).forEach(System.out::println);
    }
}
