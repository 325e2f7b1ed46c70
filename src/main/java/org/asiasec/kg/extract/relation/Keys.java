package org.asiasec.kg.extract.relation;

import java.util.stream.Collectors;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;

/** Stable ASCII keys for the entities the rules create (meetings, memberships, concept components). */
final class Keys {

    private Keys() {
    }

    /** Joins parts with '-'. */
    static String join(Object... parts) {
        return java.util.Arrays.stream(parts).map(String::valueOf).collect(Collectors.joining("-"));
    }

    /** 互信 → "huxin"; keeps ASCII letters and digits; drops everything else. */
    static String pinyin(String chinese) {
        StringBuilder out = new StringBuilder();
        var syllables = HanLP.convertToPinyinList(chinese);
        for (int i = 0; i < chinese.length(); i++) {
            char c = chinese.charAt(i);
            if (c < 128) {
                if (Character.isLetterOrDigit(c)) {
                    out.append(Character.toLowerCase(c));
                }
            } else if (i < syllables.size() && syllables.get(i) != Pinyin.none5) {
                out.append(syllables.get(i).getPinyinWithoutTone());
            }
        }
        return out.toString();
    }
}
