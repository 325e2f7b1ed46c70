package org.asiasec.kg.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

import org.asiasec.kg.UserException;
import org.asiasec.kg.model.EntityType;

/**
 * Hand-annotated entities of a set of texts, read from a tab-separated file with the columns
 * {@code source type canonical aliases} (aliases separated by {@code |}; {@code #} starts a comment).
 */
public final class GoldStandard {

    public static final String RESOURCE = "gold/entities.tsv";

    private final List<GoldEntity> entities;

    private GoldStandard(List<GoldEntity> entities) {
        this.entities = List.copyOf(entities);
    }

    public List<GoldEntity> entities() {
        return entities;
    }

    public static GoldStandard read(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        } catch (IOException e) {
            throw new UserException("cannot read gold file " + file + ": " + e.getMessage(), e);
        }
    }

    public static GoldStandard fromClasspath(String resource) {
        InputStream in = GoldStandard.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new UserException("gold file not found on the classpath: " + resource + " (give one with --gold)");
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(r, resource);
        } catch (IOException e) {
            throw new UserException("cannot read gold file " + resource + ": " + e.getMessage(), e);
        }
    }

    private static GoldStandard read(Reader reader, String name) throws IOException {
        List<GoldEntity> entities = new ArrayList<>();
        BufferedReader in = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("source\t")) {
                continue;
            }
            String[] cells = Arrays.copyOf(line.split("\t", -1), 4);
            if (cells[1] == null || cells[2] == null || cells[2].isBlank()) {
                throw new UserException(name + " line " + number + ": expected source, type, canonical name");
            }
            var aliases = new LinkedHashSet<String>();
            if (cells[3] != null) {
                Arrays.stream(cells[3].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).forEach(aliases::add);
            }
            try {
                entities.add(new GoldEntity(cells[0].strip(), EntityType.fromClassName(cells[1]), cells[2].strip(), aliases));
            } catch (IllegalArgumentException e) {
                throw new UserException(name + " line " + number + ": " + e.getMessage(), e);
            }
        }
        return new GoldStandard(entities);
    }
}
