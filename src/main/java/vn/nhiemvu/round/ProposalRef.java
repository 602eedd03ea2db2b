package vn.nhiemvu.round;

/**
 * One proposal as the aggregation shows it: the receipt of the submitted version it is in, and its table and row
 * there, both counted from 1.
 */
public record ProposalRef(String receipt, int table, int row) {

    public ProposalRef {
        receipt = receipt == null ? "" : receipt.strip();
    }

    /** How pages and maps name it: "receipt/table/row". */
    public String key() {
        return receipt + "/" + table + "/" + row;
    }

    @Override
    public String toString() {
        return receipt + " bảng " + table + " dòng " + row;
    }
}
