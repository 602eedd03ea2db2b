package vn.nhiemvu.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.nhiemvu.extraction.Extraction.Party;

/**
 * Finds the parties a clause names. A party phrase starts with an organisation's head word ("Bộ",
 * "Ủy ban", "Vụ", "Cục", "các cơ quan"…, "Thủ trưởng", "Chủ tịch"…) or a directory name, and runs to
 * the first predicate word written in lower case ("chủ trì", "triển khai", "có trách nhiệm"…) or to
 * punctuation that ends a clause. It may list several parties: a comma or "và" starts a new one
 * only when a head word or a directory name follows ("Bộ Kế hoạch và Đầu tư" stays one, "các bộ,
 * cơ quan ngang bộ" stays one group).
 */
final class Parties {

    /** Where a phrase is and the parties it lists; {@code byVerb}: it ended at a predicate, not at punctuation. */
    record Phrase(int start, int end, List<Party> parties, boolean byVerb) {
    }

    private static final String[] HEADS = { "cac bo", "cac co quan", "cac don vi", "cac dia phuong", "cac vu", "cac cuc",
            "cac tinh", "cac thanh vien", "cac so", "cac tap doan", "cac doanh nghiep", "cac hiep hoi", "cac ban",
            "cac dai", "cac bao", "cac to chuc", "cac trung tam", "cac vien", "cac truong", "cac thu truong", "cac dong chi",
            "bo", "co quan", "don vi", "uy ban", "ubnd", "van phong", "vu", "cuc", "vien", "trung tam", "so", "thanh tra",
            "hoi dong", "ban", "tong cuc", "ngan hang", "dai", "hoc vien", "thong tan xa", "kiem toan", "toa an", "tap doan",
            "tong cong ty", "tong lien doan", "hiep hoi", "thu truong", "bo truong", "chu tich", "nguoi dung dau", "lanh dao", "giam doc",
            "cuc truong", "vu truong", "chanh van phong", "chanh thanh tra", "mat tran", "quoc hoi", "chinh phu", "thu tuong",
            "pho thu tuong", "to cong tac", "tong bien tap", "bao", "cong an", "bo chi huy", "hdnd", "ubtvqh" };

    /** Short heads whose folded form is also a common word: they count only with their own accents. */
    private static final java.util.Map<String, String> ACCENTED = java.util.Map.of("bo", "bộ", "so", "sở", "dai", "đài",
            "bao", "báo", "vu", "vụ", "cuc", "cục", "vien", "viện", "ban", "ban");

    /** Words after "Bộ" or "Ban" that make them things, not parties ("bộ máy", "ban hành"). */
    private static final Pattern NOT_A_PARTY = Pattern.compile("(?:(?:bo|ban) (?:may|phan|chi so|tieu chi|cong cu|hanh|quy tac)|bao cao|so lieu|vien chuc|dai dien)(?![a-z])");

