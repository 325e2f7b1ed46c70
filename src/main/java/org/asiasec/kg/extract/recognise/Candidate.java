package org.asiasec.kg.extract.recognise;

import org.asiasec.kg.lexicon.LexiconEntry;
import org.asiasec.kg.model.EntityType;

/**
 * A name a recogniser proposes, before overlaps are settled and before linking.
 *
 * @param start      offset in the joined text (inclusive)
 * @param end        offset in the joined text (exclusive)
 * @param type       what it names, or null for a span that names nothing this stage reports (a periodical,
 *                   a university, a single meeting) but whose parts must not be read as names either
 * @param kind       ontology subclass local name, or null when only the type is known
 * @param name       the name to link under (the surface without quotes, or the full name of an abbreviation)
 * @param rule       the recogniser that proposed it
 * @param confidence in [0, 1]
 * @param known      the lexicon entry it names, or null
 */
public record Candidate(int start, int end, EntityType type, String kind, String name, String rule,
                        double confidence, LexiconEntry known) {

    /** A span that hides the names inside it: 新加坡 in 新加坡国立大学, 太平洋 in 《太平洋学报》. */
    public static Candidate block(int start, int end, String name, String rule) {
        return new Candidate(start, end, null, null, name, rule, 0.9, null);
    }

    /**
     * A name found by its form, linked to {@code known} when the lexicon holds it: then the entry's class and
     * canonical name stand, else {@code kind} and the name as the text writes it.
     */
    public static Candidate named(int start, int end, EntityType type, String kind, String name, String rule,
                                  double confidence, java.util.Optional<LexiconEntry> known) {
        return new Candidate(start, end, type, known.map(LexiconEntry::kind).orElse(kind),
                known.map(LexiconEntry::zh).orElse(name), rule, confidence, known.orElse(null));
    }

    public boolean isBlock() {
        return type == null;
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Candidate other) {
        return start < other.end && other.start < end;
    }
}
