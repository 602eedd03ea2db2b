package vn.nhiemvu.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo organisation (demo/organization.json) as a party directory, without Spring or a database. */
final class TestDirectory {

    private TestDirectory() {
    }

    static PartyDirectory demo() {
        try (InputStream in = TestDirectory.class.getResourceAsStream("/demo/organization.json")) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            var entries = new ArrayList<PartyDirectory.Entry>();
            long id = 1;
            for (JsonNode unit : root.get("units")) {
                entries.add(new PartyDirectory.Entry(id++, unit.get("code").asString(), unit.get("name").asString(),
                        aliases(unit)));
            }
            for (JsonNode agency : root.get("agencies")) {
                entries.add(new PartyDirectory.Entry(null, agency.get("code").asString(), agency.get("name").asString(),
                        aliases(agency)));
            }
            return new PartyDirectory(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> aliases(JsonNode node) {
        var aliases = new ArrayList<String>();
        if (node.has("aliases")) {
            node.get("aliases").forEach(a -> aliases.add(a.asString()));
        }
        return aliases;
    }
}
