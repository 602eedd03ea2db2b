package vn.nhiemvu.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.nhiemvu.directive.DirectiveKind;
import vn.nhiemvu.extraction.Extraction.DocumentInfo;
import vn.nhiemvu.extraction.Extraction.Party;
import vn.nhiemvu.extraction.Outline.Line;

/**
 * Reads the header and the signature block of a document as Nghị định 30/2020/NĐ-CP lays them out:
 * issuer, "Số: 75/CT-BTTTT", place and date ("Hà Nội, ngày 03 tháng 11 năm 2020"), the kind in
 * capitals ("CHỈ THỊ") with its subject below or "V/v …", "Kính gửi:" with its list, and at the
 * end the signing capacity ("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG") above the signer's name. Lines it uses
 * are reported, so that they are never read as tasks.
 */
final class MetadataReader {

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d])Số\\s*:\\s*(\\d{0,5}(?:/\\d{4})?)\\s*/\\s*([A-ZĐ][A-ZĐa-z0-9&]*(?:-[A-ZĐa-z0-9&]+)*)(?![\\p{Ll}])");
    /** "Công văn 50/BTTTT-CĐSQG", "Chỉ thị số 75/CT-BTTTT" in a page's title, when the header has no "Số:". */
    private static final Pattern TITLE_NUMBER = Pattern.compile(
            "(?i:chỉ thị|nghị quyết|quyết định|công văn|kế hoạch|thông báo|công điện|chương trình)\\s+(?:số\\s+)?"
                    + "(\\d{1,5}(?:/\\d{4})?/[A-ZĐ][A-ZĐa-z0-9&]*(?:-[A-ZĐa-z0-9&]+)*)(?![\\p{Ll}])");
    /** The place's words stay on the date's line: "… của Tỉnh" ending the line above is not part of "Hà Nội". */
    private static final Pattern PLACE_DATE = Pattern.compile(
            "((?:TP\\.\\s*)?\\p{Lu}\\p{Ll}+(?:[ \\t]+\\p{Lu}\\p{Ll}+){0,3})\\s*,\\s*ngày\\s+(\\d{1,2}|\\s*)\\s*tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})");
    private static final Pattern KIND_HEADING = Pattern.compile(
            "(?:^|(?<=\\d{4}\\s{1,9}))(CHỈ THỊ|NGHỊ QUYẾT|QUYẾT ĐỊNH|KẾ HOẠCH|THÔNG BÁO KẾT LUẬN|THÔNG BÁO|CÔNG ĐIỆN"
                    + "|CHƯƠNG TRÌNH(?: HÀNH ĐỘNG)?)(?![\\p{L}])\\s*(.*)$");
    private static final Pattern SUBJECT = Pattern.compile("^(?:V/v|V/V|Về việc)\\s*:?\\s*(.+)$");
    private static final Pattern ADDRESSEES = Pattern.compile("^Kính\\s+gửi\\s*:?\\s*(.*)$");
    private static final Pattern CAPACITY = Pattern.compile(
            "^(?:(?:KT|TM|TL|TUQ|Q|Q\\.)\\.?\\s+)?(?:BỘ TRƯỞNG|THỨ TRƯỞNG|THỦ TƯỚNG|PHÓ THỦ TƯỚNG|CHÍNH PHỦ|CHỦ TỊCH|PHÓ CHỦ TỊCH"
                    + "|CHÁNH VĂN PHÒNG|PHÓ CHÁNH VĂN PHÒNG|CỤC TRƯỞNG|PHÓ CỤC TRƯỞNG|VỤ TRƯỞNG|PHÓ VỤ TRƯỞNG|GIÁM ĐỐC|PHÓ GIÁM ĐỐC"
                    + "|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|BỘ THÔNG TIN VÀ TRUYỀN THÔNG|BAN CHỈ ĐẠO|TRƯỞNG BAN|PHÓ TRƯỞNG BAN"
                    + "|CHÁNH THANH TRA|TỔNG CỤC TRƯỞNG|THỦ TRƯỞNG)(?:[\\s\\p{Lu},.]*)$");
    private static final Pattern PERSON = Pattern.compile("^(?:\\p{Lu}\\p{Ll}*)(?:\\s+\\p{Lu}\\p{Ll}*){1,4}$");
    private static final Pattern REFERENCE = Pattern.compile(
            "(?<![\\p{L}\\d/])(\\d{1,5}(?:/\\d{4})?/[A-ZĐ][A-ZĐa-z0-9&]*(?:-[A-ZĐa-z0-9&]+)+)(?![\\p{Ll}\\d])");
    static final Pattern END_OF_BODY = Pattern.compile(
            "^(?:Nơi\\s+nhận|Trân\\s+trọng|(?:KT|TM|TL|TUQ)\\.\\s+\\p{Lu}|\\[\\d+]|Tải về)");

    private static final Map<String, DirectiveKind> KIND_CODES = Map.ofEntries(Map.entry("CT", DirectiveKind.CHI_THI),
            Map.entry("NQ", DirectiveKind.NGHI_QUYET), Map.entry("QĐ", DirectiveKind.QUYET_DINH),
            Map.entry("QD", DirectiveKind.QUYET_DINH), Map.entry("KH", DirectiveKind.KE_HOACH),
            Map.entry("TB", DirectiveKind.THONG_BAO), Map.entry("CĐ", DirectiveKind.CONG_DIEN),
            Map.entry("CTr", DirectiveKind.CHUONG_TRINH), Map.entry("CTR", DirectiveKind.CHUONG_TRINH),
            Map.entry("KL", DirectiveKind.THONG_BAO_KET_LUAN), Map.entry("NĐ", DirectiveKind.OTHER),
            Map.entry("TT", DirectiveKind.OTHER), Map.entry("BC", DirectiveKind.OTHER), Map.entry("TTr", DirectiveKind.OTHER),
            Map.entry("HD", DirectiveKind.OTHER), Map.entry("L", DirectiveKind.OTHER));

    private final SourceText source;
    private final Outline outline;
    private final PartyDirectory directory;
    private final Parties parties;
    /** Lines of the header and signature: never tasks. */
    final Set<Integer> used = new java.util.HashSet<>();
    /** The first line after the signature block begins, or the number of lines. */
    int bodyEnd;

    MetadataReader(SourceText source, Outline outline, PartyDirectory directory, Parties parties) {
        this.source = source;
        this.outline = outline;
        this.directory = directory;
        this.parties = parties;
    }

    DocumentInfo read() {
        String text = source.text();
        List<Line> lines = outline.lines;
        String number = null;
        String symbolKind = null;
        String symbolIssuer = null;
        Matcher m = NUMBER.matcher(text);
        if (m.find()) {
            number = (m.group(1) + "/" + m.group(2)).strip();
            markLineAt(m.start());
        } else if ((m = TITLE_NUMBER.matcher(text).region(0, Math.min(text.length(), 400))).find()) {
            number = m.group(1);
        }
        if (number != null) {
            String[] symbol = number.substring(number.lastIndexOf('/') + 1).split("-");
            if (symbol.length >= 2 && KIND_CODES.containsKey(symbol[0])) {
                symbolKind = symbol[0];
                symbolIssuer = symbol[1];
            } else {
                symbolIssuer = symbol[0];
            }
        }
        DirectiveKind kind = symbolKind != null ? KIND_CODES.get(symbolKind) : null;
        String subject = null;
        for (Line line : lines) {
            String content = text.substring(line.markerStart, line.end);
            Matcher heading = KIND_HEADING.matcher(content);
            if (line.index < lines.size() / 2 + 1 && heading.find() && isCapitals(heading.group(1))) {
                if (kind == null) {
                    kind = kindOf(heading.group(1));
                }
                used.add(line.index);
                String rest = heading.group(2).strip();
                if (!rest.isEmpty()) {
                    subject = rest;
                } else if (line.index + 1 < lines.size()) {
                    Line next = lines.get(line.index + 1);
                    subject = text.substring(next.markerStart, next.end).strip();
                    used.add(next.index);
                }
                break;
            }
        }
        for (Line line : lines) {
            Matcher v = SUBJECT.matcher(text.substring(line.markerStart, line.end));
            if (v.find()) {
                StringBuilder s = new StringBuilder(v.group(1).strip());
                used.add(line.index);
                // a subject wraps onto the next line when that line goes on in lower case
                if (line.index + 1 < lines.size()) {
                    Line next = lines.get(line.index + 1);
                    String nextText = text.substring(next.markerStart, next.end);
                    if (!nextText.isEmpty() && Character.isLowerCase(nextText.charAt(0))) {
                        s.append(' ').append(nextText.strip());
                        used.add(next.index);
                    }
                }
                subject = s.toString();
                if (kind == null) {
                    kind = DirectiveKind.CONG_VAN;
                }
                break;
            }
        }
        if (kind == null && symbolIssuer != null) {
            kind = DirectiveKind.CONG_VAN;
        }
        String place = null;
        LocalDate issuedOn = null;
        Matcher pd = PLACE_DATE.matcher(text);
        if (pd.find()) {
            place = pd.group(1).strip();
            markLineAt(pd.start());
            if (!pd.group(2).isBlank()) {
                try {
                    issuedOn = LocalDate.of(Integer.parseInt(pd.group(4)), Integer.parseInt(pd.group(3)),
                            Integer.parseInt(pd.group(2).strip()));
                } catch (DateTimeException e) {
                    issuedOn = null;
                }
            }
        }
        List<Party> addressees = addressees(lines);
        bodyEnd = lines.size();
        String signer = null;
        String capacity = null;
        int firstContent = firstContentLine(lines);
        for (Line line : lines) {
            if (line.index > firstContent && END_OF_BODY.matcher(text.substring(line.markerStart, line.end)).find()) {
                bodyEnd = line.index;
                break;
            }
        }
        var capacities = new ArrayList<String>();
        for (int i = Math.max(firstContent + 1, bodyEnd - 1); i < lines.size(); i++) {
            String content = text.substring(lines.get(i).markerStart, lines.get(i).end).strip();
            if (CAPACITY.matcher(content).matches()) {
                capacities.add(content);
                bodyEnd = Math.min(bodyEnd, i);
                for (int j = i + 1; j < Math.min(lines.size(), i + 4); j++) {
                    String name = text.substring(lines.get(j).markerStart, lines.get(j).end).strip();
                    if (CAPACITY.matcher(name).matches()) {
                        capacities.add(name);
                        i = j;
                    } else if (PERSON.matcher(name).matches()) {
                        signer = name;
                        break;
                    }
                }
                if (signer != null) {
                    break;
                }
                capacities.clear();
            }
        }
        if (!capacities.isEmpty()) {
            capacity = String.join(" / ", capacities);
        }
        Party issuer = issuer(symbolIssuer, lines);
        return new DocumentInfo(number, kind, issuer, place, issuedOn, subject, signer, capacity, addressees,
                references(number));
    }

    /** The first line that is not part of the header: the body starts after it. */
    int firstContentLine(List<Line> lines) {
        int last = -1;
        for (int i : used) {
            if (i < lines.size() / 2 + 1) {
                last = Math.max(last, i);
            }
        }
        return last;
    }

    private static boolean isCapitals(String s) {
        return s.equals(s.toUpperCase(Locale.ROOT));
    }

    private static DirectiveKind kindOf(String heading) {
        return switch (heading) {
            case "CHỈ THỊ" -> DirectiveKind.CHI_THI;
            case "NGHỊ QUYẾT" -> DirectiveKind.NGHI_QUYET;
            case "QUYẾT ĐỊNH" -> DirectiveKind.QUYET_DINH;
            case "KẾ HOẠCH" -> DirectiveKind.KE_HOACH;
            case "THÔNG BÁO KẾT LUẬN" -> DirectiveKind.THONG_BAO_KET_LUAN;
            case "THÔNG BÁO" -> DirectiveKind.THONG_BAO;
            case "CÔNG ĐIỆN" -> DirectiveKind.CONG_DIEN;
            default -> DirectiveKind.CHUONG_TRINH;
        };
    }

    private void markLineAt(int offset) {
        for (Line line : outline.lines) {
            if (line.markerStart <= offset && offset <= line.end) {
                used.add(line.index);
                return;
            }
        }
    }

    private List<Party> addressees(List<Line> lines) {
        String text = source.text();
        var found = new ArrayList<Party>();
        for (Line line : lines) {
            Matcher k = ADDRESSEES.matcher(text.substring(line.markerStart, line.end));
            if (!k.find()) {
                continue;
            }
            used.add(line.index);
            if (!k.group(1).isBlank()) {
                int from = line.markerStart + k.start(1);
                found.addAll(parties.list(from, line.end));
            }
            for (int i = line.index + 1; i < lines.size() && lines.get(i).marker != Outline.Marker.NONE
                    && lines.get(i).marker != Outline.Marker.ROMAN && lines.get(i).marker != Outline.Marker.NUMBER; i++) {
                used.add(i);
                found.addAll(parties.list(lines.get(i).start, lines.get(i).end));
            }
            break;
        }
        return found;
    }

    private Party issuer(String symbolIssuer, List<Line> lines) {
        if (symbolIssuer != null) {
            Party p = directory.resolve(symbolIssuer);
            if (p.matched()) {
                return p;
            }
        }
        // the capitals above "Số:" or the Quốc hiệu: "BỘ THÔNG TIN VÀ" / "TRUYỀN THÔNG"
        String text = source.text();
        var name = new StringBuilder();
        String lastLine = null;
        for (Line line : lines.subList(0, Math.min(lines.size(), 12))) {
            String content = text.substring(line.markerStart, line.end).strip();
            if (content.startsWith("CỘNG HÒA") || content.startsWith("CỘNG HOÀ") || content.startsWith("Số")) {
                break;
            }
            if (content.length() > 2 && isCapitals(content) && content.chars().anyMatch(Character::isLetter)) {
                lastLine = name.isEmpty() ? null : content.replaceAll("[-–\\s]+$", "").replaceAll("\\s+", " ");
                name.append(name.isEmpty() ? "" : " ").append(content.replaceAll("\\s+", " "));
            } else {
                name.setLength(0);
                lastLine = null;
            }
        }
        if (!name.isEmpty()) {
            String capitals = name.toString().replaceAll("[-–]+$", "").strip();
            Party p = directory.resolve(capitals);
            if (p.matched()) {
                return p;
            }
            Party unit = unitOfParent(capitals, lastLine);
            return unit != null ? unit : directory.resolve(sentenceCase(capitals));
        }
        return symbolIssuer == null ? null : directory.resolve(symbolIssuer);
    }

    /** The heads of a unit that signs for its ministry or committee: "BỘ TÀI CHÍNH" above "VĂN PHÒNG". */
    private static final Pattern UNIT_LINE = Pattern.compile("^(?:VĂN PHÒNG|VỤ|CỤC|TỔNG CỤC|THANH TRA|BAN|SỞ)(?:\\s.*)?$");

    /**
     * "BỘ TÀI CHÍNH" / "VĂN PHÒNG": a unit writing for the body above it is "Văn phòng Bộ Tài chính" (the directory's
     * entry when it has one); null when the header is not of that form or the body above is not known.
     */
    private Party unitOfParent(String capitals, String lastLine) {
        if (lastLine == null || !UNIT_LINE.matcher(lastLine).matches() || !capitals.endsWith(lastLine)) {
            return null;
        }
        Party parent = directory.resolve(capitals.substring(0, capitals.length() - lastLine.length()).strip());
        return parent.matched() ? directory.resolve(sentenceCase(lastLine) + " " + parent.name()) : null;
    }

    private static String sentenceCase(String capitals) {
        return capitals.charAt(0) + capitals.substring(1).toLowerCase(Locale.ROOT);
    }

    private List<String> references(String own) {
        var refs = new LinkedHashSet<String>();
        Matcher m = REFERENCE.matcher(source.text());
        while (m.find()) {
            if (!m.group(1).equals(own)) {
                refs.add(m.group(1));
            }
        }
        return List.copyOf(refs);
    }
}
