package vn.nhiemvu.federation.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.nhiemvu.federation.EvidenceFile;
import vn.nhiemvu.shared.Message;

/** What an evidence file reference must carry for the receiver to fetch the file and check it: the schema's rules. */
final class EvidenceCheck {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private EvidenceCheck() {
    }

    /** Why the reference cannot be sent, if it cannot. */
    static Optional<Message> refusal(EvidenceFile f) {
        if (f == null || f.name() == null || f.name().isBlank() || f.name().length() > 255) {
            return Optional.of(Message.of("invalid.federation.evidence.name"));
        }
        if (f.sha256() == null || !SHA256.matcher(f.sha256()).matches()) {
            return Optional.of(Message.of("invalid.federation.evidence.sha256", f.name()));
        }
        if (f.size() < 0) {
            return Optional.of(Message.of("invalid.federation.evidence.size", f.name()));
        }
        if (!httpUrl(f.href())) {
            return Optional.of(Message.of("invalid.federation.evidence.href", f.name()));
        }
        return Optional.empty();
    }

    private static boolean httpUrl(String href) {
        if (href == null || href.length() > 2000) {
            return false;
        }
        try {
            URI uri = new URI(href);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
