package org.asiasec.kg.eval;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Set;

import org.asiasec.kg.model.EntityType;

/** An entity a person found in one text: its type, canonical name and the other names the text uses. */
public record GoldEntity(String sourceId, EntityType type, String canonical, Set<String> aliases) {

    /** Every name of the entity in {@link #comparable} form. */
    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        names.add(comparable(canonical));
        aliases.forEach(a -> names.add(comparable(a)));
        return names;
    }

    /**
     * A name as compared in evaluation: full- and half-width forms unified (NFKC) and spaces dropped,
     * because the analysis view writes "：" where a source or an annotator wrote ":".
     */
    public static String comparable(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
