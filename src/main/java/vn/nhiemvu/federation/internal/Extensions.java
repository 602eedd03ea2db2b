package vn.nhiemvu.federation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.nhiemvu.evaluation.DeadlineChange;

/**
 * Extension requests of one linked task and the decisions on them, paired by request id: the decided ones become the
 * deadline changes the upper side judges the task by (the request's own date against the cut-off, Chỉ thị 75), the
 * others are still open.
 */
final class Extensions {

    private Extensions() {
    }

    static List<DeadlineChange> changes(List<Messages.ExtensionRequested> requests,
            List<Messages.ExtensionDecided> decisions) {
        Map<String, Messages.ExtensionRequested> byId = requests.stream()
                .collect(Collectors.toMap(Messages.ExtensionRequested::requestId, Function.identity(), (a, b) -> a));
        var changes = new ArrayList<DeadlineChange>();
        for (Messages.ExtensionDecided d : decisions) {
            Messages.ExtensionRequested r = byId.get(d.requestId());
            if (r == null) {
                continue;
            }
            boolean approved = Messages.ExtensionDecided.APPROVED.equals(d.decision());
            changes.add(new DeadlineChange(r.requestedOn(), approved ? d.deadline() : r.proposedDeadline(),
                    approved ? DeadlineChange.Decision.APPROVED : DeadlineChange.Decision.REJECTED, d.decidedOn()));
        }
        return changes;
    }

    /** The requests no decision answers yet, oldest first. */
    static List<Messages.ExtensionRequested> open(List<Messages.ExtensionRequested> requests,
            List<Messages.ExtensionDecided> decisions) {
        var decided = decisions.stream().map(Messages.ExtensionDecided::requestId).collect(Collectors.toSet());
        return requests.stream().filter(r -> !decided.contains(r.requestId())).toList();
    }
}
