package org.asiasec.kg.corpus;

import java.util.List;

/** Builds the analysis view of a text. (First version: identity; joining, markup removal and t2s to come.) */
public class TextNormaliser {

    public NormalisedText normalise(String original) {
        int[] map = new int[original.length()];
        for (int i = 0; i < map.length; i++) {
            map[i] = i;
        }
        return new NormalisedText(original, map, original.length(),
                List.of(new Block(Block.Kind.PARAGRAPH, 0, original.length())));
    }
}
