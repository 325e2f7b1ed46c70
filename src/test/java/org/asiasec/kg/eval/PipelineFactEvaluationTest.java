package org.asiasec.kg.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.asiasec.kg.corpus.CorpusReader;
import org.asiasec.kg.corpus.MetadataCatalog;
import org.asiasec.kg.extract.StandardExtractor;
import org.asiasec.kg.model.CollectingSink;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The fact evaluation with the real pipeline (the standard extractor: recognition, linking, dates,
 * relation rules), as {@code eval} prints it. The corpus floors are the acceptance levels of issue 5
 * (recall 0.80, precision 0.90) where they are reached; concept proposals stay below the recall
 * level because several proposing meetings and concepts are names the recogniser does not yet find
 * (中央周边工作会议, 中央外事工作会议, 发展观 …), so their floor is the level measured. The unseen
 * fixtures are read with the standard lexicon only: their names are new to it.
 * Run with -Dfacts.differences=true to list every miss and every wrong fact.
 */
class PipelineFactEvaluationTest {

    private static Map<String, FactEvaluation.Score> run(Path folder, Path gold) {
        CorpusReader reader = new CorpusReader();
        MetadataCatalog catalog = MetadataCatalog.load(folder);
        StandardExtractor extractor = new StandardExtractor();
        CollectingSink sink = new CollectingSink();
        for (Path file : reader.listTexts(List.of(folder))) {
            extractor.extract(reader.read(file, catalog), sink);
        }
        FactEvaluation evaluation = FactEvaluation.load(gold);
        Map<String, FactEvaluation.Score> scores = evaluation.evaluate(sink);
        System.out.println(folder + " (standard extractor)\n" + FactEvaluation.report(scores));
        if (Boolean.getBoolean("facts.differences")) {
            evaluation.differences(sink).forEach(System.out::println);
        }
        return scores;
    }

    private static void assertAtLeast(Map<String, FactEvaluation.Score> scores, String kind, double precision, double recall) {
        FactEvaluation.Score s = scores.get(kind);
        assertTrue(s.precision() >= precision, kind + " precision " + s.precision() + " " + s);
        assertTrue(s.recall() >= recall, kind + " recall " + s.recall() + " " + s);
    }

    @Test
    @DisplayName("语料五篇，完整流水线：每类事实的精确率 ≥ 0.90、召回率 ≥ 0.80")
    void corpus() {
        Map<String, FactEvaluation.Score> scores = run(Path.of("corpus"), Path.of("src/test/resources/gold/facts.tsv"));
        for (String kind : List.of("meeting", "document", "membership", "founding", "concept-proposal", "concept-component")) {
            assertAtLeast(scores, kind, 0.90, 0.80);
        }
    }

    /**
     * Recall on the unseen texts depends on recognising their new names (南海合作论坛, 昆仑安全合作组织,
     * 高原安全观 …), which the standard lexicon does not hold; what the pipeline does state must be right.
     */
    @Test
    @DisplayName("未见过的虚构文本，完整流水线：抽出的事实基本正确")
    void unseenFixtures() {
        Path folder = Path.of("src/test/resources/unseen-facts");
        Map<String, FactEvaluation.Score> scores = run(folder, folder.resolve("facts.tsv"));
        int found = 0;
        for (String kind : FactEvaluation.KINDS) {
            assertTrue(scores.get(kind).precision() >= 0.80, kind + " precision " + scores.get(kind));
            found += scores.get(kind).goldFound();
        }
        assertTrue(found >= 10, "facts found: " + found + " " + scores);
    }
}
