package vn.nhiemvu.reporting.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * The structured electronic report, modelled on the message packets of QCVN 125:2021/BTTTT (reporting regime,
 * report template, reporting period, indicator list, report data): one tree, written as JSON and as XML, each
 * validated on output against its published schema ({@code /schemas/periodic-report-1.0.schema.json},
 * {@code /schemas/periodic-report-1.0.xsd}).
 */
record ElectronicReport(String schemaVersion, Header header, Regime reportingRegime, Template template,
        Period reportingPeriod, Status report, List<Indicator> indicators, List<Datum> data,
        List<OverdueTask> overdueTasks) {

    /** Who sends what: the packet's identity. */
    record Header(String packetType, String messageId, String senderCode, String senderName, String createdAt) {
    }

    /** Chế độ báo cáo. */
    record Regime(String code, String name, List<String> legalBasis) {
    }

    /** Mẫu đề cương báo cáo. */
    record Template(String code, String name, String version) {
    }

    /** Kỳ báo cáo: the data window and the moment the figures were taken. */
    record Period(String code, String kind, String name, LocalDate from, LocalDate to, String evaluatedAt) {
    }

    /** Whether the report is issued (a snapshot) or a draft computed on demand. */
    record Status(String status, String documentNumber, String issuedAt, String issuedBy, String sha256, String policy,
            String policyName, String scope) {
    }

    /** Chỉ tiêu: an indicator's code, name and unit of measure. */
    record Indicator(String code, String name, String unit, String definition) {
    }

    /** Số liệu: one value of an indicator for one dimension (the total, a source, a unit, a leader, a directive). */
    record Datum(String indicator, String dimension, String dimensionCode, String dimensionName, Number value) {
    }

    record OverdueTask(long taskId, String title, String directiveNumber, String leadUnitCode, String leadUnitName,
            LocalDate deadline, LocalDate applicableDeadline, long workingDaysLate, String reason, String explanation) {
    }
}
