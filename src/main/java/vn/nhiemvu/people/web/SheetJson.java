package vn.nhiemvu.people.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

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
 */
record SheetJson(PersonJson person, String period, LocalDate from, LocalDate to, LocalDate asOf, LocalDate reckonedTo,
        String formula, RulesJson rules, List<LineJson> items, List<LeftOutJson> leftOut, BigDecimal assigned,
        BigDecimal completed, BigDecimal quality, BigDecimal timeliness, BigDecimal a, BigDecimal b, BigDecimal c,
        BigDecimal taskPoints, BigDecimal generalPoints, BigDecimal total, Grade grade, String gradeLabel) {

    static SheetJson of(PersonSheet s) {
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
                sheet.lines().stream().map(l -> new LineJson(l.taskId(), l.title(), l.weight(), l.status(),
                        l.deadline(), l.completedOn(), l.workingDaysLate(), l.failedChecks(), l.lateInstances(),
                        l.quantity(), l.quality(), l.timeliness(), l.checks())).toList(),
                sheet.leftOut().stream().map(o -> new LeftOutJson(o.taskId(), o.title(), o.reason(),
                        Message.of(o.reason().code()).vietnamese(), o.cause())).toList(),
                sheet.assigned(), sheet.completed(), sheet.quality(), sheet.timeliness(), sheet.a(), sheet.b(),
                sheet.c(), sheet.taskPoints(), sheet.generalPoints(), sheet.total(), sheet.grade(),
                sheet.grade() == null ? null : sheet.grade().label());
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
