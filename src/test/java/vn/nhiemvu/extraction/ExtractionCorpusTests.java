package vn.nhiemvu.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the hand-labelled extraction corpus ({@code src/test/resources/extraction/corpus}, rules in its
 * README.md) on its own, without Spring: every label points at the exact words of its document, so the scorer
 * can trust the spans. All problems are collected and reported together, one line each.
 */
class ExtractionCorpusTests {

    static final Path CORPUS = Path.of("src/test/resources/extraction/corpus");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> KINDS = Set.of("CHI_THI", "NGHI_QUYET", "QUYET_DINH", "CONG_VAN", "KE_HOACH",
            "THONG_BAO", "OTHER");
    private static final Set<String> SPLITS = Set.of("dev", "holdout");
    private static final Pattern NUMBER = Pattern.compile("\\d+(/\\d{4})?/[\\p{L}\\d&.-]+");
    private static final int MIN_DOCUMENTS = 20;

    @Test
    void everyDocumentHasItsTextAndLabelsAndTheCorpusIsBigEnough() throws IOException {
        Set<String> texts = stems(".txt");
        Set<String> labels = stems(".json");
        assertEquals(texts, labels, "each <id>.txt needs its <id>.json and the other way round");
        assertTrue(labels.size() >= MIN_DOCUMENTS, "at least " + MIN_DOCUMENTS + " documents, found " + labels.size());
    }

    @Test
    void labelsAreValidAndEveryQuoteIsTheTextAtItsSpan() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String id : stems(".json")) {
            checkDocument(id, problems);
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " problem(s):\n" + String.join("\n", problems));
        }
    }

    @Test
    void seedsAreForDevelopmentAndAboutAThirdOfTheRestIsHeldOut() throws IOException {
        int others = 0;
        int heldOut = 0;
        for (String id : stems(".json")) {
            JsonNode doc = JSON.readTree(CORPUS.resolve(id + ".json"));
            boolean seed = doc.path("source").asString("").startsWith("shared/seeds/");
            String split = doc.path("split").asString("");
            if (seed) {
                assertEquals("dev", split, id + ": the seeds are development documents");
            } else {
                others++;
                heldOut += "holdout".equals(split) ? 1 : 0;
            }
        }
        assertTrue(heldOut * 4 >= others && heldOut * 2 <= others,
                "about a third of the non-seed documents held out: " + heldOut + " of " + others);
    }

    private static void checkDocument(String id, List<String> problems) {
        String text = read(CORPUS.resolve(id + ".txt"));
        JsonNode doc = JSON.readTree(read(CORPUS.resolve(id + ".json")));
        String where = id + ": ";
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            problems.add(where + "text is not NFC");
        }
        if (text.indexOf('\r') >= 0) {
            problems.add(where + "text has carriage returns");
        }
        if (!id.equals(doc.path("id").asString(""))) {
            problems.add(where + "id differs from the file name");
        }
        for (String field : List.of("title", "source", "issuer")) {
            if (doc.path(field).asString("").isBlank()) {
                problems.add(where + field + " is missing");
            }
        }
        if (!KINDS.contains(doc.path("kind").asString(""))) {
            problems.add(where + "kind " + doc.path("kind") + " is not one of " + KINDS);
        }
        if (!SPLITS.contains(doc.path("split").asString(""))) {
            problems.add(where + "split " + doc.path("split") + " is not dev or holdout");
        }
        JsonNode number = doc.path("number");
        if (!number.isNull() && !NUMBER.matcher(number.asString("")).matches()) {
            problems.add(where + "number " + number + " is not like 75/CT-BTTTT");
        }
        checkDate(where + "issuedOn", doc.path("issuedOn"), problems);
        JsonNode tasks = doc.path("tasks");
        if (!tasks.isArray()) {
            problems.add(where + "tasks is not an array");
            return;
        }
        int previousEnd = 0;
        int index = 0;
        for (JsonNode task : tasks) {
            String at = where + "task " + index++ + ": ";
            previousEnd = checkTask(at, task, text, previousEnd, problems);
        }
    }

    /** Returns the end of this task's span, so that the next one can be checked not to overlap it. */
    private static int checkTask(String at, JsonNode task, String text, int previousEnd, List<String> problems) {
        String quote = task.path("quote").asString("");
        if (quote.isBlank() || !quote.strip().equals(quote)) {
            problems.add(at + "quote is empty or has surrounding spaces");
        }
        if (!task.path("start").isInt() || !task.path("end").isInt()) {
            problems.add(at + "start and end must be integers");
            return previousEnd;
        }
        int start = task.path("start").asInt();
        int end = task.path("end").asInt();
        if (start < previousEnd) {
            problems.add(at + "span starts at " + start + ", before the previous one ends at " + previousEnd);
        }
        if (start < 0 || end <= start || end > text.length()) {
            problems.add(at + "span " + start + ".." + end + " is outside the text");
            return previousEnd;
        }
        if (!text.substring(start, end).equals(quote)) {
            problems.add(at + "quote differs from the text at " + start + ".." + end);
        }
        List<String> lead = parties(at + "lead", task.path("lead"), problems);
        List<String> coordinating = parties(at + "coordinating", task.path("coordinating"), problems);
        if (lead.isEmpty()) {
            problems.add(at + "a task needs at least one lead party");
        }
        for (String party : coordinating) {
            if (lead.contains(party)) {
                problems.add(at + party + " is both lead and coordinating");
            }
        }
        checkDate(at + "deadline", task.path("deadline"), problems);
        JsonNode deadlineText = task.path("deadlineText");
        if (!deadlineText.isNull() && !text.contains(deadlineText.asString(""))) {
            problems.add(at + "deadlineText " + deadlineText + " is not in the text");
        }
        if (!task.path("deadline").isNull() && deadlineText.isNull()) {
            problems.add(at + "a deadline needs the words that give it");
        }
        return end;
    }

    private static List<String> parties(String at, JsonNode node, List<String> problems) {
        List<String> names = new ArrayList<>();
        if (!node.isArray()) {
            problems.add(at + " is not an array");
            return names;
        }
        for (JsonNode name : node) {
            String value = name.asString("");
            if (value.isBlank() || !value.strip().equals(value) || names.contains(value)) {
                problems.add(at + " has an empty, untrimmed or repeated name: " + name);
            }
            names.add(value);
        }
        return names;
    }

    private static void checkDate(String at, JsonNode node, List<String> problems) {
        if (node.isNull()) {
            return;
        }
        try {
            LocalDate.parse(node.asString(""));
        } catch (DateTimeParseException e) {
            problems.add(at + " " + node + " is not a YYYY-MM-DD date");
        }
    }

    private static Set<String> stems(String extension) throws IOException {
        assertTrue(Files.isDirectory(CORPUS), "run from the project directory: " + CORPUS.toAbsolutePath());
        Set<String> stems = new HashSet<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(extension))
                    .forEach(name -> stems.add(name.substring(0, name.length() - extension.length())));
        }
        assertFalse(stems.isEmpty(), "no " + extension + " files in " + CORPUS);
        return stems;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
