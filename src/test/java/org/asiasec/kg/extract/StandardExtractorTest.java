package org.asiasec.kg.extract;

import org.asiasec.kg.extract.sentence.AnalysedSentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.extract.relation.MaskedSentence;
import org.asiasec.kg.extract.relation.RelationRule;
import org.asiasec.kg.extract.time.DateMention;
import org.asiasec.kg.lexicon.Lexicon;
import org.asiasec.kg.model.CollectingSink;
import org.asiasec.kg.model.ExtractionSink;
import org.asiasec.kg.model.Mention;
import org.asiasec.kg.model.Value;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StandardExtractorTest {

    private static final String TEXT = "2001年6月，上海合作组织在上海成立。\n国家主席习近平出席上合组织峰会。";

    @Test
    @DisplayName("关系规则逐句收到分析结果：词、已链接的提及、句子证据")
    void relationRulesSeeEverySentence() {
        List<AnalysedSentence> seen = new ArrayList<>();
        RelationRule spy = new RelationRule() {
            @Override
            public String name() {
                return "spy";
            }

            @Override
            public void apply(MaskedSentence sentence, ExtractionSink out) {
                seen.add(sentence.analysed());
            }
        };
        new StandardExtractor(Lexicon.standard(), () -> List.of(spy)).extract(new SourceText("t.txt", TEXT, null), new CollectingSink());
        assertEquals(2, seen.size());
        AnalysedSentence first = seen.get(0);
        assertTrue(first.mentions().stream().anyMatch(m -> m.entity().key().equals("SCO")));
        assertTrue(first.tokens().stream().anyMatch(t -> t.word().equals("上海")));
        assertTrue(seen.get(1).mentions().stream().anyMatch(m -> m.entity().key().equals("Xi-Jinping")));
        assertEquals(0, first.evidence("spy", 1).sentenceStart());
    }

    @Test
    @DisplayName("提及的偏移指向原文，证据给出整句")
    void mentionsPointIntoTheOriginal() {
        CollectingSink sink = new CollectingSink();
        new StandardExtractor().extract(new SourceText("t.txt", TEXT, null), sink);
        for (Mention m : sink.mentions()) {
            assertEquals(m.surface(), TEXT.substring(m.start(), m.end()));
            assertTrue(m.evidence().sentenceStart() <= m.start() && m.end() <= m.evidence().sentenceEnd());
            assertEquals("t.txt", m.evidence().sourceId());
        }
    }

    @Test
    @DisplayName("多线程并行抽取与单线程结果相同")
    void parallelExtractionGivesTheSameResult() throws Exception {
        StandardExtractor extractor = new StandardExtractor();
        CollectingSink alone = new CollectingSink();
        extractor.extract(new SourceText("t.txt", TEXT, null), alone);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<CollectingSink>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    CollectingSink sink = new CollectingSink();
                    extractor.extract(new SourceText("t.txt", TEXT, null), sink);
                    return sink;
                }));
            }
            for (Future<CollectingSink> f : results) {
                assertEquals(alone.entities(), f.get().entities());
                assertEquals(alone.mentions(), f.get().mentions());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    @DisplayName("日期识别逐句提供日期，规则在句子里看到它们")
    void datesReachTheRules() {
        List<List<DateMention>> seen = new ArrayList<>();
        RelationRule spy = new RelationRule() {
            @Override
            public String name() {
                return "spy";
            }

            @Override
            public void apply(MaskedSentence sentence, ExtractionSink out) {
                seen.add(sentence.analysed().dates());
            }
        };
        new StandardExtractor(Lexicon.standard(), () -> List.of(spy)).extract(new SourceText("t.txt", TEXT, null), new CollectingSink());
        assertEquals(Value.Date.month(2001, 6), seen.get(0).get(0).from());
        assertTrue(seen.get(1).isEmpty());
    }
}
