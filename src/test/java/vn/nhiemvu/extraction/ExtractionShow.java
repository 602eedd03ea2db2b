package vn.nhiemvu.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import vn.nhiemvu.deadline.DeadlinePhraseParser;
import vn.nhiemvu.support.WeekendCalendar;

/** Prints what the extractor reads in the given files: a tool for looking at documents while working on rules. */
public final class ExtractionShow {

    public static void main(String[] args) throws IOException {
        var extractor = new DirectiveExtractor(new DeadlinePhraseParser());
        PartyDirectory directory = TestDirectory.demo();
        for (String file : args) {
            String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            Extraction e = extractor.extract(text, directory, new WeekendCalendar(), LocalDate.of(2020, 1, 1));
            System.out.println("##### " + file);
            System.out.println(e.document());
            for (var t : e.tasks()) {
                System.out.printf("- [%d,%d] %.2f %s%n    lead=%s coord=%s%n    deadline=%s %s %s product=%s%n", t.span().start(),
                        t.span().end(), t.confidence(), abbreviate(t.text()), t.lead().stream().map(p -> p.name() + (p.matched() ? "*" : "")).toList(),
                        t.coordinating().stream().map(p -> p.name() + (p.matched() ? "*" : "")).toList(), t.deadline().kind(),
                        t.deadline().date(), t.deadline().text(), t.product());
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 110 ? s.substring(0, 110) + "…" : s;
    }
}
