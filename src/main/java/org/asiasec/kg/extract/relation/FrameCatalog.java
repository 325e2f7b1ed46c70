package org.asiasec.kg.extract.relation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The event frames of {@code ontology/frames/frames.tsv}, read once: a data file a domain expert edits
 * to teach a rule a new trigger word without touching Java.
 */
public final class FrameCatalog {

    public static final String RESOURCE = "ontology/frames/frames.tsv";
    private static final FrameCatalog STANDARD = load();

    private final Map<String, Frame> frames;

    private FrameCatalog(Map<String, Frame> frames) {
        this.frames = java.util.Collections.unmodifiableMap(frames);
    }

    public static FrameCatalog standard() {
        return STANDARD;
    }

    /** The frame named {@code name}; a rule asks only for frames the file declares. */
    public Frame frame(String name) {
        Frame f = frames.get(name);
        if (f == null) {
            throw new IllegalStateException("no frame '" + name + "' in " + RESOURCE);
        }
        return f;
    }

    public java.util.Collection<Frame> all() {
        return frames.values();
    }

    private static FrameCatalog load() {
        InputStream in = FrameCatalog.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is not on the class path");
        }
        Map<String, Frame> frames = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) { // the column names
                    header = false;
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != 5) {
                    throw new IllegalStateException(RESOURCE + ": expected 5 columns in: " + line);
                }
                Map<String, String> triggers = new LinkedHashMap<>();
                for (String t : cols[2].split("\\|")) {
                    int eq = t.indexOf('=');
                    triggers.put(eq < 0 ? t.strip() : t.substring(0, eq).strip(), eq < 0 ? "" : t.substring(eq + 1).strip());
                }
                frames.put(cols[0].strip(), new Frame(cols[0].strip(), cols[1].strip(), triggers, cols[3].strip(), cols[4].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FrameCatalog(frames);
    }
}
