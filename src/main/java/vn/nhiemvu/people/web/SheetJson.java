package vn.nhiemvu.people.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.people.Grade;
import vn.nhiemvu.people.Person;
import vn.nhiemvu.people.PersonSheet;
import vn.nhiemvu.people.SheetRules;
import vn.nhiemvu.people.WorkItem;
import vn.nhiemvu.shared.Message;

/**
 * A sheet as the API (and the exports) write it: the person, the period, the rules it was computed by (with the
 * sentence that the published formula could not be confirmed), each counted work item with its points, the items left
 * out and why, the sums, a, b, c, the points and the grade.
 *
 * @param itemPage one person's sheet read alone: which of its counted items {@code items} holds (the sums are
 *                 always of all of them); absent from the exports, which hold every item
 */
record SheetJson(PersonJson person, String period, LocalDate from, LocalDate to, LocalDate asOf, LocalDate reckonedTo,
        String formula, RulesJson rules, List<LineJson> items, List<LeftOutJson> leftOut, BigDecimal assigned,
        BigDecimal completed, BigDecimal quality, BigDecimal timeliness, BigDecimal a, BigDecimal b, BigDecimal c,
        BigDecimal taskPoints, BigDecimal generalPoints, BigDecimal total, Grade grade, String gradeLabel,
        @JsonInclude(JsonInclude.Include.NON_NULL) ItemPage itemPage) {

    /** Every item: the exports. */
    static SheetJson of(PersonSheet s) {
        return of(s, null);
    }

    /**
     * The items of the page only (null: all). The sums, a, b, c and the grade are the whole sheet's: a page is what
     * is sent, not what is counted.
     */
    static SheetJson of(PersonSheet s, ItemPage page) {
        SheetRules.Sheet sheet = s.sheet();
        SheetRules r = s.rules();
        Person p = s.person();
        return new SheetJson(new PersonJson(p.username(), p.displayName(), p.unitName()), sheet.period().key(),
                sheet.period().from(), sheet.period().to(), s.asOf(), sheet.reckonedTo(),
                Message.of("people.formula", r.taskPoints().toPlainString(), r.quantityWeight().toPlainString(),
                        r.qualityWeight().toPlainString(), r.timelinessWeight().toPlainString()).vietnamese(),
                new RulesJson(r.taskPoints(), r.generalPoints(), r.quantityWeight(), r.qualityWeight(),
                        r.timelinessWeight(), r.qualityReduction(), r.latenessReduction(), r.excellentFrom(),
                        r.goodFrom(), r.doneFrom()),
                (page == null ? sheet.lines() : page.of(sheet.lines())).stream().map(l -> new LineJson(l.taskId(), l.title(), l.weight(), l.status(),
                        l.deadline(), l.completedOn(), l.workingDaysLate(), l.failedChecks(), l.lateInstances(),
                        l.quantity(), l.quality(), l.timeliness(), l.checks())).toList(),
                sheet.leftOut().stream().map(o -> new LeftOutJson(o.taskId(), o.title(), o.reason(),
                        Message.of(o.reason().code()).vietnamese(), o.cause())).toList(),
                sheet.assigned(), sheet.completed(), sheet.quality(), sheet.timeliness(), sheet.a(), sheet.b(),
                sheet.c(), sheet.taskPoints(), sheet.generalPoints(), sheet.total(), sheet.grade(),
                sheet.grade() == null ? null : sheet.grade().label(),
                page == null ? null : new ItemPage(page.page(), page.size(), sheet.lines().size()));
    }

    /**
     * A page of the counted items, numbered from 0, in task order.
     *
     * @param count how many items the sheet counts in all
     */
    record ItemPage(int page, int size, int count) {

        <T> List<T> of(List<T> all) {
            long from = (long) page * size;
            return from >= all.size() ? List.of() : all.subList((int) from, (int) Math.min(all.size(), from + size));
        }
    }

    record PersonJson(String username, String displayName, String unit) {
    }

    record RulesJson(BigDecimal taskPoints, BigDecimal generalPoints, BigDecimal quantityWeight,
            BigDecimal qualityWeight, BigDecimal timelinessWeight, BigDecimal qualityReduction,
            BigDecimal latenessReduction, BigDecimal excellentFrom, BigDecimal goodFrom, BigDecimal doneFrom) {
    }

    record LineJson(long taskId, String title, BigDecimal weight, TaskStatus status, LocalDate deadline,
            LocalDate completedOn, long workingDaysLate, long failedChecks, int lateInstances, BigDecimal quantity,
            BigDecimal quality, BigDecimal timeliness, List<WorkItem.QualityCheck> checks) {
    }

    record LeftOutJson(long taskId, String title, SheetRules.LeftOut.Reason reason, String reasonLabel,
            WorkItem.ObjectiveCause cause) {
    }
}
