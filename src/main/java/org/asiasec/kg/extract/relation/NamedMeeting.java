package org.asiasec.kg.extract.relation;

import java.util.List;

import org.asiasec.kg.extract.time.DateMention;
import org.asiasec.kg.model.Entity;

/** A meeting as one sentence names it. {@code where} is a place or a country. */
public record NamedMeeting(Entity entity, Entity mechanism, Integer ordinal, DateMention date, Entity where,
                           Entity host, List<Entity> participants, String theme, double confidence,
                           int start, int end) {
}
