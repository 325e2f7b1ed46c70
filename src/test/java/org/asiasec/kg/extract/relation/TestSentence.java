package org.asiasec.kg.extract.relation;

import java.util.ArrayList;
import java.util.List;

import org.asiasec.kg.corpus.SourceMetadata;
import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.corpus.TextNormaliser;
import org.asiasec.kg.extract.sentence.AnalysedSentence;
import org.asiasec.kg.extract.sentence.LinkedMention;
import org.asiasec.kg.extract.time.DateRecognizer;
import org.asiasec.kg.extract.time.DateScope;
import org.asiasec.kg.model.Entity;
import org.asiasec.kg.model.EntityType;
import org.asiasec.kg.nlp.Sentence;

/**
 * Builds an {@link AnalysedSentence} by hand, standing in for the recognisers: the entities are
 * given as (surface, type, key) and found in the sentence by string search; dates are read by
 * the real {@link DateRecognizer} against the given scope.
 */
final class TestSentence {

    private final String text;
    private final List<Object[]> entities = new ArrayList<>();
    private DateScope scope = DateScope.anchoredAt("2021");

    private TestSentence(String text) {
        this.text = text;
    }

    static TestSentence of(String text) {
        return new TestSentence(text);
    }

    TestSentence with(String surface, EntityType type, String key) {
        return with(surface, type, key, surface);
    }

    /** An entity whose canonical label differs from the surface (上合组织 → 上海合作组织). */
    TestSentence with(String surface, EntityType type, String key, String label) {
        entities.add(new Object[] {surface, type, key, label});
        return this;
    }

    TestSentence documentDate(String date) {
        this.scope = DateScope.anchoredAt(date);
        return this;
    }

    /** Shares the scope of earlier sentences of the same text. */
    TestSentence scope(DateScope scope) {
        this.scope = scope;
        return this;
    }

    /** Without dates, as an extractor that leaves date reading to the rules would give it. */
    AnalysedSentence buildWithoutDates() {
        AnalysedSentence s = build();
        return new AnalysedSentence(s.source(), s.text(), s.sentence(), s.tokens(), s.mentions(), List.of());
    }

    /** Mentions are located in the analysis view, as the real pipeline sees the sentence (footnote markers removed …). */
    AnalysedSentence build() {
        // sentences that share a scope belong to one text, so that rules remember across them
        var source = new SourceText("test.txt", "text-" + System.identityHashCode(scope), SourceMetadata.unknown("test.txt"));
        var normalised = new TextNormaliser().normalise(text);
        String analysis = normalised.analysisText();
        List<LinkedMention> mentions = new ArrayList<>();
        for (Object[] e : entities) {
            String surface = (String) e[0];
            Entity entity = new Entity((String) e[2], (EntityType) e[1], null, (String) e[3], null, null, null);
            for (int i = analysis.indexOf(surface); i >= 0; i = analysis.indexOf(surface, i + 1)) {
                mentions.add(new LinkedMention(entity, surface, i, i + surface.length(), "test", 1.0));
            }
        }
        var sentence = new Sentence(0, analysis.length(), analysis);
        return new AnalysedSentence(source, normalised, sentence, List.of(), mentions,
                new DateRecognizer().recognise(sentence, scope));
    }
}
