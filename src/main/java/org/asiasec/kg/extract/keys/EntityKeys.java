package org.asiasec.kg.extract.keys;

import java.util.List;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * The one minter of stable ASCII keys for entities the lexicon does not know: names spelled in pinyin
 * word by word (新安全观 → xin-anquan-guan; words come from HanLP's core dictionary only, not the custom
 * one, which changes with the lexicon, so the same name always gets the same key), short terms spelled
 * whole (互信 → huxin), and the keys of the nodes the rules make, joined from their parts
 * (SCO-summit-2018, membership-India-SCO-member).
 */
public final class EntityKeys {

    private static final int MAX_LENGTH = 120;
    private static final ThreadLocal<Segment> WORDS = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enableCustomDictionary(false).enablePartOfSpeechTagging(false).enableNameRecognize(false)
            .enablePlaceRecognize(false).enableOrganizationRecognize(false).enableTranslatedNameRecognize(false)
            .enableJapaneseNameRecognize(false).enableNumberQuantifierRecognize(false));

    /**
     * Minting segments and spells a name, and the same names recur in text after text; the key
     * depends on the name alone, so it is remembered (a bounded memo: a long run cannot fill the heap).
     */
    private static final LoadingCache<String, String> MINTED = Caffeine.newBuilder().maximumSize(50_000).build(EntityKeys::mintAfresh);

    private EntityKeys() {
    }

    public static String mint(String name) {
        return MINTED.get(name);
    }

    private static String mintAfresh(String name) {
        StringBuilder key = new StringBuilder();
        for (Term word : WORDS.get().seg(name)) {
            String spelled = spell(word.word);
            if (!spelled.isEmpty()) {
                if (key.length() > 0) {
                    key.append('-');
                }
                key.append(spelled);
            }
        }
        String k = key.length() > MAX_LENGTH ? key.substring(0, MAX_LENGTH).replaceAll("-+$", "")
                + "-" + Integer.toHexString(name.hashCode()) : key.toString();
        return k.isEmpty() ? "e" + Integer.toHexString(name.hashCode()) : k;
    }

    private static String spell(String word) {
        StringBuilder out = new StringBuilder();
        List<Pinyin> pinyin = HanLP.convertToPinyinList(word);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 128) {
                if (Character.isLetterOrDigit(c)) {
                    out.append(c);
                }
            } else if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                    && i < pinyin.size() && pinyin.get(i) != Pinyin.none5) {
                out.append(pinyin.get(i).getPinyinWithoutTone().replace("ü", "v"));
            }
        }
        return out.toString();
    }

    /** The key of a node made of parts (a meeting, a membership): the parts joined with '-'. */
    public static String join(Object... parts) {
        return java.util.Arrays.stream(parts).map(String::valueOf).collect(java.util.stream.Collectors.joining("-"));
    }

    /** A short term spelled whole: 互信 → "huxin"; keeps ASCII letters and digits; drops everything else. */
    public static String pinyin(String chinese) {
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
