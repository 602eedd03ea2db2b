package vn.nhiemvu.shared;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Words as a code and its arguments, rendered from the message bundles ({@code messages.properties}, Vietnamese,
 * the default; {@code messages_en.properties}, English) in the reader's language: pages through Spring's
 * {@code MessageSource} and the templates' {@code #display.text}, the API, files and logs in Vietnamese by
 * {@link #vietnamese()}. Domain code (the evaluator, validators) returns these rather than sentences, so that it
 * stays plain Java and one sentence has one wording. A date comes as the text shown ("01/10/2020", the same in
 * both languages); a count as a number, which a message writes with {@code {0,number,#}} (no grouping) or, in English,
 * with a choice of singular and plural. Serializable, so that a flash message survives the redirect in the session.
 */
@JsonIgnoreProperties({ "codes", "arguments", "defaultMessage" })
public record Message(String code, List<Object> args) implements MessageSourceResolvable, Serializable {

    /** The language everyone reads unless they switch. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** The same files read the way Spring Boot reads them (UTF-8, no fallback to the machine's language). */
    private static final ResourceBundleMessageSource BUNDLES = bundles();

    public Message {
        // Not List.copyOf: an argument may be missing (a name not found), and a page shows it rather than failing.
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Message of(String code, Object... args) {
        return new Message(code, Arrays.asList(args));
    }

    /**
     * Words made elsewhere and shown as they are in either language: a value (a name, a number typed), or a sentence
     * another part still writes in Vietnamese.
     */
    public static Message text(String words) {
        return of("shared.text", words);
    }

    /**
     * The words one after another in the reader's language, at least one: {@code shared.list} ("a; b; c") or
     * {@code shared.list.comma} ("a, b, c").
     */
    public static Message joined(String list, List<Message> words) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("nothing to join");
        }
        Message joined = words.get(words.size() - 1);
        for (int i = words.size() - 2; i >= 0; i--) {
            joined = of(list, words.get(i), joined);
        }
        return joined;
    }

    /** The words in the given language, read from the bundles without Spring (outside a request's view). */
    public String in(Locale locale) {
        return BUNDLES.getMessage(this, locale);
    }

    /** The words in Vietnamese, for the API, files and logs. */
    public String vietnamese() {
        return BUNDLES.getMessage(this, VIETNAMESE);
    }

    @Override
    public String[] getCodes() {
        return new String[] { code };
    }

    @Override
    public Object[] getArguments() {
        return args.toArray();
    }

    /** The bundles as Spring Boot reads them, for code that words messages outside the application (tests). */
    public static MessageSource source() {
        return BUNDLES;
    }

    private static ResourceBundleMessageSource bundles() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
