package org.asiasec.kg.extract.recognise;

import java.util.List;
import java.util.Set;

import org.asiasec.kg.model.EntityType;
import org.asiasec.kg.nlp.Token;

import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * Places the lexicon does not know, from HanLP's place recogniser: transliterated place names (金边,
 * 孟加拉湾), and other place words only where the sentence treats them as a location — after 在, 于,
 * 赴, 访问 … or before 举行, 召开 …, or with a geographic suffix. A place word followed by a landform
 * (帕米尔 + 高原) is one place.
 */
public class PlaceRecogniser implements Recogniser {

    private static final Set<String> BEFORE = Set.of("在", "于", "赴", "访问", "抵达", "到", "前往", "来自");
    private static final Set<String> AFTER = Set.of("举行", "召开", "举办", "签署", "会晤", "峰会", "地区", "流域", "沿岸", "境内");
    /** Verbs of an event; 在 X 举行 makes X a place even when HanLP does not know it (在阿克套举行会晤). */
    private static final Set<String> EVENT_VERBS = Set.of("举行", "召开", "举办", "签署", "会晤", "会见", "发表", "通过",
            "主办", "闭幕", "开幕", "出席", "达成", "成立", "会面");
    /** Words such as 两国 or 本地区 that HanLP tags as places but that only point at one. */
    private static final String DETERMINERS = "两各本该我他此全双多诸某其这那0123456789一二三四五六七八九十";
    /** Suffixes of administrative units that are not part of the unit's name (琼海市 is 琼海). */
    private static final List<String> ADMINISTRATIVE = List.of("市", "县", "镇");
    private static final List<String> SUFFIXES = List.of("市", "省", "州", "岛", "半岛", "海峡", "湾", "县");
    private static final Set<String> LANDFORMS = Set.of("高原", "山脉", "盆地", "平原", "半岛", "群岛", "海峡", "湾", "河谷");

    @Override
    public String name() {
        return "place";
    }

    @Override
    public void recognise(TextAnalysis text, List<Candidate> out) {
        venuesOfEvents(text, out);
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.pos().equals("ns") && !t.pos().equals("nsf")) {
                continue;
            }
            if (i + 1 < tokens.size()
                    && LANDFORMS.contains(tokens.get(i + 1).word()) && tokens.get(i + 1).start() == t.end()
                    && text.lexicon().byName(t.word()).isEmpty()) {
                Token landform = tokens.get(i + 1);
                out.add(new Candidate(t.start(), landform.end(), EntityType.PLACE, "Region",
                        t.word() + landform.word(), name(), 0.75, null));
                continue;
            }
            if (isCutWrong(t, i + 1 < tokens.size() ? tokens.get(i + 1) : null)) {
                continue;
            }
            if (t.pos().equals("nsf") && t.word().length() >= 2 && text.lexicon().byName(t.word()).isEmpty()) {
                addPlaces(text, t.start(), t.end(), name(), out);
                continue;
            }
            if (!t.pos().equals("ns") || t.word().length() < 2 || text.lexicon().byName(t.word()).isPresent()
                    || DETERMINERS.indexOf(t.word().charAt(0)) >= 0) {
                continue;
            }
            boolean located = i > 0 && BEFORE.contains(tokens.get(i - 1).word())
                    || i + 1 < tokens.size() && AFTER.contains(tokens.get(i + 1).word())
                    || SUFFIXES.stream().anyMatch(s -> t.word().endsWith(s) && t.word().length() > s.length() + 1);
            if (located) {
                addPlaces(text, t.start(), t.end(), name(), out);
            }
        }
    }

    /**
     * A place name, or several: the country, province or city named before a place (哈萨克斯坦阿斯塔纳,
     * 海南三亚, 云南西双版纳景洪) is a name of its own, not the start of the place's name. A known name at
     * the start is left to the lexicon; an unknown place word there (西双版纳) becomes a place too.
     */
    static void addPlaces(TextAnalysis text, int start, int end, String rule, List<Candidate> out) {
        int from = start;
        while (end - from > 2) {
            int lead = leadingPlace(text, text.text().substring(from, end));
            if (lead <= 0 || end - from - lead < 2) {
                break;
            }
            String leading = text.text().substring(from, from + lead);
            if (text.lexicon().byName(leading).isEmpty()) {
                out.add(place(from, from + lead, leading, rule));
            }
            from += lead;
        }
        out.add(place(from, end, text.text().substring(from, end), rule));
    }

    /** Length of the country or region name {@code word} starts with, or 0: the longest known one, else a place word. */
    private static int leadingPlace(TextAnalysis text, String word) {
        for (int length = word.length() - 2; length >= 2; length--) {
            var known = text.lexicon().byName(word.substring(0, length));
            if (known.isPresent() && (known.get().type() == EntityType.COUNTRY || known.get().type() == EntityType.PLACE)) {
                return length;
            }
        }
        List<Token> words = text.wordsOf(word);
        if (words.size() >= 2 && words.get(0).pos().startsWith("ns") && words.get(0).word().length() >= 2) {
            return words.get(0).word().length();
        }
        return 0;
    }

    /** X市, X县: the name is X; the surface keeps the suffix. */
    private static Candidate place(int start, int end, String word, String rule) {
        String name = word;
        for (String suffix : ADMINISTRATIVE) {
            if (word.endsWith(suffix) && word.length() >= suffix.length() + 2) {
                name = word.substring(0, word.length() - suffix.length());
                break;
            }
        }
        return new Candidate(start, end, EntityType.PLACE, null, name, rule, 0.7, null);
    }

    /** 在 + unknown name + event verb: the name is where the event took place. */
    private void venuesOfEvents(TextAnalysis text, List<Candidate> out) {
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).word().equals("在")) {
                continue;
            }
            int last = i + 1;
            while (last < tokens.size() && last - i <= 5 && !EVENT_VERBS.contains(tokens.get(last).word())) {
                last++;
            }
            if (last >= tokens.size() || last - i > 5 || last == i + 1 || !EVENT_VERBS.contains(tokens.get(last).word())) {
                continue;
            }
            List<Token> name = tokens.subList(i + 1, last);
            boolean named = name.stream().anyMatch(t -> t.pos().startsWith("ns") || t.pos().startsWith("nr"));
            boolean common = name.stream().anyMatch(t -> t.word().length() >= 2 && !t.pos().startsWith("ns")
                    && !t.pos().startsWith("nr") || t.pos().equals("w") || t.pos().startsWith("v"));
            int start = name.get(0).start();
            int end = name.get(name.size() - 1).end();
            String word = text.text().substring(start, end);
            // an unknown transcribed name cut into single characters (在努库斯举行 → 努/库/斯)
            boolean transcribed = name.size() >= 2 && name.stream().allMatch(t -> t.word().length() == 1)
                    && Transcription.isTranscribed(text.text().substring(name.get(0).start(), name.get(name.size() - 1).end()));
            if ((named && !common || transcribed) && text.lexicon().byName(word).isEmpty() && DETERMINERS.indexOf(word.charAt(0)) < 0) {
                addPlaces(text, start, end, "place-of-event", out);
            }
        }
    }

    /** 青岛峰|会上: the last character of the place belongs with the next word (峰会), so the place is misread. */
    private static boolean isCutWrong(Token t, Token next) {
        if (next == null || next.start() != t.end() || CoreDictionary.get(t.word()) != null) {
            return false;
        }
        String across = t.word().substring(t.word().length() - 1) + next.word().charAt(0);
        return CoreDictionary.get(across) != null;
    }
}
