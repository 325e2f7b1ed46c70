package org.asiasec.kg.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.asiasec.kg.UserException;

/** The gold files to score, by stem (the text's file name without extension), in stem order. */
public final class GoldSet {

    /** Where the gold of the project's own corpus is packed in the jar: {@code gold/corpus/<stem>.json}. */
    public static final String BUNDLED = "gold/corpus/";

    private final Map<String, GoldText> byStem;

    private GoldSet(Map<String, GoldText> byStem) {
        this.byStem = byStem;
    }

    /** Every {@code *.json} file of a folder, as score.py's {@code --gold} reads it. */
    public static GoldSet directory(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new UserException("no such gold folder: " + folder);
        }
        Map<String, GoldText> gold = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
                    .forEach(f -> gold.put(stem(f.getFileName().toString()), GoldReader.read(f)));
        } catch (IOException e) {
            throw new UserException("cannot list gold folder " + folder + ": " + e.getMessage(), e);
        }
        if (gold.isEmpty()) {
            throw new UserException("no gold files (*.json) in " + folder);
        }
        return new GoldSet(gold);
    }

    /** The gold packed in the jar for those of the stems it has one for. */
    public static GoldSet bundled(Collection<String> stems) {
        Map<String, GoldText> gold = new TreeMap<>();
        for (String stem : stems) {
            String resource = BUNDLED + stem + ".json";
            try (InputStream in = GoldSet.class.getClassLoader().getResourceAsStream(resource)) {
                if (in != null) {
                    gold.put(stem, GoldReader.read(in, resource));
                }
            } catch (IOException e) {
                throw new UserException("cannot read " + resource + ": " + e.getMessage(), e);
            }
        }
        return new GoldSet(gold);
    }

    /** Only the stems listed (score.py's {@code --docs}); all when {@code docs} is null. */
    public GoldSet only(Set<String> docs) {
        if (docs == null) {
            return this;
        }
        Map<String, GoldText> kept = new TreeMap<>(byStem);
        kept.keySet().retainAll(docs);
        return new GoldSet(kept);
    }

    public Map<String, GoldText> byStem() {
        return byStem;
    }

    public boolean isEmpty() {
        return byStem.isEmpty();
    }

    /** A file name without its extension, as {@code extract --out-dir} names its files. */
    public static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
