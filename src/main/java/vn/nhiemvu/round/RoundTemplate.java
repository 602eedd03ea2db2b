package vn.nhiemvu.round;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.Text;

/**
 * What a round asks for: one or more tables whose columns the organiser defines. {@link #checked} refuses a template
 * that no answer could fill sensibly, naming every problem at once: no table, a table without columns, two columns
 * with one key or one heading (folded, so "Thời gian" and "thoi gian" are the same heading), a key that is not a
 * plain identifier, a choice column without choices or with a blank or repeated one, choices on a column of another
 * type.
 */
public record RoundTemplate(List<TemplateTable> tables) {

    static final int MAX_TABLES = 10;
    static final int MAX_COLUMNS = 30;
    static final int MAX_CHOICES = 100;
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    public RoundTemplate {
        tables = tables == null ? List.of() : List.copyOf(tables);
    }

    /** The template if it is sound, else {@link InvalidInputException} listing every problem. */
    public static RoundTemplate checked(List<TemplateTable> tables) {
        var template = new RoundTemplate(tables);
        var errors = new InvalidInputException.Collector();
        template.check(errors);
        errors.throwIfAny();
        return template;
    }

    /** Adds every problem of the template to the errors (with the rest of a form's). */
    public void check(InvalidInputException.Collector errors) {
        if (tables.isEmpty()) {
            errors.add("template", Message.of("invalid.round.template.tables.required"));
        }
        if (tables.size() > MAX_TABLES) {
            errors.add("template", Message.of("invalid.round.template.tables.too-many", tables.size(), MAX_TABLES));
        }
        for (int t = 0; t < tables.size(); t++) {
            TemplateTable table = tables.get(t);
            String at = "template.tables[" + t + "]";
            Message name = Message.of("round.table", t + 1);
            if (table.title().isEmpty()) {
                errors.add(at + ".title", Message.of("invalid.round.table.title.required", name));
            }
            if (table.columns().isEmpty()) {
                errors.add(at + ".columns", Message.of("invalid.round.table.columns.required", name));
            }
            if (table.columns().size() > MAX_COLUMNS) {
                errors.add(at + ".columns", Message.of("invalid.round.table.columns.too-many", name, table.columns().size(), MAX_COLUMNS));
            }
            Set<String> keys = new HashSet<>();
            Set<String> labels = new HashSet<>();
            for (int c = 0; c < table.columns().size(); c++) {
                checkColumn(table.columns().get(c), at + ".columns[" + c + "]", Message.of("round.table.column", name, c + 1), keys,
                        labels, errors);
            }
        }
    }

    private static void checkColumn(TemplateColumn column, String at, Message name, Set<String> keys,
            Set<String> labels, InvalidInputException.Collector errors) {
        if (!KEY.matcher(column.key()).matches()) {
            errors.add(at + ".key", Message.of("invalid.round.column.key.invalid", name, column.key()));
        } else if (!keys.add(column.key())) {
            errors.add(at + ".key", Message.of("invalid.round.column.key.repeated", name, column.key()));
        }
        if (column.label().isEmpty()) {
            errors.add(at + ".label", Message.of("invalid.round.column.label.required", name));
        } else if (!labels.add(Text.fold(column.label()))) {
            errors.add(at + ".label", Message.of("invalid.round.column.label.repeated", name, column.label()));
        }
        if (column.type() == null) {
            errors.add(at + ".type", Message.of("invalid.round.column.type.required", name));
            return;
        }
        if (column.type() != ColumnType.CHOICE) {
            if (!column.choices().isEmpty()) {
                errors.add(at + ".choices", Message.of("invalid.round.column.choices.not-a-choice", name));
            }
            return;
        }
        if (column.choices().isEmpty()) {
            errors.add(at + ".choices", Message.of("invalid.round.column.choices.required", name));
        }
        if (column.choices().size() > MAX_CHOICES) {
            errors.add(at + ".choices", Message.of("invalid.round.column.choices.too-many", name, MAX_CHOICES));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < column.choices().size(); i++) {
            String choice = column.choices().get(i);
            if (choice.isEmpty()) {
                errors.add(at + ".choices[" + i + "]", Message.of("invalid.round.column.choice.empty", name, (i + 1)));
            } else if (!seen.add(Text.fold(choice))) {
                errors.add(at + ".choices[" + i + "]", Message.of("invalid.round.column.choice.repeated", name, choice));
            }
        }
    }
}
