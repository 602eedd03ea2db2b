package vn.nhiemvu.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.json.JsonMapper;
import vn.nhiemvu.reporting.Figures;
import vn.nhiemvu.reporting.PeriodicReport;
import vn.nhiemvu.reporting.ReportSnapshot;
import vn.nhiemvu.shared.DisplayDates;

/**
 * Builds the structured electronic report from a report (a draft) or an issued snapshot, writes it as JSON or XML,
 * and validates what it wrote against the published JSON Schema and XSD: an output that breaks its schema is a bug,
 * never sent.
 */
@Component
class ElectronicReports {

    static final String VERSION = "1.0";
    static final String NAMESPACE = "urn:nhiemvu:bao-cao-dinh-ky:1.0";
    static final String JSON_SCHEMA = "/static/schemas/periodic-report-1.0.schema.json";
    static final String XSD = "/static/schemas/periodic-report-1.0.xsd";

    /** The indicators, with how each is read from a row of figures. */
    private record Measure(ElectronicReport.Indicator indicator, Function<Figures, Number> value) {
    }

    private static final List<Measure> MEASURES = List.of(
            count("RECEIVED", "Số nhiệm vụ nhận trong kỳ", "Giao trong kỳ báo cáo (theo ngày văn bản giao)", Figures::received),
            count("CARRIED_OVER", "Số nhiệm vụ kỳ trước chuyển sang", "Giao trước kỳ, chưa hoàn thành khi kỳ bắt đầu", Figures::carriedOver),
            count("TOTAL", "Tổng số nhiệm vụ phải thực hiện", "Nhận trong kỳ + kỳ trước chuyển sang", Figures::total),
            count("COMPLETED_ON_TIME", "Hoàn thành đúng hạn", "Hoàn thành trong kỳ, không muộn hơn thời hạn áp dụng", Figures::completedOnTime),
            count("COMPLETED_LATE", "Hoàn thành quá hạn", "Hoàn thành trong kỳ, muộn hơn thời hạn áp dụng", Figures::completedLate),
            count("IN_PROGRESS", "Đang thực hiện trong hạn", "Chưa hoàn thành, chưa quá thời hạn (gồm sắp đến hạn)", Figures::inProgress),
            count("DUE_SOON", "Trong đó: sắp đến hạn", "Chưa hoàn thành, còn không quá số ngày làm việc cảnh báo", Figures::dueSoon),
            count("OVERDUE", "Quá hạn chưa hoàn thành", "Chưa hoàn thành, đã quá thời hạn áp dụng tại ngày chốt", Figures::overdue),
            count("NO_DEADLINE", "Không có thời hạn", "Chưa hoàn thành, không có thời hạn; không tính quá hạn", Figures::noDeadline),
            rate("COMPLETION_RATE", "Tỷ lệ hoàn thành", "Hoàn thành / (hoàn thành + quá hạn chưa hoàn thành)", Figures::completionRate),
            rate("ON_TIME_RATE", "Tỷ lệ hoàn thành đúng hạn", "Hoàn thành đúng hạn / hoàn thành", Figures::onTimeRate),
            rate("OVERDUE_RATE", "Tỷ lệ quá hạn", "Quá hạn chưa hoàn thành / tổng số nhiệm vụ phải thực hiện", Figures::overdueRate));

    private final JsonMapper json;
    private final com.networknt.schema.Schema jsonSchema;
    private final Schema xsd;

    ElectronicReports(JsonMapper json) {
        this.json = json;
        try (InputStream in = resource(JSON_SCHEMA)) {
            this.jsonSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream in = resource(XSD)) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            this.xsd = factory.newSchema(new StreamSource(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException("The published XSD does not load", e);
        }
    }

    /** The report as JSON, validated against the JSON Schema; {@code snapshot} null for a draft. */
    String json(PeriodicReport report, ReportSnapshot snapshot) {
        String text = json.writerWithDefaultPrettyPrinter().writeValueAsString(build(report, snapshot));
        var errors = jsonSchema.validate(text, InputFormat.JSON);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("Electronic report breaks its JSON Schema: " + errors);
        }
        return text;
    }

