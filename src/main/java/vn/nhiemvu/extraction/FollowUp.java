package vn.nhiemvu.extraction;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.nhiemvu.extraction.Extraction.Deadline;
import vn.nhiemvu.extraction.Extraction.DocumentInfo;
import vn.nhiemvu.extraction.Extraction.Party;
import vn.nhiemvu.extraction.Extraction.TaskProposal;
import vn.nhiemvu.shared.Message;

/**
 * The issuer's own work a letter implies (issue 19): when it asks other bodies for something sent back to it ("…
 * gửi về Bộ trước ngày 15/12", "báo cáo kết quả về Ủy ban Dân tộc"), someone at the issuer gathers what comes back. One
 * such proposal per document, led by the issuer, without a deadline (the person sets it), flagged as inferred; its
 * span is the first clause that implies it. It is not a labelled task of the corpus (the README: what the issuer does
 * itself is not a task), so the scorer leaves it out.
 */
final class FollowUp {

    /** Sending or reporting back to a body: the words after the head tell whether it is the issuer. */
    private static final Pattern SENT_BACK = Pattern.compile("(?<![a-z])(?:gui|nop|bao cao)(?:[a-z ,]{0,60}?)?"
            + " (?:ve|cho|toi|den) ((?:bo|van phong|uy ban|so|cuc|tong cuc|vu|ban)(?![a-z]))");

    private FollowUp() {
    }

    static Optional<TaskProposal> of(DocumentInfo document, List<TaskProposal> proposals) {
        Party issuer = document.issuer();
        if (issuer == null) {
            return Optional.empty();
        }
        String issuerKey = PartyDirectory.key(issuer.name());
        String issuerWords = PartyDirectory.key(issuer.text());
        TaskProposal first = null;
        Set<String> from = new LinkedHashSet<>();
        for (TaskProposal task : proposals) {
            boolean ledByIssuer = task.lead().stream().anyMatch(p -> PartyDirectory.key(p.name()).equals(issuerKey));
            if (!ledByIssuer && sentToIssuer(task.text(), issuerKey, issuerWords)) {
                first = first == null ? task : first;
                task.lead().forEach(p -> from.add(p.name()));
            }
        }
        if (first == null) {
            return Optional.empty();
        }
        String what = first.product() != null ? first.product() : Message.of("extraction.follow-up.reports").vietnamese();
        String title = Message.of("extraction.follow-up.title", what, String.join(", ", from)).vietnamese();
        return Optional.of(new TaskProposal(title, first.span(), List.of(issuer), List.of(), Deadline.NONE, null, 0.4,
                true));
    }

    /** "… gửi về Bộ trước ngày …" (the head alone: the letter's own body) or "… gửi về Bộ Khoa học và Công nghệ". */
    private static boolean sentToIssuer(String text, String issuerKey, String issuerWords) {
        String folded = SourceText.fold(text).toLowerCase(java.util.Locale.ROOT);
        Matcher m = SENT_BACK.matcher(folded);
        while (m.find()) {
            int after = m.end(1);
            String rest = folded.substring(m.start(1));
            boolean alone = after >= text.length() || !Character.isLetter(text.charAt(after))
                    && (after + 1 >= text.length() || !Character.isUpperCase(text.charAt(after + 1)));
            if (alone || rest.startsWith(issuerKey) || !issuerWords.isEmpty() && rest.startsWith(issuerWords)) {
                return true;
            }
        }
        return false;
    }
}
