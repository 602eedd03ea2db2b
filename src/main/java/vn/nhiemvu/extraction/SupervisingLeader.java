package vn.nhiemvu.extraction;

import java.util.List;
import java.util.Optional;

import vn.nhiemvu.organization.Leader;

/**
 * The supervising leader the review proposes (issue 19): the leader of the agency the text names (the
 * leader whose opinion a letter conveys, "Thứ trưởng Nguyễn Huy Dũng có ý kiến …"), else the leader who
 * signed it. Names are compared folded, the signer without the signing capacity.
 */
public final class SupervisingLeader {

    private SupervisingLeader() {
    }

    public static Optional<Leader> propose(Extraction extraction, List<Leader> leaders) {
        String signer = extraction.document().signer();
        String body = key(withoutSignature(extraction.text(), signer));
        for (Leader leader : leaders) {
            if (containsName(body, key(leader.fullName()))) {
                return Optional.of(leader);
            }
        }
        if (signer != null) {
            String signed = key(signer);
            return leaders.stream().filter(l -> key(l.fullName()).equals(signed)).findFirst();
        }
        return Optional.empty();
    }

    /** The text up to the signer's name, so that the signature alone does not count as naming a leader. */
    private static String withoutSignature(String text, String signer) {
        int at = signer == null ? -1 : text.lastIndexOf(signer);
        return at < 0 ? text : text.substring(0, at);
    }

    private static boolean containsName(String folded, String name) {
        int at = folded.indexOf(name);
        while (at >= 0) {
            int end = at + name.length();
            if ((at == 0 || !Character.isLetter(folded.charAt(at - 1))) && (end == folded.length()
                    || !Character.isLetter(folded.charAt(end)))) {
                return true;
            }
            at = folded.indexOf(name, at + 1);
        }
        return false;
    }

    private static String key(String name) {
        return SourceText.fold(name.strip()).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
    }
}
