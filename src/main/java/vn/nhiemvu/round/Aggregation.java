package vn.nhiemvu.round;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.nhiemvu.organization.Agency;
import vn.nhiemvu.shared.Text;

/**
 * One table of every proposal of a round, with who proposed it, filtered by table, agency and any column (a folded
 * "contains", so "chuyen doi" finds "Chuyển đổi"); where each agency asked stands; and counts per group (the first
 * choice column of each table, such as the task group of the source decision) and per agency, of the rows the filter
 * keeps. Pure: built from the current submissions, read in one query.
 */
public record Aggregation(ProposalRound round, List<Proposal> proposals, List<AgencyState> agencies,
        List<GroupCount> perGroup, Map<Long, Integer> perAgency, Filter filter) {

    /** A proposal: one row of one agency's current submission. */
    public record Proposal(long agencyId, String agencyCode, String agencyName, String receipt, boolean late,
            int table, int row, Map<String, String> cells) {
    }

    /** Where an agency asked stands. */
    public record AgencyState(Agency agency, State state, Submission current) {

        public int rows() {
            return current == null ? 0 : current.content().rowCount();
        }

        public Instant submittedAt() {
            return current == null ? null : current.submittedAt();
        }
    }

    public enum State {
        NOT_ANSWERED, PROPOSED, NO_PROPOSAL;

        public String code() {
            return "round.state." + name();
        }
    }

    /** How many kept rows of a table fall in a group (a choice of the table's group column, or "" for none). */
    public record GroupCount(int table, String group, int count) {
    }

    /**
     * @param table   only this table's rows (0-based), or all
     * @param agency  only this agency's rows, or all
     * @param columns column key → text the cell must contain (folded); blank texts are ignored
     */
    public record Filter(Integer table, Long agency, Map<String, String> columns) {

        public static final Filter NONE = new Filter(null, null, Map.of());

        public Filter {
            var kept = new LinkedHashMap<String, String>();
            if (columns != null) {
                columns.forEach((k, v) -> {
                    if (v != null && !v.isBlank()) {
                        kept.put(k, Text.fold(v));
                    }
                });
            }
            columns = java.util.Collections.unmodifiableMap(kept);
        }

        /** @param folds the folded text of values already seen: a group's value repeats on every row of it */
        boolean keeps(Proposal p, Map<String, String> folds) {
            if (table != null && p.table() != table || agency != null && p.agencyId() != agency) {
                return false;
            }
            for (var e : columns.entrySet()) {
                String value = p.cells().get(e.getKey());
                if (value == null || !folds.computeIfAbsent(value, Text::fold).contains(e.getValue())) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The group column of a table: its first choice column, if any. */
    public static Optional<TemplateColumn> groupColumn(TemplateTable table) {
        return table.columns().stream().filter(c -> c.type() == ColumnType.CHOICE).findFirst();
    }

    /**
     * @param current  each agency's current submission (at most one per agency)
     * @param agencies the round's addressees, in its order
     */
    public static Aggregation of(ProposalRound round, List<Submission> current, List<Agency> agencies, Filter filter) {
        Map<Long, Submission> byAgency = new LinkedHashMap<>();
        current.forEach(s -> byAgency.put(s.agencyId(), s));
        var states = new ArrayList<AgencyState>();
        var proposals = new ArrayList<Proposal>();
        var perAgency = new LinkedHashMap<Long, Integer>();
        var folds = new java.util.HashMap<String, String>();
        for (Agency agency : agencies) {
            Submission s = byAgency.get(agency.id());
            State state = s == null ? State.NOT_ANSWERED : s.noProposal() ? State.NO_PROPOSAL : State.PROPOSED;
            states.add(new AgencyState(agency, state, s));
            int kept = 0;
            if (s != null) {
                for (int t = 0; t < s.content().tables().size(); t++) {
                    var rows = s.content().tables().get(t);
                    for (int r = 0; r < rows.size(); r++) {
                        var p = new Proposal(agency.id(), agency.code(), agency.name(), s.number(),
                                s.lateness().late(), t, r, rows.get(r));
                        if (filter.keeps(p, folds)) {
                            proposals.add(p);
                            kept++;
                        }
                    }
                }
            }
            perAgency.put(agency.id(), kept);
        }
        return new Aggregation(round, List.copyOf(proposals), List.copyOf(states), perGroup(round, proposals),
                java.util.Collections.unmodifiableMap(perAgency), filter);
    }

    private static List<GroupCount> perGroup(ProposalRound round, List<Proposal> proposals) {
        var counts = new ArrayList<GroupCount>();
        var tables = round.template().tables();
        for (int t = 0; t < tables.size(); t++) {
            int table = t;
            var column = groupColumn(tables.get(t));
            var groups = new LinkedHashMap<String, Integer>();
            column.ifPresent(c -> c.choices().forEach(choice -> groups.put(choice, 0)));
            for (Proposal p : proposals) {
                if (p.table() == table) {
                    String group = column.map(c -> p.cells().getOrDefault(c.key(), "")).orElse("");
                    groups.merge(group, 1, Integer::sum);
                }
            }
            groups.forEach((group, n) -> counts.add(new GroupCount(table, group, n)));
        }
        return List.copyOf(counts);
    }

    public List<AgencyState> notAnswered() {
        return agencies.stream().filter(a -> a.state() == State.NOT_ANSWERED).toList();
    }

    public long count(State state) {
        return agencies.stream().filter(a -> a.state() == state).count();
    }
}
