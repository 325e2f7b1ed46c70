package org.asiasec.kg.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.asiasec.kg.corpus.CorpusReader;
import org.asiasec.kg.corpus.MetadataCatalog;
import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.extract.StandardExtractor;
import org.asiasec.kg.lexicon.Lexicon;
import org.asiasec.kg.model.EntityType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Guards the measured quality: F1 ≥ 0.90 for every type on the corpus, and recall of the same order on
 * short texts written for these tests, whose mechanisms, titles and concepts are in no lexicon.
 */
class EntityEvaluationTest {

    private static EntityEvaluation evaluate(String folder, GoldStandard gold) {
        CorpusReader reader = new CorpusReader();
        List<SourceText> texts = reader.listTexts(List.of(Path.of(folder))).stream()
                .map(f -> reader.read(f, MetadataCatalog.empty())).toList();
        EntityEvaluation eval = EntityEvaluation.run(StandardExtractor.entitiesOnly(Lexicon.standard()), texts, gold);
        System.out.print(eval.report());
        return eval;
    }

    @Test
    @DisplayName("语料：每类实体的 F1 不低于已达到的水平")
    void corpusF1() {
        EntityEvaluation eval = evaluate("corpus", GoldStandard.fromClasspath(GoldStandard.RESOURCE));
        Map<EntityType, Double> floor = Map.of(EntityType.MECHANISM, 0.90, EntityType.DOCUMENT, 0.90,
                EntityType.CONCEPT, 0.90, EntityType.COUNTRY, 0.90, EntityType.PERSON, 0.90, EntityType.PLACE, 0.90);
        floor.forEach((type, min) -> assertTrue(eval.score(type).f1() >= min,
                type + " F1 " + eval.score(type).f1() + " < " + min));
    }

    @Test
    @DisplayName("未见文本：虚构的机制、文件与概念也能召回")
    void unseenRecall() {
        EntityEvaluation eval = evaluate("src/test/resources/unseen", GoldStandard.read(Path.of("src/test/resources/unseen/gold.tsv")));
        Map<EntityType, Double> floor = Map.of(EntityType.MECHANISM, 0.9, EntityType.DOCUMENT, 0.9,
                EntityType.CONCEPT, 0.9, EntityType.COUNTRY, 0.9, EntityType.PERSON, 0.9, EntityType.PLACE, 0.9);
        floor.forEach((type, min) -> assertTrue(eval.score(type).recall() >= min,
                type + " recall " + eval.score(type).recall() + " < " + min));
    }
}
