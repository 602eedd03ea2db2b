package vn.nhiemvu.plan.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import vn.nhiemvu.plan.MilestoneDraft;

/** The plan form of the page: rows of milestones; rows left empty are ignored. */
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

    public static class Row {

        private String title;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate dueDate;
        private String expectedProduct;

        public Row() {
        }

        Row(String title, LocalDate dueDate, String expectedProduct) {
            this.title = title;
            this.dueDate = dueDate;
            this.expectedProduct = expectedProduct;
        }

        boolean isEmpty() {
            return (title == null || title.isBlank()) && dueDate == null
                    && (expectedProduct == null || expectedProduct.isBlank());
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

        public String getExpectedProduct() {
            return expectedProduct;
        }

        public void setExpectedProduct(String expectedProduct) {
            this.expectedProduct = expectedProduct;
        }
    }
}
