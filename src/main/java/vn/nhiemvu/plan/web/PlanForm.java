package vn.nhiemvu.plan.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.nhiemvu.plan.MilestoneDraft;

/**
 * The plan form of the page: rows of milestones, each with its due date and, to fill that date, the
 * directive's wording of it ({@code dueText}, read as it is typed; not stored). Rows left empty are
 * ignored, so the n-th milestone the plan module checks is not always the n-th row: {@link #rowOf}
 * maps one to the other for the errors.
 */
public class PlanForm {

    private List<Row> milestones = new ArrayList<>();
    private Long version;

    public List<Row> getMilestones() {
        return milestones;
    }

    public void setMilestones(List<Row> milestones) {
        this.milestones = milestones;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    List<MilestoneDraft> drafts() {
        return milestones.stream().filter(r -> r != null && !r.isEmpty())
                .map(r -> new MilestoneDraft(r.getTitle(), r.getDueDate(), r.getExpectedProduct())).toList();
    }

    /** The row of the form that holds the {@code draft}-th milestone of {@link #drafts()}. */
    int rowOf(int draft) {
        int seen = -1;
        for (int row = 0; row < milestones.size(); row++) {
            Row r = milestones.get(row);
            if (r != null && !r.isEmpty() && ++seen == draft) {
                return row;
            }
        }
        return draft;
    }

    public static class Row {

        private String title;
        private LocalDate dueDate;
        private String dueText;
        private String expectedProduct;

        public Row() {
        }

        Row(String title, LocalDate dueDate, String expectedProduct) {
            this.title = title;
            this.dueDate = dueDate;
            this.expectedProduct = expectedProduct;
        }

        boolean isEmpty() {
            return blank(title) && dueDate == null && blank(dueText) && blank(expectedProduct);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public LocalDate getDueDate() {
            return dueDate;
        }

        public void setDueDate(LocalDate dueDate) {
            this.dueDate = dueDate;
        }

        public String getDueText() {
            return dueText;
        }

        public void setDueText(String dueText) {
            this.dueText = dueText;
        }

        public String getExpectedProduct() {
            return expectedProduct;
        }

        public void setExpectedProduct(String expectedProduct) {
            this.expectedProduct = expectedProduct;
        }
    }
}
