package org.asiasec.kg.extract.relation;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.asiasec.kg.extract.WholeTextFacts;
import org.asiasec.kg.extract.sentence.AnalysedSentence;
import org.asiasec.kg.model.CollectingSink;
import org.asiasec.kg.model.Fact;

/** Runs rules over hand-built sentences and writes the facts as readable lines: "subject property value". */
final class Facts {

    private Facts() {
    }

    static CollectingSink run(List<RelationRule> rules, AnalysedSentence... sentences) {
        CollectingSink sink = new CollectingSink();
        java.util.Map<org.asiasec.kg.corpus.SourceText, MeetingFinder> texts = new java.util.LinkedHashMap<>();
        for (AnalysedSentence s : sentences) {
            MaskedSentence masked = new MaskedSentence(s); // as the extractor does: one per sentence for all rules
            texts.computeIfAbsent(s.source(), t -> new MeetingFinder()).read(masked); // one finder per text
            for (RelationRule rule : rules) {
                rule.apply(masked, sink);
            }
        }
        texts.keySet().forEach(text -> rules.forEach(rule -> rule.finish(text, sink)));
        return sink;
    }

    static Set<String> lines(CollectingSink sink) {
        Set<String> out = new TreeSet<>();
        for (Fact f : sink.facts()) {
            out.add(f.subjectKey() + " " + f.property().localName() + " " + WholeTextFacts.show(f.value()));
        }
        return out;
    }

    static Set<String> of(List<RelationRule> rules, AnalysedSentence... sentences) {
        return lines(run(rules, sentences));
    }

}
