package org.asiasec.kg.extract.relation;

import java.util.HashSet;
import java.util.Set;

import org.asiasec.kg.model.Entity;
import org.asiasec.kg.model.ExtractionSink;
import org.asiasec.kg.model.Property;

/**
 * An organ of a mechanism: a mechanism whose name is another mechanism's name of the same text followed by
 * an organ's head word (上海合作组织成员国元首理事会, 上海合作组织秘书处) is {@code asc:bodyOf} that mechanism,
 * stated once per text, with the first sentence that names the organ as evidence. A meeting of the
 * organ stays the organ's (its {@code asc:mechanism}); memberships are never stated of an organ.
 */
public final class BodyOfRule implements RelationRule {

    public static final String NAME = "mechanism-body";

    private final TextMemory<Set<String>> stated = new TextMemory<>(HashSet::new);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(MaskedSentence s, ExtractionSink out) {
        if (!s.names('M')) {
            return;
        }
        for (Entity organ : s.entitiesIn(0, s.masked().length(), 'M')) {
            Entity parent = s.parentOf(organ);
            if (parent != null && stated.of(s.analysed()).add(organ.key())) {
                new Statements(s.analysed(), out, NAME, 0.8).link(organ.key(), Property.BODY_OF, parent);
            }
        }
    }
}
