package org.asiasec.kg.extract.sentence;

import org.asiasec.kg.model.Entity;

/** An entity recognised and linked in a sentence; offsets are in the analysis text. */
public record LinkedMention(Entity entity, String surface, int start, int end, String rule, double confidence) {
}
