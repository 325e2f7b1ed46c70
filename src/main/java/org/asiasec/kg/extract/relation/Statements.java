package org.asiasec.kg.extract.relation;

import org.asiasec.kg.extract.sentence.AnalysedSentence;
import org.asiasec.kg.extract.time.DateMention;
import org.asiasec.kg.model.Entity;
import org.asiasec.kg.model.Evidence;
import org.asiasec.kg.model.ExtractionSink;
import org.asiasec.kg.model.Fact;
import org.asiasec.kg.model.Property;
import org.asiasec.kg.model.Value;

/** Writes what one rule read in one sentence to the sink, every fact with the same evidence. */
final class Statements {

    private final ExtractionSink out;
    private final Evidence evidence;

    Statements(AnalysedSentence sentence, ExtractionSink out, String rule, double confidence) {
        this.out = out;
        this.evidence = sentence.evidence(rule, confidence);
    }

    void entity(Entity entity) {
        out.entity(entity);
    }

    void fact(String subject, Property property, Value value) {
        out.fact(new Fact(subject, property, value, evidence));
    }

    void link(String subject, Property property, Entity object) {
        if (object != null) {
            fact(subject, property, new Value.EntityRef(object.key()));
        }
    }

    /** {@code dateProperty} = the start (or the point), {@code endProperty} = the end of a span. */
    void date(String subject, Property dateProperty, Property endProperty, DateMention date) {
        if (date == null) {
            return;
        }
        fact(subject, dateProperty, date.from());
        if (date.isSpan() && endProperty != null) {
            fact(subject, endProperty, date.to());
        }
    }
}
