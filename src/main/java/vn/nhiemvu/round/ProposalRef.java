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

    /** The proposal a {@link #key()} names. */
    public static ProposalRef ofKey(String key) {
        int row = key.lastIndexOf('/');
        int table = key.lastIndexOf('/', row - 1);
        return new ProposalRef(key.substring(0, table), Integer.parseInt(key.substring(table + 1, row)),
                Integer.parseInt(key.substring(row + 1)));
    }

    @Override
    public String toString() {
        return receipt + " bảng " + table + " dòng " + row;
    }
}
