package vn.nhiemvu.extraction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.nhiemvu.extraction.Extraction.Party;

/**
 * The parties the extractor can recognise by name: the units of the user's agency and the
 * agencies of the directory, each with its name, code and aliases. Names are compared folded (no
 * diacritics, lower case, đ as d, "&" and "-" as written), so "Van phong Bo" finds Văn phòng Bộ;
 * codes are compared as written, in capitals ("CĐSQG"), since a lower-case "pc" is a word.
 */
public final class PartyDirectory {

    /** @param unitId null for an agency */
    public record Entry(Long unitId, String code, String name, Collection<String> aliases) {
    }

    private record Form(String folded, Entry entry) {
    }

    private static final Pattern PUNCT = Pattern.compile("[\\s,;:.()\"“”]+");

    private final List<Form> names = new ArrayList<>();
    private final List<Form> codes = new ArrayList<>();
    /** The names by their first letter, longest first: a lookup at each word must stay cheap. */
    private final java.util.Map<Character, List<Form>> byFirst = new java.util.HashMap<>();

    public PartyDirectory(Collection<Entry> entries) {
        for (Entry entry : entries) {
            names.add(new Form(key(entry.name()), entry));
            for (String alias : entry.aliases()) {
                if (isCode(alias)) {
                    codes.add(new Form(alias, entry));
                } else {
                    names.add(new Form(key(alias), entry));
                }
            }
            if (entry.code() != null && entry.code().length() >= 3) {
                codes.add(new Form(entry.code(), entry));
            }
        }
        // the longest form first, so "Văn phòng Chính phủ" wins over "Văn phòng"
        names.sort(Comparator.comparingInt((Form f) -> -f.folded().length()));
        codes.sort(Comparator.comparingInt((Form f) -> -f.folded().length()));
        for (Form name : names) {
            if (!name.folded().isEmpty()) {
                byFirst.computeIfAbsent(name.folded().charAt(0), k -> new ArrayList<>()).add(name);
            }
        }
    }

    public static PartyDirectory empty() {
        return new PartyDirectory(List.of());
    }

    private static boolean isCode(String alias) {
        return !alias.contains(" ") && alias.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** A name folded for comparison: no diacritics, lower case, single spaces, no outer punctuation. */
    static String key(String name) {
        String folded = SourceText.fold(name.strip()).toLowerCase(Locale.ROOT).replace('–', '-');
        return PUNCT.matcher(folded).replaceAll(" ").strip();
    }

    /** The party these words name: the directory's entry when they name one, else the words themselves. */
    public Party resolve(String words) {
        String cleaned = words.strip();
        Entry entry = find(cleaned);
        if (entry == null) {
            return new Party(cleaned, cleaned, null, null);
        }
        return new Party(entry.name(), cleaned, entry.unitId(), entry.code());
    }

    /** The entry these words name, exactly (after folding), or null. */
    Entry find(String words) {
        String stripped = words.strip();
        for (Form code : codes) {
            if (code.folded().equals(stripped) || stripped.endsWith(" " + code.folded())
                    && key(stripped.substring(0, stripped.length() - code.folded().length())).matches("(cuc|vu|ban|trung tam|vien)")) {
                return code.entry();
            }
        }
        String k = key(stripped);
        for (Form name : names) {
            if (name.folded().equals(k)) {
                return name.entry();
            }
        }
        return null;
    }

    /**
     * The length of the longest directory name that starts {@code folded} at {@code from} and ends at
     * a word boundary, or 0. Used to keep a name whole where its own words would end a party
     * ("Bộ Kế hoạch và Đầu tư").
     */
    int nameAt(String folded, int from) {
        if (from >= folded.length() || from > 0 && Character.isLetterOrDigit(folded.charAt(from - 1))) {
            return 0;
        }
        for (Form name : byFirst.getOrDefault(folded.charAt(from), List.of())) {
            String f = name.folded();
            if (folded.startsWith(f, from)) {
                int end = from + f.length();
                if (end == folded.length() || !Character.isLetterOrDigit(folded.charAt(end))) {
                    return f.length();
                }
            }
        }
        return 0;
    }
}
