package vn.nhiemvu.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads a form a page sent back after refusing it: what each field holds now, and the message
 * beside a field (the {@code error-…} element of {@code templates/fragments/forms.html}).
 */
public final class TypedForm {

    private final Element form;

    private TypedForm(Element form) {
        this.form = form;
    }

    /** The form matched by {@code selector} (e.g. "#task-form") in the page. */
    public static TypedForm in(String html, String selector) {
        Element form = Jsoup.parse(html).selectFirst(selector);
        assertThat(form).as("a form " + selector + " in the page").isNotNull();
        return new TypedForm(form);
    }

    /** What the field holds: an input's value, a textarea's text, the chosen options of a select (joined by ","), a checked box's value. */
    public String value(String name) {
        var fields = form.select("[name=\"" + name + "\"]");
        assertThat(fields).as("a field " + name + " in the form").isNotEmpty();
        Element field = fields.first();
        return switch (field.tagName()) {
            case "textarea" -> field.wholeText();
            case "select" -> String.join(",", field.select("option[selected]").eachAttr("value"));
            default -> switch (field.attr("type")) {
                case "checkbox", "radio" -> String.join(",", fields.select("[checked]").eachAttr("value"));
                default -> field.val();
            };
        };
    }

    /** Each field holds what was typed into it. */
    public TypedForm keeps(Map<String, String> typed) {
        typed.forEach((name, value) -> assertThat(value(name)).as("the field " + name + " after the refusal")
                .isEqualTo(value));
        return this;
    }

    /** The message beside the field contains each of the words. */
    public TypedForm saysBeside(String field, String... words) {
        String id = "error-" + field.replaceAll("[\\[\\].]+", "-").replaceAll("-$", "");
        Element error = form.getElementById(id);
        assertThat(error).as("a message beside " + field + " (#" + id + ")").isNotNull();
        assertThat(error.text()).contains(words);
        return this;
    }

    /** The form's message above its fields contains each of the words. */
    public TypedForm saysAbove(String... words) {
        Element summary = form.selectFirst(".error-summary");
        assertThat(summary).as("the form's messages above its fields").isNotNull();
        assertThat(summary.text()).contains(words);
        return this;
    }
}
