package org.asiasec.kg.lexicon;

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
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.asiasec.kg.UserException;
import org.asiasec.kg.model.EntityType;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

/**
 * The domain lexicon: known mechanisms, countries, places, persons, concepts and documents with their
 * names, read from the tab-separated files under {@code ontology/lexicon/}. It helps recognise and link
 * names; it never states a fact. Immutable and thread-safe once loaded.
 */
public final class Lexicon {

    /** The lexicon files, in the order they are read; a name claimed by an earlier file wins. */
    public static final List<String> FILES = List.of(
            "mechanisms.tsv", "documents.tsv", "concepts.tsv", "countries.tsv", "places.tsv", "persons.tsv");
    public static final String SURNAMES = "surnames.txt";
    public static final String POSITIONS = "positions.txt";
    public static final String VARIANTS = "variants.tsv";
    private static final String RESOURCE_FOLDER = "ontology/lexicon/";

    private final List<LexiconEntry> entries;
    private final Map<String, LexiconEntry> byName;
    /** Lets {@link #byName} turn away most words without a hash lookup. */
    private final NameShape nameShape;
    private final Map<String, LexiconEntry> byKey;
    private final Set<String> surnames;
    /** The last characters of the positions and titles (主席, 外交部副部长 …), each once. */
    private final String positionEndings;
    /** {@link #positionEndings} as a set of chars. */
    private final java.util.BitSet positionEndingChars = new java.util.BitSet();
    /** For each of {@link #positionEndings}, the positions ending with it: a word is tested against few of them. */
    private final List<List<String>> positionsByEnding;
    private final Map<Character, LexiconEntry> shortForms;
    /** The chars that are a country's short form (华, 美, 俄 …): {@link #isCountryCompound} tests every word. */
    private final java.util.BitSet countryShortForms = new java.util.BitSet();
    private final AhoCorasickDoubleArrayTrie<LexiconEntry> trie = new AhoCorasickDoubleArrayTrie<>();
    /** Regional renderings (澳洲, 伊斯坦堡) → the canonical name they stand for (澳大利亚, 伊斯坦布尔). */
    private final Map<String, String> variants;

    private Lexicon(List<LexiconEntry> entries, Set<String> surnames, List<String> positions, Map<String, String> variants) {
        this.variants = Map.copyOf(variants);
        this.entries = withVariants(entries, variants);
        this.surnames = Collections.unmodifiableSet(surnames);
        StringBuilder endings = new StringBuilder();
        List<List<String>> byEnding = new ArrayList<>();
        for (String position : positions) {
            char last = position.charAt(position.length() - 1);
            if (endings.indexOf(String.valueOf(last)) < 0) {
                endings.append(last);
                byEnding.add(new ArrayList<>());
            }
            byEnding.get(endings.indexOf(String.valueOf(last))).add(position);
        }
        this.positionEndings = endings.toString();
        positionEndings.chars().forEach(positionEndingChars::set);
        this.positionsByEnding = byEnding;
        Map<String, LexiconEntry> names = new LinkedHashMap<>();
        Map<String, LexiconEntry> keys = new LinkedHashMap<>();
        Map<Character, LexiconEntry> shorts = new LinkedHashMap<>();
        for (LexiconEntry e : this.entries) {
            keys.putIfAbsent(e.key(), e);
            for (String name : e.names()) {
                if (name.length() == 1) {
                    shorts.putIfAbsent(name.charAt(0), e);
                } else {
                    names.putIfAbsent(name, e);
                }
            }
        }
        this.shortForms = Collections.unmodifiableMap(shorts);
        shorts.forEach((c, e) -> {
            if (e.type() == EntityType.COUNTRY) {
                countryShortForms.set(c);
            }
        });
        this.byName = Collections.unmodifiableMap(names);
        this.nameShape = new NameShape(names.keySet());
        this.byKey = Collections.unmodifiableMap(keys);
        if (!names.isEmpty()) {
            trie.build(new TreeMap<>(names));
        }
    }

    /** The lexicon shipped in the jar. */
    public static Lexicon standard() {
        return Holder.STANDARD;
    }

    /**
     * The shipped lexicon, with each file replaced by the file of the same name in {@code folder}
     * where one exists there.
     */
    public static Lexicon load(Path folder) {
        if (folder != null && !Files.isDirectory(folder)) {
            throw new UserException("lexicon folder not found: " + folder);
        }
        List<LexiconEntry> entries = new ArrayList<>();
        for (String file : FILES) {
            try (Reader r = open(folder, file)) {
                if (r != null) {
                    entries.addAll(LexiconTsv.read(new BufferedReader(r), file));
                }
            } catch (IOException e) {
                throw new UserException("cannot read lexicon file " + file + ": " + e.getMessage(), e);
            }
        }
        return new Lexicon(entries, new LinkedHashSet<>(words(folder, SURNAMES)), words(folder, POSITIONS),
                variants(folder));
    }

    /** Each entry with the variants of any of its names among its aliases. */
    private static List<LexiconEntry> withVariants(List<LexiconEntry> entries, Map<String, String> variants) {
        if (variants.isEmpty()) {
            return List.copyOf(entries);
        }
        List<LexiconEntry> out = new ArrayList<>();
        for (LexiconEntry e : entries) {
            List<String> names = e.names();
            LinkedHashSet<String> aliases = new LinkedHashSet<>(e.aliases());
            variants.forEach((variant, canonical) -> {
                if (names.contains(canonical) && !variant.equals(e.zh())) {
                    aliases.add(variant);
                }
            });
            out.add(aliases.size() == e.aliases().size() ? e : new LexiconEntry(e.key(), e.type(), e.kind(), e.zh(),
                    List.copyOf(aliases), e.en(), e.acronym(), e.wikidataId()));
        }
        return List.copyOf(out);
    }

