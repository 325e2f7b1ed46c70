package org.asiasec.kg.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.extract.Extractor;
import org.asiasec.kg.model.CollectingSink;
import org.asiasec.kg.model.Entity;
import org.asiasec.kg.model.EntityType;

/**
 * Entity-level evaluation per text: a predicted (text, type, entity) is right when one of its names
 * (label, alternative labels, surfaces in the text) is a name of a gold entity of the same type in the
 * same text; a gold entity is found when some prediction matches it. It measures recognition and
 * linking: run it with {@code StandardExtractor.entitiesOnly}, since concepts that relation rules
 * create (the components of 新安全观 …) are not annotated as named entities in the gold.
 */
public final class EntityEvaluation {

    public static final List<EntityType> TYPES = List.of(EntityType.MECHANISM, EntityType.DOCUMENT,
            EntityType.CONCEPT, EntityType.COUNTRY, EntityType.PERSON, EntityType.PLACE);

    private final Map<EntityType, Score> scores = new EnumMap<>(EntityType.class);
    private final List<String> errors = new ArrayList<>();

    public static EntityEvaluation run(Extractor extractor, List<SourceText> texts, GoldStandard gold) {
        EntityEvaluation eval = new EntityEvaluation();
        for (EntityType t : TYPES) {
            eval.scores.put(t, new Score());
        }
        for (SourceText text : texts) {
            CollectingSink sink = new CollectingSink();
            extractor.extract(text, sink);
            for (EntityType type : TYPES) {
                List<Set<String>> predicted = new ArrayList<>();
                List<String> labels = new ArrayList<>();
                for (Entity e : sink.entities().values()) {
                    if (e.type() == type) {
                        Set<String> names = new HashSet<>();
                        e.altLabels().forEach(a -> names.add(GoldEntity.comparable(a)));
                        names.add(GoldEntity.comparable(e.labelZh()));
                        predicted.add(names);
                        labels.add(e.labelZh());
                    }
                }
                List<GoldEntity> expected = gold.entities().stream()
                        .filter(g -> g.sourceId().equals(text.fileName()) && g.type() == type).toList();
                eval.score(text.fileName(), type, predicted, labels, expected);
            }
        }
        return eval;
    }

    private void score(String source, EntityType type, List<Set<String>> predicted, List<String> labels,
                       List<GoldEntity> expected) {
        Score s = scores.get(type);
        s.predicted += predicted.size();
        s.gold += expected.size();
        for (int i = 0; i < predicted.size(); i++) {
            Set<String> names = predicted.get(i);
            if (expected.stream().anyMatch(g -> g.names().stream().anyMatch(names::contains))) {
                s.correct++;
            } else {
                errors.add(source + "\t" + type.className() + "\tspurious\t" + labels.get(i));
            }
        }
        for (GoldEntity g : expected) {
            if (predicted.stream().anyMatch(names -> g.names().stream().anyMatch(names::contains))) {
                s.found++;
            } else {
                errors.add(source + "\t" + type.className() + "\tmissed\t" + g.canonical());
            }
        }
    }

    public Score score(EntityType type) {
        return scores.get(type);
    }

    /** Spurious and missed entities, one per line: source, type, kind of error, name. */
    public List<String> errors() {
        return errors;
    }

    /** Counts for one type. */
    public static final class Score {
        int predicted;
        int correct;
        int gold;
        int found;

        public double precision() {
            return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 1 : (double) found / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** A table: type, predicted, gold, precision, recall, F1. */
    public String report() {
        StringBuilder out = new StringBuilder(String.format("%-10s %9s %5s %9s %6s %6s%n",
                "type", "predicted", "gold", "precision", "recall", "F1"));
        for (EntityType t : TYPES) {
            Score s = scores.get(t);
            out.append(String.format("%-10s %9d %5d %9.3f %6.3f %6.3f%n", t.className(), s.predicted, s.gold,
                    s.precision(), s.recall(), s.f1()));
        }
        return out.toString();
    }
}
