package vn.nhiemvu.federation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.nhiemvu.federation.EvidenceFile;
import vn.nhiemvu.federation.FederationLink;
import vn.nhiemvu.federation.LinkEvent;
import vn.nhiemvu.shared.Message;

/** What was said about a linked task either way, kept with the link, and each thing in words. */
@Component
class LinkHistory {

    private final JdbcHistory history;
    private final Outbox outbox;
    private final Wire wire;
    private final Clock clock;

    LinkHistory(JdbcHistory history, Outbox outbox, Wire wire, Clock clock) {
        this.history = history;
        this.outbox = outbox;
        this.wire = wire;
        this.clock = clock;
    }

    /** Kept in the link's history and written to the outbox, in one transaction. */
    LinkEvent said(FederationLink link, Messages.Type type, boolean outgoing, String requestId, LocalDate on,
            Object body) {
        history.add(link.id(), type, outgoing, requestId, on, wire.write(body), clock.instant());
        if (outgoing) {
            outbox.write(link, type, body);
        }
        List<LinkEvent> all = events(history.of(List.of(link.id())));
        return all.get(all.size() - 1);
    }

    /** The rows in words; a request awaits an answer until one with its id is recorded. */
    List<LinkEvent> events(List<JdbcHistory.Row> rows) {
        var answered = rows.stream().filter(r -> r.type().equals(Messages.Type.TASK_EXTENSION_DECIDED.wire)
                || r.type().equals(Messages.Type.TASK_GUIDANCE_ANSWERED.wire))
                .map(r -> r.linkId() + "/" + r.requestId()).collect(java.util.stream.Collectors.toSet());
        return rows.stream().map(r -> new LinkEvent(r.id(), r.linkId(), r.type(), r.outgoing(), r.requestId(),
                r.occurredOn(), summary(r), r.body(), r.recordedAt(),
                (r.type().equals(Messages.Type.TASK_EXTENSION_REQUESTED.wire)
                        || r.type().equals(Messages.Type.TASK_GUIDANCE_REQUESTED.wire))
                        && !answered.contains(r.linkId() + "/" + r.requestId()))).toList();
    }

    private Message summary(JdbcHistory.Row r) {
        Messages.Type type = Messages.Type.of(r.type()).orElseThrow();
        return switch (type) {
            case TASK_EXTENSION_REQUESTED -> {
                var x = wire.read(r.body(), Messages.ExtensionRequested.class);
                yield Message.of("federation.event.extension-requested", day(x.proposedDeadline()),
                        day(x.requestedOn()), x.reason());
            }
            case TASK_EXTENSION_DECIDED -> {
                var x = wire.read(r.body(), Messages.ExtensionDecided.class);
                yield Messages.ExtensionDecided.APPROVED.equals(x.decision())
                        ? Message.of("federation.event.extension-approved", day(x.deadline()), note(x.note()))
                        : Message.of("federation.event.extension-rejected", note(x.note()));
            }
            case TASK_URGED -> {
                var x = wire.read(r.body(), Messages.Urged.class);
                yield x.replyBy() == null ? Message.of("federation.event.urged", x.text())
                        : Message.of("federation.event.urged.reply-by", x.text(), day(x.replyBy()));
            }
            case TASK_REOPENED -> Message.of("federation.event.reopened",
                    note(wire.read(r.body(), Messages.Reopened.class).reason()));
            case TASK_EVIDENCE -> {
                var x = wire.read(r.body(), Messages.Evidence.class);
                yield Message.of("federation.event.evidence", x.files().size(),
                        String.join(", ", x.files().stream().map(EvidenceFile::name).toList()));
            }
            case TASK_CHANGED -> {
                var x = wire.read(r.body(), Messages.Changed.class);
                yield Message.of("federation.event.changed", x.title(),
                        x.deadline() != null ? day(x.deadline()) : note(x.deadlineText()),
                        x.cutoff() == null ? "" : day(x.cutoff()));
            }
            case TASK_GUIDANCE_REQUESTED -> {
                var x = wire.read(r.body(), Messages.GuidanceRequested.class);
                yield Message.of("federation.event.guidance-requested", x.question(), day(x.requestedOn()));
            }
            case TASK_GUIDANCE_ANSWERED -> {
                var x = wire.read(r.body(), Messages.GuidanceAnswered.class);
                yield Messages.GuidanceAnswered.ANSWERED.equals(x.decision())
                        ? Message.of("federation.event.guidance-answered", x.answer())
                        : Message.of("federation.event.guidance-rejected", note(x.answer()));
            }
            default -> throw new IllegalStateException(r.type());
        };
    }

    static String day(LocalDate date) {
        return vn.nhiemvu.shared.DisplayDates.of(date, false);
    }

    private static String note(String note) {
        return note == null ? "" : note;
    }
}