    /** Words that begin the predicate after a party, with their accents (matched only in lower case). */
    private static final String[] VERBS = { "chủ trì", "phối hợp", "chủ động", "tập trung", "khẩn trương", "tiếp tục",
            "triển khai", "thực hiện", "hoàn thành", "xây dựng", "nghiên cứu", "chỉ đạo", "hướng dẫn", "tổ chức", "rà soát",
            "đẩy mạnh", "đẩy nhanh", "tăng cường", "bảo đảm", "đảm bảo", "có trách nhiệm", "chịu trách nhiệm", "nghiêm túc",
            "quán triệt", "theo dõi", "đôn đốc", "kiểm tra", "trực tiếp", "thường xuyên", "cần", "phải", "được", "là",
            "ban hành", "trình", "báo cáo", "tham mưu", "theo", "ưu tiên", "bố trí", "đề xuất", "phổ biến", "giao", "cập nhật",
            "kết nối", "tích hợp", "chuẩn hóa", "chuẩn hoá", "điện tử hóa", "hỗ trợ", "phát triển", "phát động", "thu hút",
            "kiện toàn", "sắp xếp", "tham gia", "thẩm định", "tổng hợp", "gửi", "lập", "cung cấp", "phân công", "huy động",
            "đánh giá", "xử lý", "thực thi", "khắc phục", "nâng cao", "tuyên truyền", "phê duyệt", "sửa đổi", "bổ sung",
            "thành lập", "tiếp nhận", "áp dụng", "vận hành", "quản lý", "giám sát", "công bố", "đổi mới", "cắt giảm",
            "thúc đẩy", "làm", "chuẩn bị", "điều chỉnh", "hoàn thiện", "tổng kết", "sơ kết", "khảo sát", "xác định", "duy trì",
            "tạo", "liên hệ", "kiểm soát", "chấn chỉnh", "đề nghị", "yêu cầu", "sẽ", "đã", "để", "trong", "nhằm", "cử", "ký",
            "đăng ký", "nhận được", "quyết liệt", "sau khi", "tại", "khi", "nếu", "có", "vào", "tiến hành", "mở", "cải cách", "nắm",
            "tiếp thu", "lựa chọn", "đăng tải", "thông báo", "phân bổ", "phân tích", "điều hành", "định kỳ", "hằng năm",
            "hàng năm", "hằng tháng", "hàng tháng", "hằng quý", "mời", "thi hành", "trả lời", "xem xét", "tuyệt đối", "chịu",
            "đưa", "mua", "thuê", "góp ý", "lấy ý kiến", "tuân thủ", "từ", "trước", "chậm nhất", "nghiêm", "ngay", "sớm",
            "kịp thời", "rút kinh nghiệm", "quy định", "căn cứ", "dựa trên", "cùng", "với", "gấp", "khẩn", "tích cực" };
    private static final String[] VERBS_FOLDED = java.util.Arrays.stream(VERBS).map(SourceText::fold).toArray(String[]::new);
    /** Indexes of the verbs and heads by their first folded letter: every word is tested, so the test must be cheap. */
    private static final java.util.Map<Character, int[]> VERBS_BY_FIRST = byFirst(VERBS_FOLDED);
    private static final java.util.Map<Character, int[]> HEADS_BY_FIRST = byFirst(HEADS);

    private static java.util.Map<Character, int[]> byFirst(String[] words) {
        var map = new java.util.HashMap<Character, int[]>();
        for (int i = 0; i < words.length; i++) {
            int[] old = map.getOrDefault(words[i].charAt(0), new int[0]);
            int[] grown = java.util.Arrays.copyOf(old, old.length + 1);
            grown[old.length] = i;
            map.put(words[i].charAt(0), grown);
        }
        return map;
    }

    private static final Pattern COORDINATION = Pattern.compile(
            "phoi hop(?:,? trao doi|,? ho tro| chat che| thuong xuyen)?(?: voi| cung)?\\s+");

    private final SourceText source;
    private final PartyDirectory directory;
    private final NamedLists lists;

    Parties(SourceText source, PartyDirectory directory) {
        this.source = source;
        this.directory = directory;
        this.lists = new NamedLists(source, directory, this);
    }

    /** The party phrase that starts at {@code from} (after "Giao", "Đề nghị", "Từng"…), or null. */
    Phrase at(int from, int limit) {
        String f = source.folded();
        String t = source.text();
        int p = skipSpaces(from, limit);
        p = skipWord(p, limit, "giao", "phan cong", "de nghi", "yeu cau", "tung", "doi voi", "rieng", "voi");
        p = skipSpaces(p, limit);
        if (p >= limit) {
            return null;
        }
        int start = p;
        if (directory.nameAt(f, p) == 0 && !isHead(p, limit)) {
            return null;
        }
        int words = 0;
        boolean byVerb = false;
        int end = start;
        while (p < limit && words < 30) {
            int name = directory.nameAt(f, p);
            if (name > 0 && p + name <= limit) {
                p += name;
                end = p;
                words++;
            } else {
                if (p > start && startsVerb(p, limit) && !nameGoesOn(p) && !institutionNameGoesOn(start, p, limit)) {
                    byVerb = true;
                    break;
                }
                int w = p;
                while (w < limit && (Character.isLetterOrDigit(t.charAt(w)) || "&-–/'".indexOf(t.charAt(w)) >= 0)) {
                    w++;
                }
                if (w == p) {
                    break;
                }
                p = w;
                end = p;
                words++;
            }
            // between words: spaces and commas continue the phrase, other punctuation ends it
            int q = p;
            while (q < limit && (t.charAt(q) == ' ' || t.charAt(q) == ',')) {
                q++;
            }
            // "Bộ Lao động - Thương binh và Xã hội": a spaced dash joins two capitalised parts of one name
            if (q + 2 < limit && (t.charAt(q) == '-' || t.charAt(q) == '–') && t.charAt(q + 1) == ' '
                    && Character.isUpperCase(t.charAt(q + 2))) {
                q += 2;
            }
            if (q < limit && !Character.isLetterOrDigit(t.charAt(q))) {
                break;
            }
            p = q;
        }
        if (words == 0 || words >= 30) {
            return null;
        }
        Phrase listed = lists.named(start, end, limit);
        return listed != null ? listed : new Phrase(start, end, split(start, end), byVerb);
    }

