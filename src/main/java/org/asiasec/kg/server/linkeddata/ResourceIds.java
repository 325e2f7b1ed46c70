package org.asiasec.kg.server.linkeddata;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Maps between resource IRIs under the base and the ids used in local paths
 * (/resource/{id}, /page/{id}, /data/{id}.ttl). An id is the part of the IRI after the base;
 * it may contain '/' and percent-escapes, which survive the trip through a URL unchanged.
 */
final class ResourceIds {

    private final String base;

    ResourceIds(String base) {
        this.base = base;
    }

    String base() {
        return base;
    }

    /** The id of an IRI under the base, ready to put in a path. Empty for other nodes. */
    Optional<String> idOf(Node node) {
        if (!node.isURI() || !node.getURI().startsWith(base) || node.getURI().length() == base.length()) {
            return Optional.empty();
        }
        return Optional.of(escapeForPath(node.getURI().substring(base.length())));
    }

    /**
     * The IRIs a raw (still percent-encoded) id from a request path may stand for, most literal
     * first: as written, with its escapes normalised, and fully decoded (IRIs may hold Unicode).
     * Empty when the id is unsafe or malformed: dot segments, empty segments, control characters.
     */
    Set<Node> candidates(String rawId) {
        Set<Node> iris = new LinkedHashSet<>();
        Optional<String> decoded = decode(rawId);
        if (decoded.isEmpty() || !isSafe(decoded.get()) || !isSafe(rawId)) {
            return iris;
        }
        iris.add(iri(rawId));
        iris.add(iri(escapeForPath(decoded.get())));
        iris.add(iri(decoded.get()));
        return iris;
    }

    private Node iri(String id) {
        return NodeFactory.createURI(base + id);
    }

    private static boolean isSafe(String id) {
        if (id.isEmpty() || id.startsWith("/") || id.endsWith("/")) {
            return false;
        }
        for (String segment : id.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return id.chars().noneMatch(c -> c < 0x20 || c == 0x7f || c == '\\');
    }

    /** Percent-decodes as UTF-8; empty when an escape is broken or the bytes are not UTF-8. */
    static Optional<String> decode(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    utf8 = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(utf8);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }

    /**
     * Percent-encodes what may not stand in a URL path as it is; keeps '/', unreserved
     * characters, sub-delimiters and existing escapes, so ids already in ASCII stay unchanged.
     */
    static String escapeForPath(String id) {
        StringBuilder out = new StringBuilder();
        byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < utf8.length; i++) {
            int c = utf8[i] & 0xff;
            boolean existingEscape = c == '%' && i + 2 < utf8.length
                    && Character.digit(utf8[i + 1], 16) >= 0 && Character.digit(utf8[i + 2], 16) >= 0;
            if (existingEscape || isPathChar(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static boolean isPathChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "-._~/!$&'()*+,=:@".indexOf(c) >= 0;
    }
}
