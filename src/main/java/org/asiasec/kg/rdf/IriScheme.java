package org.asiasec.kg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.asiasec.kg.UserException;

/**
 * Mints resource IRIs under a configurable base ({@code https://w3id.org/asiasec/resource/} by default).
 * Every IRI is ASCII and depends only on its inputs, so two builds of the same corpus agree:
 * <ul>
 *   <li>entity: {@code base + key} — the key from extraction, e.g. {@code …/resource/SCO};</li>
 *   <li>source text (also its named graph): {@code base + source/ + file name without extension};</li>
 *   <li>sentence: {@code source IRI + /sentence/ + start-end} (code point offsets);</li>
 *   <li>evidence: {@code base + evidence/ + hash} of what it states and where it was read;</li>
 *   <li>the dataset itself (VoID/DCAT): {@code base + dataset}.</li>
 * </ul>
 */
public class IriScheme {

    public static final String DEFAULT_BASE = "https://w3id.org/asiasec/resource/";

    /** First path segments that the scheme uses itself, so no entity key may start with them. */
    private static final Set<String> RESERVED = Set.of("source", "evidence", "dataset");

    private final String base;

    /** @throws UserException when the base is not an absolute http(s) IRI in ASCII without query or fragment */
    public IriScheme(String base) {
        if (base == null || !base.matches("https?://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~%!$&'()*+,;=:@/-]*)?")) {
            throw new UserException("the base IRI must be an absolute http(s) IRI in ASCII without query or fragment, e.g. "
                    + DEFAULT_BASE + " (got: " + base + ")");
        }
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public static IriScheme standard() {
        return new IriScheme(DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    /**
     * The resource of an entity. Keys are path segments separated by '/'; characters outside
     * {@code [A-Za-z0-9._-]} are percent-encoded so the IRI stays ASCII.
     *
     * @throws IllegalArgumentException for an empty key, an empty, "." or ".." segment, or a reserved first segment
     */
    public Node entity(String key) {
        return NodeFactory.createURI(base + entityPath(key));
    }

    /** The named graph and {@code asc:Source} of one corpus text. */
    public Node source(String fileName) {
        return NodeFactory.createURI(sourceIri(fileName));
    }

    /** A sentence of a source text, by its code point offsets. */
    public Node sentence(String fileName, int startCodePoint, int endCodePoint) {
        return NodeFactory.createURI(sourceIri(fileName) + "/sentence/" + startCodePoint + "-" + endCodePoint);
    }

    /** An evidence node, identified by everything that distinguishes one reading of a fact from another. */
    public Node evidence(String... identifyingParts) {
        return NodeFactory.createURI(base + "evidence/" + shortHash(identifyingParts));
    }

    /** The dataset as a whole, subject of its VoID/DCAT description. */
    public Node dataset() {
        return NodeFactory.createURI(base + "dataset");
    }

    private String sourceIri(String fileName) {
        return base + "source/" + Slugs.ascii(stem(fileName));
    }

    static String entityPath(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("empty entity key");
        }
        String[] segments = key.split("/", -1);
        if (RESERVED.contains(segments[0])) {
            throw new IllegalArgumentException("entity key '" + key + "' starts with the reserved segment '" + segments[0] + "'");
        }
        StringBuilder path = new StringBuilder();
        for (String segment : segments) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("entity key '" + key + "' has an empty, '.' or '..' segment");
            }
            if (path.length() > 0) {
                path.append('/');
            }
            path.append(Slugs.ascii(segment));
        }
        return path.toString();
    }

    static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** 80 bits of SHA-256, hex: collisions are out of reach for any corpus this tool will see. */
    public static String shortHash(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
