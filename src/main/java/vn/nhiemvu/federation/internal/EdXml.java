package vn.nhiemvu.federation.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/**
 * A {@code task.assigned} message as an edXML packet (QCVN 102:2016/BTTTT, DOMAIN §11), so that the directive and the
 * task it assigns can travel as the national document exchange carries documents: root {@code edXML} →
 * {@code edXMLEnvelope} → {@code edXMLHeader} ({@code MessageHeader}: From, To, Code, PromulgationInfo, DocumentType,
 * Subject, Content, DueDate, DocumentId, OtherInfo; {@code TraceHeaderList}) and an empty {@code edXMLBody}
 * (no attachments). What edXML has no element for (the message id, the upper task id, the sequence, the task's kind,
 * description, worded deadline, the cut-off) is carried under {@code OtherInfo} in the namespace {@link #NV}. The
 * element names follow public implementations, not the standard's text (which is not at hand); the XML signature
 * ({@code Signature}, XMLDSig) is not written: the JSON message's JWS is what this protocol trusts.
 */
final class EdXml {

    static final String NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    static final String NV = "urn:nhiemvu:federation:v1";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private EdXml() {
    }

    /** The fields of a {@code task.assigned} envelope that edXML carries, and its body. */
    record Assignment(String id, String sender, String receiver, String upperId, long sequence, Instant sentAt,
            Messages.Assigned body) {
    }

    static String write(Assignment a) {
        Document doc = builder().newDocument();
        Element root = doc.createElementNS(NS, "edXML");
        doc.appendChild(root);
        Element envelope = add(root, "edXMLEnvelope");
        Element header = add(envelope, "edXMLHeader");
        Element message = add(header, "MessageHeader");
        text(add(message, "From"), "OrganId", a.sender());
        text(add(message, "To"), "OrganId", a.receiver());
        Messages.DirectiveInfo d = a.body().directive();
        Messages.AssignedTask t = a.body().task();
        if (d != null) {
            Element code = add(message, "Code");
            int slash = d.number().indexOf('/');
            text(code, "CodeNumber", slash < 0 ? d.number() : d.number().substring(0, slash));
            text(code, "CodeNotation", slash < 0 ? "" : d.number().substring(slash + 1));
            if (d.issueDate() != null) {
                text(add(message, "PromulgationInfo"), "PromulgationDate", DAY.format(d.issueDate()));
            }
            text(add(message, "DocumentType"), "Type", d.kind());
        }
        text(message, "Subject", d != null && d.title() != null ? d.title() : t.title());
        text(message, "Content", t.title());
        if (t.deadline() != null) {
            text(message, "DueDate", DAY.format(t.deadline()));
        }
        if (d != null && d.issuerCode() != null && d.issueDate() != null) {
            text(message, "DocumentId", d.issuerCode() + "," + DAY.format(d.issueDate()) + "," + d.number());
        }
        Element other = add(message, "OtherInfo");
        nv(other, "MessageId", a.id());
        nv(other, "UpperTaskId", a.upperId());
        nv(other, "Sequence", Long.toString(a.sequence()));
        nv(other, "SentAt", a.sentAt().toString());
        nv(other, "TaskKind", t.kind());
        nv(other, "TaskDescription", t.description());
        nv(other, "DeadlineText", t.deadlineText());
        if (d != null) {
            nv(other, "DirectiveNumber", d.number());
            nv(other, "DirectiveIssuer", d.issuerCode());
            nv(other, "Cutoff", d.cutoff() == null ? null : d.cutoff().toString());
        }
        Element traces = add(header, "TraceHeaderList");
        Element trace = add(traces, "TraceHeader");
        text(trace, "OrganId", a.sender());
        text(trace, "Timestamp", TIME.format(a.sentAt().atZone(VIETNAM)));
        // 0: a new document (1 recall, 2 update, 3 replace).
        text(add(traces, "Bussiness"), "BussinessDocType", "0");
        add(add(envelope, "edXMLBody"), "edXMLManifest");
        return serialize(doc);
    }