    /** The report as XML, validated against the XSD; {@code snapshot} null for a draft. */
    byte[] xml(PeriodicReport report, ReportSnapshot snapshot) {
        byte[] bytes = writeXml(build(report, snapshot));
        try {
            xsd.newValidator().validate(new StreamSource(new StringReader(new String(bytes, StandardCharsets.UTF_8))));
        } catch (SAXException e) {
            throw new IllegalStateException("Electronic report breaks its XSD: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
    }

    ElectronicReport build(PeriodicReport r, ReportSnapshot snapshot) {
        var header = new ElectronicReport.Header("REPORT_DATA",
                snapshot == null ? "draft-" + r.agencyCode() + "-" + r.period().key() + "-" + r.generatedAt().toEpochMilli()
                        : "snapshot-" + r.agencyCode() + "-" + snapshot.id(),
                r.agencyCode(), r.agencyName(), r.generatedAt().toString());
        var regime = new ElectronicReport.Regime("NV-THCV", "Chế độ báo cáo tình hình thực hiện nhiệm vụ được giao",
                List.of("Nghị định 09/2019/NĐ-CP", "Chỉ thị 75/CT-BTTTT", "Thông tư 02/2023/TT-BTTTT"));
        var template = new ElectronicReport.Template("BM-NV-01", "Báo cáo kết quả thực hiện nhiệm vụ được giao", VERSION);
        var period = new ElectronicReport.Period(r.period().key(), r.period().kind().name(), r.period().label(),
                r.period().from(), r.period().to(), r.evaluatedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        var status = snapshot == null
                ? new ElectronicReport.Status("DRAFT", null, null, null, null, r.policy().name(), r.policyLabel(), r.scope())
                : new ElectronicReport.Status("ISSUED", snapshot.documentNumber(), snapshot.issuedAt().toString(),
                        snapshot.issuedBy(), snapshot.sha256(), r.policy().name(), r.policyLabel(), r.scope());
        var data = new ArrayList<ElectronicReport.Datum>();
        add(data, "TOTAL", "ALL", "Tổng hợp", r.summary());
        add(data, "PREVIOUS_PERIOD", r.previousPeriod().key(), r.previousPeriod().label(), r.previous());
        r.bySource().forEach(b -> add(data, "SOURCE", b.key(), b.name(), b.figures()));
        r.byUnit().forEach(b -> add(data, "LEAD_UNIT", b.key(), b.name(), b.figures()));
        r.byLeader().forEach(b -> add(data, "SUPERVISING_LEADER", b.key(), b.name(), b.figures()));
        r.byDirective().forEach(b -> add(data, "DIRECTIVE", b.key(), b.name(), b.figures()));
        var overdue = r.overdueTasks().stream().map(o -> new ElectronicReport.OverdueTask(o.taskId(), o.title(),
                o.directiveNumber(), o.leadUnitCode(), o.leadUnitName(), o.deadline(), o.applicableDeadline(),
                o.workingDaysLate(), o.reason(), explanation(o))).toList();
        return new ElectronicReport(VERSION, header, regime, template, period, status,
                MEASURES.stream().map(Measure::indicator).toList(), data, overdue);
    }

    /** The unit's explanation of an overdue task, as one text: its latest progress report and request. */
    static String explanation(PeriodicReport.OverdueTask o) {
        var parts = new ArrayList<String>();
        if (o.progressText() != null) {
            parts.add("Báo cáo tiến độ ngày " + DisplayDates.date(o.progressReportedOn()) + " (" + o.progressPercent() + "%): "
                    + o.progressText());
        }
        if (o.guidanceRequest() != null) {
            parts.add("Đề nghị ngày " + DisplayDates.date(o.guidanceRequestedOn()) + ": " + o.guidanceRequest());
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }


    private static void add(List<ElectronicReport.Datum> data, String dimension, String code, String name, Figures f) {
        for (Measure m : MEASURES) {
            Number value = m.value().apply(f);
            if (value != null) {
                data.add(new ElectronicReport.Datum(m.indicator().code(), dimension, code, name, value));
            }
        }
    }

    private static byte[] writeXml(ElectronicReport e) {
        var out = new ByteArrayOutputStream(16 * 1024);
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.setDefaultNamespace(NAMESPACE);
            w.writeStartElement(NAMESPACE, "periodicReport");
            w.writeDefaultNamespace(NAMESPACE);
            w.writeAttribute("schemaVersion", e.schemaVersion());
            var h = e.header();
            empty(w, "header", "packetType", h.packetType(), "messageId", h.messageId(), "senderCode", h.senderCode(),
                    "senderName", h.senderName(), "createdAt", h.createdAt());
            w.writeStartElement(NAMESPACE, "reportingRegime");
            attrs(w, "code", e.reportingRegime().code(), "name", e.reportingRegime().name());
            for (String basis : e.reportingRegime().legalBasis()) {
                text(w, "legalBasis", basis);
            }
            w.writeEndElement();
            var t = e.template();
            empty(w, "template", "code", t.code(), "name", t.name(), "version", t.version());
            var p = e.reportingPeriod();
            empty(w, "reportingPeriod", "code", p.code(), "kind", p.kind(), "name", p.name(), "from", p.from().toString(),
                    "to", p.to().toString(), "evaluatedAt", p.evaluatedAt());
            var s = e.report();
            empty(w, "report", "status", s.status(), "documentNumber", s.documentNumber(), "issuedAt", s.issuedAt(),
                    "issuedBy", s.issuedBy(), "sha256", s.sha256(), "policy", s.policy(), "policyName", s.policyName(),
                    "scope", s.scope());
            w.writeStartElement(NAMESPACE, "indicators");
            for (var i : e.indicators()) {
                empty(w, "indicator", "code", i.code(), "name", i.name(), "unit", i.unit(), "definition", i.definition());
            }
            w.writeEndElement();
            w.writeStartElement(NAMESPACE, "data");
            for (var d : e.data()) {
                w.writeStartElement(NAMESPACE, "value");
                attrs(w, "indicator", d.indicator(), "dimension", d.dimension(), "dimensionCode", d.dimensionCode(),
                        "dimensionName", d.dimensionName());
                w.writeCharacters(d.value() instanceof Double v ? java.math.BigDecimal.valueOf(v).toPlainString()
                        : d.value().toString());
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeStartElement(NAMESPACE, "overdueTasks");
            for (var o : e.overdueTasks()) {
                w.writeStartElement(NAMESPACE, "task");
                attrs(w, "taskId", Long.toString(o.taskId()), "directiveNumber", o.directiveNumber(), "leadUnitCode",
                        o.leadUnitCode(), "leadUnitName", o.leadUnitName(),
                        "deadline", o.deadline() == null ? null : o.deadline().toString(),
                        "applicableDeadline", o.applicableDeadline() == null ? null : o.applicableDeadline().toString(),
                        "workingDaysLate", Long.toString(o.workingDaysLate()));
                text(w, "title", o.title());
                text(w, "reason", o.reason());
                if (o.explanation() != null) {
                    text(w, "explanation", o.explanation());
                }
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException ex) {
            throw new IllegalStateException(ex);
        }
        return out.toByteArray();
    }

    private static void empty(XMLStreamWriter w, String name, String... attributes) throws XMLStreamException {
        w.writeEmptyElement(NAMESPACE, name);
        attrs(w, attributes);
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(NAMESPACE, name);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    /** Name-value pairs; a null value leaves the attribute out. */
    private static void attrs(XMLStreamWriter w, String... pairs) throws XMLStreamException {
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                w.writeAttribute(pairs[i], pairs[i + 1]);
            }
        }
    }

    private static Measure count(String code, String name, String definition, Function<Figures, Number> value) {
        return new Measure(new ElectronicReport.Indicator(code, name, "nhiệm vụ", definition), value);
    }

    private static Measure rate(String code, String name, String definition, Function<Figures, Number> value) {
        return new Measure(new ElectronicReport.Indicator(code, name, "tỷ lệ (0–1)", definition), value);
    }

    private static InputStream resource(String path) {
        InputStream in = ElectronicReports.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Missing from the jar: " + path);
        }
        return in;
    }
}