    /** Heads of institutions whose names hold verbs: "Viện Nghiên cứu phát triển Thành phố", "Trung tâm Hỗ trợ …". */
    private static final Pattern INSTITUTION = Pattern.compile("(?:cac )?(?:vien|trung tam|hoc vien|truong|quy|ban quan ly) ");

    /**
     * In an institution's name, a verb followed by a capitalised word that starts no party is part of the name
     * ("Viện Nghiên cứu phát triển Thành phố chuẩn bị …"): the predicate is the next verb. The institution is the
     * name the word is in, also when it is not the first of a list ("Văn phòng Bộ, Viện Nghiên cứu phát triển …").
     */
    private boolean institutionNameGoesOn(int start, int p, int limit) {
        String t = source.text();
        String f = source.folded();
        int name = Math.max(Math.max(t.lastIndexOf(',', p - 1), t.lastIndexOf(';', p - 1)) + 1,
                f.lastIndexOf(" va ", p - 1) + 4);
        if (!INSTITUTION.matcher(f).region(skipSpaces(Math.max(start, name), p), limit).lookingAt()) {
            return false;
        }
        int q = p;
        while (q < limit && (Character.isLetter(t.charAt(q)) && Character.isLowerCase(t.charAt(q)) || t.charAt(q) == ' ')) {
            q++;
        }
        return q < limit && q > p && Character.isUpperCase(t.charAt(q)) && t.charAt(q - 1) == ' ' && !isHead(q, limit)
                && directory.nameAt(source.folded(), q) == 0 && q - p <= 20;
    }

    /** A word that reads as a predicate but belongs to a name: "giao" after "Ngoại" (Bộ Ngoại giao), "tạo" after "Đào". */
    boolean nameGoesOn(int p) {
        String f = source.folded();
        return f.startsWith("giao", p) && p >= 6 && f.startsWith("ngoai ", p - 6)
                || f.startsWith("tao", p) && p >= 4 && f.startsWith("dao ", p - 4) && Character.isUpperCase(source.text().charAt(p - 4));
    }

    /** The coordinating parties after "phối hợp với" in [from, limit), or none. */
    List<Party> coordinating(int from, int limit) {
        Matcher m = COORDINATION.matcher(source.folded()).region(from, limit);
        while (m.find()) {
            Phrase phrase = at(m.end(), limit);
            if (phrase != null) {
                return phrase.parties();
            }
        }
        return List.of();
    }

    /** The parties of a list written in a table cell or after "Chủ trì:" — every comma-separated name. */
    List<Party> list(int from, int limit) {
        var parties = new ArrayList<Party>();
        int semicolon = source.text().indexOf(';', from);
        if (semicolon >= 0 && semicolon < limit) {
            parties.addAll(list(from, semicolon));
            parties.addAll(list(semicolon + 1, limit));
            return parties;
        }
        Phrase phrase = at(from, limit);
        if (phrase != null) {
            parties.addAll(phrase.parties());
        } else {
            String words = clean(source.text().substring(from, limit));
            if (!words.isEmpty()) {
                parties.add(directory.resolve(words));
            }
        }
        return parties;
    }

    private List<Party> split(int start, int end) {
        String t = source.text();
        String f = source.folded();
        var parties = new ArrayList<Party>();
        int partStart = start;
        int p = start;
        while (p < end) {
            int name = directory.nameAt(f, p);
            if (name > 0) {
                p += name;
                continue;
            }
            char c = t.charAt(p);
            int next = -1;
            if (c == ',') {
                next = skipSpaces(p + 1, end);
            } else if (c == ' ' && (f.startsWith(" va ", p) || f.startsWith(" cung ", p))) {
                next = skipSpaces(p + (f.startsWith(" va ", p) ? 4 : 6), end);
            }
            if (next > 0 && next < end && startsParty(next, end) && !isBareHead(partStart, p)) {
                addPart(parties, partStart, p);
                partStart = next;
                p = next;
                continue;
            }
            p++;
        }
        addPart(parties, partStart, end);
        return parties;
    }