    /** The assignment an edXML packet carries; 400 naming what is missing or unreadable. */
    static Assignment read(String xml) {
        Document doc;
        try {
            doc = builder().parse(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            throw InvalidInputException.of("body", Message.of("invalid.federation.edxml.unreadable"));
        }
        Element root = doc.getDocumentElement();
        if (!NS.equals(root.getNamespaceURI()) || !"edXML".equals(root.getLocalName())) {
            throw InvalidInputException.of("body", Message.of("invalid.federation.edxml.not-edxml"));
        }
        Element message = required(root, NS, "MessageHeader");
        Element other = required(message, NS, "OtherInfo");
        String number = value(other, NV, "DirectiveNumber");
        Messages.DirectiveInfo directive = null;
        if (number != null) {
            Element type = child(message, NS, "DocumentType");
            String issued = child(message, NS, "PromulgationInfo") == null ? null
                    : value(child(message, NS, "PromulgationInfo"), NS, "PromulgationDate");
            String cutoff = value(other, NV, "Cutoff");
            directive = new Messages.DirectiveInfo(type == null ? null : value(type, NS, "Type"), number,
                    value(message, NS, "Subject"), value(other, NV, "DirectiveIssuer"), day(issued, "PromulgationDate"),
                    cutoff == null ? null : iso(cutoff, "Cutoff"));
        }
        String content = value(message, NS, "Content");
        if (content == null) {
            throw InvalidInputException.of("body", Message.of("invalid.federation.edxml.missing", "Content"));
        }
        var task = new Messages.AssignedTask(content, value(other, NV, "TaskDescription"), value(other, NV, "TaskKind"),
                day(value(message, NS, "DueDate"), "DueDate"), value(other, NV, "DeadlineText"));
        String sequence = requiredValue(other, NV, "Sequence");
        Instant sentAt;
        long seq;
        try {
            sentAt = Instant.parse(requiredValue(other, NV, "SentAt"));
            seq = Long.parseLong(sequence);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw InvalidInputException.of("body", Message.of("invalid.federation.edxml.value", "SentAt/Sequence"));
        }
        return new Assignment(requiredValue(other, NV, "MessageId"),
                requiredValue(required(message, NS, "From"), NS, "OrganId"),
                requiredValue(required(message, NS, "To"), NS, "OrganId"), requiredValue(other, NV, "UpperTaskId"), seq,
                sentAt, new Messages.Assigned(directive, task));
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // A packet from outside: no DTD, no external entity, no include (XXE).
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String serialize(Document doc) {
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            var out = new StringWriter();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Element add(Element parent, String name) {
        Element child = parent.getOwnerDocument().createElementNS(NS, name);
        parent.appendChild(child);
        return child;
    }

    private static void text(Element parent, String name, String value) {
        add(parent, name).setTextContent(value == null ? "" : value);
    }

    private static void nv(Element parent, String name, String value) {
        if (value != null) {
            Element child = parent.getOwnerDocument().createElementNS(NV, "nv:" + name);
            child.setTextContent(value);
            parent.appendChild(child);
        }
    }

    /** The first element of that name below the parent (each name is used once in a packet's header). */
    private static Element child(Element parent, String ns, String name) {
        Node found = parent.getElementsByTagNameNS(ns, name).item(0);
        return found instanceof Element e ? e : null;
    }

    private static Element required(Element parent, String ns, String name) {
        Element e = child(parent, ns, name);
        if (e == null) {
            throw InvalidInputException.of("body", Message.of("invalid.federation.edxml.missing", name));
        }
        return e;
    }

    private static String value(Element parent, String ns, String name) {
        Element e = child(parent, ns, name);
        String text = e == null ? null : e.getTextContent().strip();
        return text == null || text.isEmpty() ? null : text;
    }

    private static String requiredValue(Element parent, String ns, String name) {
        String v = value(parent, ns, name);
        if (v == null) {
            throw InvalidInputException.of("body", Message.of("invalid.federation.edxml.missing", name));
        }
        return v;
    }

    private static LocalDate day(String text, String name) {
        try {
            return text == null ? null : LocalDate.parse(text, DAY);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("body", Message.of("invalid.federation.edxml.value", name));
        }
    }

    private static LocalDate iso(String text, String name) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("body", Message.of("invalid.federation.edxml.value", name));
        }
    }
}
