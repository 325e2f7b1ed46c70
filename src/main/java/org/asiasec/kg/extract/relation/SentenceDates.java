package org.asiasec.kg.extract.relation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.asiasec.kg.corpus.Block;
import org.asiasec.kg.extract.AnalysedSentence;
import org.asiasec.kg.extract.time.DateMention;
import org.asiasec.kg.extract.time.DateRecognizer;
import org.asiasec.kg.extract.time.DateScope;

/**
 * The dates of a sentence: those the extractor put into the {@link AnalysedSentence}, or, when it
 * gave none, those read here with one {@link DateScope} per text anchored at the document date
 * (footnotes read in a fork of it, so their years do not leak into the body; a heading starts a new
 * section, see {@link DateScope#startSection()}). Sentences of a text
 * must arrive in reading order.
 */
final class SentenceDates {

    private final DateRecognizer recognizer = new DateRecognizer();
    private final TextMemory<Reading> readings = new TextMemory<>(Reading::new);

    /** One text being read: its scope and the dates of the sentences read so far. */
    private static final class Reading {
        DateScope scope;
        Block heading;
        final Map<Integer, List<DateMention>> bySentence = new HashMap<>();
    }

    List<DateMention> of(AnalysedSentence sentence) {
        if (!sentence.dates().isEmpty()) {
            return sentence.dates();
        }
        Reading reading = readings.of(sentence);
        synchronized (reading) {
            if (reading.scope == null) {
                reading.scope = DateScope.of(sentence.source().metadata());
            }
            return reading.bySentence.computeIfAbsent(sentence.sentence().start(), start -> {
                Block heading = headingOf(sentence);
                if (heading != null && !heading.equals(reading.heading)) {
                    reading.scope.startSection();
                }
                reading.heading = heading;
                return recognizer.recognise(sentence.sentence(), inFootnote(sentence) ? reading.scope.fork() : reading.scope);
            });
        }
    }

    private static Block headingOf(AnalysedSentence sentence) {
        int start = sentence.sentence().start();
        return sentence.text().blocks().stream().filter(b -> b.kind() == Block.Kind.HEADING
                && b.start() <= start && start < b.end()).findFirst().orElse(null);
    }

    private static boolean inFootnote(AnalysedSentence sentence) {
        int start = sentence.sentence().start();
        return sentence.text().blocks().stream()
                .anyMatch(b -> b.kind() == Block.Kind.FOOTNOTE && b.start() <= start && start < b.end());
    }
}
