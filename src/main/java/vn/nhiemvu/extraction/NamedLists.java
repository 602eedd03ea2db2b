package vn.nhiemvu.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.nhiemvu.extraction.Extraction.Party;

/** Lists of bodies after a plural head and a colon, each body in full (issue 19): see {@link #named}. */
final class NamedLists {

    private final SourceText source;
    private final PartyDirectory directory;
    private final Parties parties;

    NamedLists(SourceText source, PartyDirectory directory, Parties parties) {
        this.source = source;
        this.directory = directory;
        this.parties = parties;
    }

    /** A plural head at the end of a phrase, with what comes before it: "các Bộ", "Ủy ban nhân dân các tỉnh", "các cơ quan". */
    private static final Pattern PLURAL_HEAD = Pattern.compile(
            "(?<prefix>.+\\s)?cac (?<head>bo|so|cuc|vu|ban|vien|tinh|thanh pho|co quan|don vi)");
    /** Names with a comma inside, which a list after "các Bộ:" must not cut. */
    private static final List<String> NAMES_WITH_COMMA = List.of("van hoa the thao va du lich",
            "khoa hoc cong nghe va moi truong");

    /**
     * "các Bộ: Công an, Tài chính, Tư pháp có ý kiến": a plural head and a colon name the bodies after it,
     * one per comma, each with the head ("Bộ Công an"); "Ủy ban nhân dân các tỉnh: Quảng Ninh, Lạng Sơn" gives
     * "Ủy ban nhân dân tỉnh Quảng Ninh", and so does "các tỉnh: Quảng Ninh" when the directory knows that
     * committee; "các cơ quan: Bộ Công an, Ngân hàng Nhà nước" lists full names. A last name with "và" is two
     * bodies only when the directory knows both and not the whole ("Nông nghiệp và Môi trường" is one ministry).
     */
    Parties.Phrase named(int start, int end, int limit) {
        String t = source.text();
        Matcher plural = PLURAL_HEAD.matcher(source.folded()).region(start, end);
        if (!plural.matches() || end >= limit || t.charAt(end) != ':') {
            return null;
        }
        String headWord = plural.group("head");
        String head = t.substring(plural.start("head"), plural.end("head"));
        boolean fullNames = headWord.equals("co quan") || headWord.equals("don vi");
        boolean place = headWord.equals("tinh") || headWord.equals("thanh pho");
        String prefix = plural.group("prefix") == null ? "" : Parties.clean(t.substring(plural.start("prefix"), plural.end("prefix"))) + " ";
        String named = place ? prefix + head.toLowerCase(java.util.Locale.ROOT) : Character.toUpperCase(head.charAt(0)) + head.substring(1);
        int p = parties.skipSpaces(end + 1, limit);
        int listEnd = p;
        // the names run up to the predicate ("có ý kiến", "báo cáo") or a punctuation mark other than a comma
        for (int words = 0; p < limit && words < 60; words++) {
            int w = p;
            while (w < limit && (Character.isLetterOrDigit(t.charAt(w)) || "&-–".indexOf(t.charAt(w)) >= 0)) {
                w++;
            }
            if (w == p || parties.startsVerb(p, limit) && !parties.nameGoesOn(p)) {
                break;
            }
            listEnd = w;
            p = w;
            while (p < limit && (t.charAt(p) == ' ' || t.charAt(p) == ',' || (t.charAt(p) == '-' || t.charAt(p) == '–')
                    && p + 1 < limit && t.charAt(p + 1) == ' ')) {
                p++;
            }
        }
        if (listEnd <= end + 1) {
            return null;
        }
        var found = new ArrayList<Party>();
        for (String name : joinNamesWithComma(t.substring(end + 1, listEnd).split(","))) {
            // "Lao động-Thương binh và Xã hội" as the ministry is written: "Lao động - Thương binh và Xã hội"
            String n = Parties.clean(name).replaceAll("(\\p{L})\\s*[-–]\\s*(\\p{Lu})", "$1 - $2");
            if (n.isEmpty()) {
                continue;
            }
            if (fullNames) {
                found.add(directory.resolve(n));
                continue;
            }
            String[] halves = n.split(" và ");
            // no province or city is named with "và": "Cao Bằng và Lào Cai" are two
            boolean two = halves.length == 2 && (place || directory.find(named + " " + n) == null
                    && directory.find(named + " " + halves[0]) != null && directory.find(named + " " + halves[1]) != null);
            for (String part : two ? halves : new String[] { n }) {
                String body = part.strip();
                boolean headed = PartyDirectory.key(body).startsWith(PartyDirectory.key(head) + " ");
                Party party = directory.resolve(headed ? body : named + " " + body);
                found.add(place && prefix.isEmpty() ? committeeOf(party) : party);
            }
        }
        boolean byVerb = p < limit && parties.startsVerb(p, limit);
        return new Parties.Phrase(start, listEnd, found, byVerb);
    }

    /**
     * "Giao các tỉnh: Bình Dương, …": a province is asked through its people's committee, the body the directory knows
     * ("Ủy ban nhân dân tỉnh Bình Dương"); the words stay those of the text.
     */
    private Party committeeOf(Party place) {
        if (place.matched()) {
            return place;
        }
        Party committee = directory.resolve("Ủy ban nhân dân " + place.name());
        return committee.matched() ? new Party(committee.name(), place.text(), committee.unitId(), committee.code()) : place;
    }

    /** "Văn hóa", "Thể thao và Du lịch" back into the one ministry they name. */
    private static List<String> joinNamesWithComma(String[] names) {
        var joined = new ArrayList<String>();
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            if (i + 1 < names.length && NAMES_WITH_COMMA.contains(PartyDirectory.key(name + " " + names[i + 1]))) {
                name = name + "," + names[++i];
            }
            joined.add(name);
        }
        return joined;
    }
}
