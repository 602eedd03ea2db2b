package vn.nhiemvu.round.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.nhiemvu.round.ProposalRef;
import vn.nhiemvu.round.Submission;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/** A proposal found in the submitted version its receipt names, with its cells. */
record Located(ProposalRef ref, Submission submission, Map<String, String> cells) {

    /** Table and row from 0, as the tables keep them. */
    int tableIndex() {
        return ref.table() - 1;
    }

    int rowIndex() {
        return ref.row() - 1;
    }

    /** The proposal, or the error naming the unknown receipt or row under the field. */
    static Optional<Located> find(JdbcRounds store, long roundId, ProposalRef ref, String field,
            InvalidInputException.Collector errors) {
        Optional<Submission> submission = store.submission(roundId, ref.receipt());
        if (submission.isEmpty()) {
            errors.add(field, Message.of("invalid.round.proposals.unknown-receipt", ref.receipt()));
            return Optional.empty();
        }
        List<Map<String, String>> rows = ref.table() < 1 ? List.of() : submission.get().content().rows(ref.table() - 1);
        if (ref.row() < 1 || ref.row() > rows.size()) {
            errors.add(field, Message.of("invalid.round.proposals.unknown-row", ref.receipt(), ref.table(), ref.row()));
            return Optional.empty();
        }
        return Optional.of(new Located(ref, submission.get(), rows.get(ref.row() - 1)));
    }
}