    /** The variant table: two columns, variant and canonical name, header and comments left out. */
    private static Map<String, String> variants(Path folder) {
        Map<String, String> variants = new LinkedHashMap<>();
        try (Reader r = open(folder, VARIANTS)) {
            if (r != null) {
                List<String> lines = new BufferedReader(r).lines().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
                for (String line : lines) {
                    String[] cells = line.split("\t");
                    if (cells.length != 2) {
                        throw new UserException("lexicon " + VARIANTS + ": expected variant<TAB>canonical, got: " + line);
                    }
                    if (!cells[0].equals("variant")) {
                        variants.put(cells[0].strip(), cells[1].strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UserException("cannot read lexicon file " + VARIANTS + ": " + e.getMessage(), e);
        }
        return variants;
    }

    /** The canonical name a regional rendering stands for (澳洲 → 澳大利亚), or the name itself. */
    public String canonicalName(String name) {
        return variants.getOrDefault(name, name);
    }

    /** The white-space separated words of a plain list file, comments left out. */
    private static List<String> words(Path folder, String file) {
        List<String> words = new ArrayList<>();
        try (Reader r = open(folder, file)) {
            if (r != null) {
                new BufferedReader(r).lines().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .forEach(l -> words.addAll(Arrays.asList(l.split("\\s+"))));
            }
        } catch (IOException e) {
            throw new UserException("cannot read lexicon file " + file + ": " + e.getMessage(), e);
        }
        return words;
    }

    /** A lexicon of the given entries only (for tests and tools). */
    public static Lexicon of(Collection<LexiconEntry> entries, Set<String> surnames, List<String> positions) {
        return of(entries, surnames, positions, Map.of());
    }

    /** A lexicon of the given entries and variant table (variant → canonical name) only. */
    public static Lexicon of(Collection<LexiconEntry> entries, Set<String> surnames, List<String> positions,
                             Map<String, String> variants) {
        return new Lexicon(new ArrayList<>(entries), new LinkedHashSet<>(surnames), positions, variants);
    }

    private static Reader open(Path folder, String file) throws IOException {
        if (folder != null && Files.isRegularFile(folder.resolve(file))) {
            return Files.newBufferedReader(folder.resolve(file), StandardCharsets.UTF_8);
        }
        InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(RESOURCE_FOLDER + file);
        return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    public List<LexiconEntry> entries() {
        return entries;
    }

    public Optional<LexiconEntry> byName(String name) {
        return nameShape.admits(name) ? Optional.ofNullable(byName.get(name)) : Optional.empty();
    }

    public Optional<LexiconEntry> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** Every name of two or more characters of every entry, with its entry. */
    public Map<String, LexiconEntry> names() {
        return byName;
    }

    /**
     * True for a compound of one-character short forms of countries, such as 中美, 中俄 or 美日印澳: it
     * names a bilateral or multilateral relation, and its parts are never read alone.
     */
    public boolean isCountryCompound(String word) {
        if (word.length() < 2) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!countryShortForms.get(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The country whose one-character short form is {@code c} (华 → China, 美 → United States), if any. */
    public Optional<LexiconEntry> countryOfShortForm(char c) {
        return Optional.ofNullable(shortForms.get(c)).filter(e -> e.type() == EntityType.COUNTRY);
    }

    /** True when {@code word} is a position or ends with one (外交部长, 国家主席, 俄罗斯总统). */
    public boolean endsWithPosition(String word) {
        int ending = word.isEmpty() ? -1 : positionEndings.indexOf(word.charAt(word.length() - 1));
        if (ending < 0) {
            return false;
        }
        for (String position : positionsByEnding.get(ending)) {
            if (word.endsWith(position)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Length of the longest position or title that ends right before {@code end} in {@code text}
     * (国防部长 in 国防部长某某), or 0.
     */
    public int positionEndingAt(String text, int end) {
        // asked at every char of a text: a bit test turns away the chars no position ends with
        int ending = end <= 0 || end > text.length() || !positionEndingChars.get(text.charAt(end - 1)) ? -1
                : positionEndings.indexOf(text.charAt(end - 1));
        int longest = 0;
        if (ending >= 0) {
            for (String position : positionsByEnding.get(ending)) {
                if (position.length() > longest && text.startsWith(position, end - position.length())) {
                    longest = position.length();
                }
            }
        }
        return longest;
    }

    /** The surname a name starts with (compound surnames first), or null. */
    public String surnameOf(String name) {
        if (name.length() >= 3 && surnames.contains(name.substring(0, 2))) {
            return name.substring(0, 2);
        }
        return !name.isEmpty() && surnames.contains(name.substring(0, 1)) ? name.substring(0, 1) : null;
    }

    /** Every occurrence of every lexicon name in {@code text}, overlapping ones included. */
    public List<Hit> find(String text) {
        List<Hit> hits = new ArrayList<>();
        if (!byName.isEmpty()) {
            trie.parseText(text, (begin, end, entry) -> hits.add(new Hit(begin, end, text.substring(begin, end), entry)));
        }
        return hits;
    }

    /** A lexicon name found in a text. */
    public record Hit(int start, int end, String surface, LexiconEntry entry) {
    }

    private static final class Holder {
        static final Lexicon STANDARD = load(null);
    }
}
