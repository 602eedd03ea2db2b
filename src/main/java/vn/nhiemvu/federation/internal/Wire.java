package vn.nhiemvu.federation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/**
 * Messages as bytes and back, checked against the published JSON Schemas ({@code /api/v1/federation/schemas/v1/…}):
 * what this side sends must keep them (else it is a bug), what it receives is refused when it does not.
 */
@Component
class Wire {

    static final String SCHEMAS = "/federation/schemas/v1/";
    /** The envelope, the receipt, and a schema per message type named as the type is on the wire. */
    static final List<String> SCHEMA_NAMES = java.util.stream.Stream.concat(java.util.stream.Stream.of("envelope",
            "receipt", "batch", "receipts"), java.util.Arrays.stream(Messages.Type.values()).map(t -> t.wire)).toList();

    private final JsonMapper json;
    private final Map<String, Schema> schemas = new HashMap<>();

    Wire(JsonMapper json) {
        this.json = json;
        var registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        for (String name : SCHEMA_NAMES) {
            schemas.put(name, registry.getSchema(text(name), InputFormat.JSON));
        }
    }

    /** The schema as published. */
    static String text(String name) {
        try (InputStream in = Wire.class.getResourceAsStream(SCHEMAS + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException(name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode tree(Object body) {
        return json.valueToTree(body);
    }

    String write(Object value) {
        return json.writeValueAsString(value);
    }

    byte[] envelope(Messages.Envelope envelope) {
        String text = write(envelope);
        List<String> errors = errors("envelope", text);
        errors.addAll(errors(envelope.type(), envelope.body()));
        if (!errors.isEmpty()) {
            throw new IllegalStateException("A message breaks its schema: " + errors);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The envelope received, if it keeps the schemas; else 400 naming what is wrong. */
    Messages.Envelope readEnvelope(byte[] bytes) {
        return readEnvelope(parse(bytes));
    }

    /** The JSON received; else 400. */
    private JsonNode parse(byte[] bytes) {
        try {
            return json.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw InvalidInputException.of("body", Message.of("invalid.federation.body.not-json"));
        }
    }

    /** An envelope already parsed (one of a batch's), if it keeps the schemas; else 400 naming what is wrong. */
    Messages.Envelope readEnvelope(JsonNode tree) {
        List<String> errors = errors("envelope", tree);
        if (errors.isEmpty()) {
            errors = errors(tree.get("type").asString(), tree.get("body"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.of("body", Message.of("invalid.federation.body.schema", String.join("; ", errors)));
        }
        try {
            return json.treeToValue(tree, Messages.Envelope.class);
        } catch (JacksonException e) {
            throw InvalidInputException.of("body", Message.of("invalid.federation.body.unreadable", e.getOriginalMessage()));
        }
    }

    /** A batch received, if it keeps {@code batch.json}; its messages are checked one by one as they are taken. */
    Messages.Batch readBatch(byte[] bytes) {
        JsonNode tree = parse(bytes);
        List<String> errors = errors("batch", tree);
        if (!errors.isEmpty()) {
            throw InvalidInputException.of("body", Message.of("invalid.federation.body.schema", String.join("; ", errors)));
        }
        return json.treeToValue(tree, Messages.Batch.class);
    }

    /** The batch as sent: each envelope already checked by {@link #envelope}. */
    byte[] batch(List<byte[]> envelopes) {
        var out = new java.io.ByteArrayOutputStream();
        out.writeBytes("{\"version\":1,\"messages\":[".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < envelopes.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(envelopes.get(i));
        }
        out.writeBytes("]}".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    Messages.Receipts readReceipts(byte[] bytes) {
        JsonNode tree = json.readTree(new String(bytes, StandardCharsets.UTF_8));
        List<String> errors = errors("receipts", tree);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("the receipts break their schema: " + errors);
        }
        return json.treeToValue(tree, Messages.Receipts.class);
    }

    <T> T body(Messages.Envelope envelope, Class<T> type) {
        return json.treeToValue(envelope.body(), type);
    }

    <T> T read(String text, Class<T> type) {
        return json.readValue(text, type);
    }

    Messages.Receipt readReceipt(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String> errors = errors("receipt", text);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("the receipt breaks its schema: " + errors);
        }
        return json.readValue(text, Messages.Receipt.class);
    }

    private List<String> errors(String schema, String text) {
        return errors(schema, json.readTree(text));
    }

    private List<String> errors(String schema, JsonNode tree) {
        Schema s = schemas.get(schema);
        if (s == null) {
            return new java.util.ArrayList<>(List.of("unknown type " + schema));
        }
        return new java.util.ArrayList<>(s.validate(tree).stream().map(Object::toString).toList());
    }
}
