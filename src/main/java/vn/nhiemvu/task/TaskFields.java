package vn.nhiemvu.task;

import java.time.LocalDate;

/**
 * The fields every page's task form holds, however it names the units: the task form and a row of the review of a
 * directive read from a file bind the same request parameters into them. Mutable because Spring binds into it.
 */
public abstract class TaskFields {

    private String title;
    private LocalDate deadline;
    private String deadlineText;
    private String product;

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    public String getDeadlineText() { return deadlineText; }
    public void setDeadlineText(String deadlineText) { this.deadlineText = deadlineText; }
    public String getProduct() { return product; }
    public void setProduct(String product) { this.product = product; }
}
