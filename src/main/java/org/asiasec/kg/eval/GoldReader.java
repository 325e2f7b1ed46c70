package org.asiasec.kg.eval;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.asiasec.kg.UserException;

/** Reads gold files in the JSON format of {@code shared/devset/GOLD-SCHEMA.md}, with Jena's JSON parser. */
public final class GoldReader {

    private GoldReader() {
    }

    public static GoldText read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UserException("cannot read gold file " + file + ": " + e.getMessage(), e);
        }
    }

    /** @param name the file's name in error messages */
    public static GoldText read(InputStream in, String name) {
        try {
            JsonObject root = JSON.parse(in);
            List<GoldEntity> entities = new ArrayList<>();
            for (JsonValue v : array(root, "entities", name)) {
                JsonObject e = v.getAsObject();
                List<String> aliases = new ArrayList<>();
                if (e.hasKey("aliases") && e.get("aliases").isArray()) {
                    e.get("aliases").getAsArray().stream().map(GoldReader::text).filter(a -> a != null).forEach(aliases::add);
                }
                String type = text(e.get("type"));
                String entityName = text(e.get("name"));
                if (type == null || entityName == null) {
                    throw new UserException(name + ": an entity without type or name: " + e);
                }
                entities.add(new GoldEntity(type, entityName, aliases, truthy(e.get("core"))));
            }
            List<GoldFact> facts = new ArrayList<>();
            for (JsonValue v : array(root, "facts", name)) {
                Map<String, String> fields = new HashMap<>();
                v.getAsObject().entrySet().forEach(field -> {
                    String value = text(field.getValue());
                    if (value != null) {
                        fields.put(field.getKey(), value);
                    }
                });
                if (!fields.containsKey("kind")) {
                    throw new UserException(name + ": a fact without kind: " + v);
                }
                facts.add(new GoldFact(fields));
            }
            return new GoldText(text(root.get("doc")), text(root.get("doc_date")), entities, facts);
        } catch (JsonException | ClassCastException e) {
            throw new UserException("gold file " + name + " is not JSON of the gold format: " + String.valueOf(e.getMessage()).strip().replaceAll("\\s*\\R\\s*", " "), e);
        }
    }

    private static JsonArray array(JsonObject root, String key, String name) {
        JsonValue v = root.get(key);
        if (v == null || !v.isArray()) {
            throw new UserException("gold file " + name + " has no \"" + key + "\" list");
        }
        return v.getAsArray();
    }

    /** A JSON value as Python's {@code str} writes it (4 → "4", true → "True"); {@code null} for JSON null. */
    private static String text(JsonValue v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isString()) {
            return v.getAsString().value();
        }
        if (v.isBoolean()) {
            return v.getAsBoolean().value() ? "True" : "False";
        }
        if (v.isNumber()) {
            Number n = v.getAsNumber().value();
            return n instanceof BigDecimal d && d.scale() > 0 ? d.toPlainString() : n.toString();
        }
        return JSON.toStringFlat(v);
    }

    private static boolean truthy(JsonValue v) {
        if (v == null || v.isNull()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.getAsBoolean().value();
        }
        if (v.isNumber()) {
            return new BigDecimal(v.getAsNumber().value().toString()).signum() != 0;
        }
        return !text(v).isEmpty(); // Python's truth: a non-empty string is true, even "false"
    }
}
