package vn.nhiemvu.people.internal;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import vn.nhiemvu.people.SheetRules;
import vn.nhiemvu.task.TaskKind;

/**
 * The numbers of Nghị định 335/2025 that the sheets use (DOMAIN §10, ADR 0040). How a, b and c make the 70 points was
 * published as an image that could not be confirmed: the formula is 70 × (wa·a + wb·b + wc·c) / (wa + wb + wc), our
 * best reading, with every weight here.
 *
 * @param taskPoints        points of the task results (kết quả thực hiện nhiệm vụ)
 * @param generalPoints     most points of the general criteria (tiêu chí chung) the evaluator enters
 * @param quantityWeight    weight of a (completed / assigned) in the task points (unconfirmed)
 * @param qualityWeight     weight of b (completed at the required quality / assigned) in the task points (unconfirmed)
 * @param timelinessWeight  weight of c (completed on schedule / assigned) in the task points (unconfirmed)
 * @param qualityReduction  share of a work item's quality points lost per failed quality check
 * @param latenessReduction share of a work item's timeliness points lost per late instance (a late completion)
 * @param excellentFrom     total from which the grade is "hoàn thành xuất sắc"
 * @param goodFrom          total from which the grade is "hoàn thành tốt"
 * @param doneFrom          total from which the grade is "hoàn thành"; below: "không hoàn thành"
 * @param excellentShare    most share of "hoàn thành xuất sắc" among those graded "hoàn thành tốt" or better in the agency
 * @param weights           a task's weight as a work item (quy đổi) until its unit head sets another, per task kind
 */
@Validated
@ConfigurationProperties("nhiemvu.people")
public record PeopleProperties(@DefaultValue("70") @DecimalMin("1") BigDecimal taskPoints,
        @DefaultValue("30") @DecimalMin("0") BigDecimal generalPoints,
        @DefaultValue("1") @DecimalMin("0") BigDecimal quantityWeight,
        @DefaultValue("1") @DecimalMin("0") BigDecimal qualityWeight,
        @DefaultValue("1") @DecimalMin("0") BigDecimal timelinessWeight,
        @DefaultValue("0.25") @DecimalMin("0") @DecimalMax("1") BigDecimal qualityReduction,
        @DefaultValue("0.25") @DecimalMin("0") @DecimalMax("1") BigDecimal latenessReduction,
        @DefaultValue("90") BigDecimal excellentFrom, @DefaultValue("70") BigDecimal goodFrom,
        @DefaultValue("50") BigDecimal doneFrom,
        @DefaultValue("0.20") @DecimalMin("0") @DecimalMax("1") BigDecimal excellentShare,
        @DefaultValue @Valid Weights weights) {

    /**
     * @param scheme        the default weight (quy đổi) of a đề án as a work item, until its unit head sets another
     * @param legalDocument the default weight of a văn bản quy phạm pháp luật
     * @param report        the default weight of a báo cáo
     * @param other         the default weight of any other task
     */
    public record Weights(@DefaultValue("3") @DecimalMin("0.1") BigDecimal scheme,
            @DefaultValue("3") @DecimalMin("0.1") BigDecimal legalDocument,
            @DefaultValue("1") @DecimalMin("0.1") BigDecimal report,
            @DefaultValue("1") @DecimalMin("0.1") BigDecimal other) {

        public BigDecimal of(TaskKind kind) {
            return switch (kind) {
                case SCHEME -> scheme;
                case LEGAL_DOCUMENT -> legalDocument;
                case REPORT -> report;
                case OTHER -> other;
            };
        }
    }

    public SheetRules rules() {
        return new SheetRules(taskPoints, generalPoints, quantityWeight, qualityWeight, timelinessWeight,
                qualityReduction, latenessReduction, excellentFrom, goodFrom, doneFrom);
    }
}