    /** The title of a body's head, dropped when the body follows: "Chủ tịch Ủy ban nhân dân cấp tỉnh" → the committee. */
    private static final Pattern TITLE = Pattern.compile(
            "^(?:thu truong|chu tich|giam doc|tong giam doc|nguoi dung dau|lanh dao|truong)(?: cac)? ");

    private void addPart(List<Party> parties, int from, int to) {
        Matcher title = TITLE.matcher(source.folded()).region(from, to);
        if (title.lookingAt() && title.end() < to && isHead(title.end(), to)) {
            from = title.end();
        }
        String words = clean(source.text().substring(from, to));
        if (!words.isEmpty()) {
            parties.add(directory.resolve(words));
        }
    }

    /** A new party starts here: a capitalised head word, "các" + head, or a directory name. */
    private boolean startsParty(int p, int limit) {
        if (directory.nameAt(source.folded(), p) > 0) {
            return true;
        }
        if (source.folded().startsWith("cac ", p) && p + 4 < limit
                && (isHead(p + 4, limit) || directory.nameAt(source.folded(), p + 4) > 0)) {
            return true;
        }
        return isHead(p, limit) && Character.isUpperCase(source.text().charAt(p));
    }

    /** "các Vụ" in "các Vụ, Cục quản lý chuyên ngành": a head alone shares the name that follows. */
    private boolean isBareHead(int from, int to) {
        String part = PartyDirectory.key(source.text().substring(from, to)).replaceFirst("^cac ", "");
        if (TITLE.matcher(part + " ").lookingAt() || part.equals("bo truong") || part.equals("thu truong")
                || directory.find(source.text().substring(from, to)) != null) {
            return false;
        }
        for (String head : HEADS) {
            if (head.equals(part)) {
                return true;
            }
        }
        return false;
    }

    private boolean isHead(int p, int limit) {
        int[] candidates = HEADS_BY_FIRST.get(source.folded().charAt(p));
        if (candidates == null || NOT_A_PARTY.matcher(source.folded()).region(p, limit).lookingAt()) {
            return false;
        }
        for (int i : candidates) {
            String head = HEADS[i];
            if (wordAt(p, limit, head)) {
                String accented = ACCENTED.get(head);
                // "Ban" alone names a board only with its capital: "họp giao ban" is a meeting
                boolean capital = !head.equals("ban") || Character.isUpperCase(source.text().charAt(p));
                return capital && (accented == null
                        || source.text().regionMatches(true, p, accented, 0, accented.length()));
            }
        }
        return false;
    }

    boolean startsVerb(int p, int limit) {
        if (!Character.isLowerCase(source.text().charAt(p))) {
            return false;
        }
        for (int i : VERBS_BY_FIRST.getOrDefault(source.folded().charAt(p), new int[0])) {
            if (wordAt(p, limit, VERBS_FOLDED[i]) && source.text().regionMatches(true, p, VERBS[i], 0, VERBS[i].length())) {
                return true;
            }
        }
        return false;
    }

    boolean wordAt(int p, int limit, String word) {
        String f = source.folded();
        if (!f.startsWith(word, p) || p + word.length() > limit) {
            return false;
        }
        int after = p + word.length();
        return (after >= f.length() || !Character.isLetterOrDigit(f.charAt(after)))
                && (p == 0 || !Character.isLetterOrDigit(f.charAt(p - 1)));
    }

    private int skipWord(int p, int limit, String... words) {
        for (String word : words) {
            if (wordAt(p, limit, word)) {
                return p + word.length();
            }
        }
        return p;
    }

    int skipSpaces(int p, int limit) {
        String t = source.text();
        while (p < limit && (t.charAt(p) == ' ' || t.charAt(p) == '\t' || t.charAt(p) == ',')) {
            p++;
        }
        return p;
    }

    /** The words of a party as a name: single spaces, no outer punctuation, no trailing "có liên quan"-free tail. */
    static String clean(String words) {
        String s = words.replaceAll("\\s+", " ").strip();
        s = s.replaceAll("^[-–+•·,;:.\\s]+|[,;:.\\s]+$", "");
        s = s.replaceAll("(?i)^(và|cùng)\\s+", "");
        return s.strip();
    }
}
