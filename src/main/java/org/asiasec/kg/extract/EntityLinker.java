package org.asiasec.kg.extract;

import org.asiasec.kg.extract.sentence.LinkedMention;
import org.asiasec.kg.extract.keys.EntityKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.asiasec.kg.extract.recognise.Candidate;
import org.asiasec.kg.extract.recognise.TextAnalysis;
import org.asiasec.kg.lexicon.Lexicon;
import org.asiasec.kg.lexicon.LexiconEntry;
import org.asiasec.kg.model.Entity;

/**
 * Turns settled candidates into mentions of entities: a lexicon name becomes its lexicon entity (so
 * 上合组织, SCO and 上海合作组织 are one), any other name an entity keyed by its pinyin, the same in
 * every text. Offsets go from the joined text back to the analysis text.
 */
public final class EntityLinker {

    private final Lexicon lexicon;

    public EntityLinker(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<LinkedMention> link(TextAnalysis text, List<Candidate> candidates) {
        List<LinkedMention> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.isBlock()) {
                continue;
            }
            Entity entity = entity(c);
            String surface = text.text().substring(c.start(), c.end());
            out.add(new LinkedMention(entity, surface, text.joined().toSource(c.start()),
                    text.joined().toSourceEnd(c.end()), c.rule(), c.confidence()));
        }
        return out;
    }

    private Entity entity(Candidate c) {
        // a regional rendering (伊斯坦堡) is linked under the name it stands for (伊斯坦布尔)
        String name = lexicon.canonicalName(c.name());
        Optional<LexiconEntry> known = Optional.ofNullable(c.known())
                .or(() -> lexicon.byName(name).filter(e -> e.type() == c.type()));
        if (known.isPresent()) {
            return known.get().toEntity();
        }
        String key = EntityKeys.mint(name); // remembered across texts: see EntityKeys
        // a title spelled like a known concept (《一带一路》) is another thing and needs another key
        if (lexicon.byKey(key).filter(e -> e.type() != c.type()).isPresent()) {
            key = key + "-" + c.type().className().toLowerCase(java.util.Locale.ROOT);
        }
        return new Entity(key, c.type(), c.kind(), name, null, null, null);
    }
}
