package org.asiasec.kg.extract.recognise;

import java.util.List;
import java.util.regex.Pattern;

import org.asiasec.kg.lexicon.LexiconEntry;
import org.asiasec.kg.model.EntityType;
import org.asiasec.kg.nlp.Token;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * Places no list knows, read from the form around them: a city after the country or province it lies in
 * (泰国华欣, 不丹廷布, 云南大理), after a word that says what it is (南部城市奥什, 首都帝力, 首府霍罗格), a city
 * whose name is given to a meeting (撒马尔罕峰会, 明斯克会议), and a place word alone in a table cell
 * (｜天津｜). The name ends where the words stop looking like a name: at a mark, a verb, a preposition
 * or a common word (泰国政府, 日本首相 are no places).
 */
public class PlaceByFormRecogniser implements Recogniser {

    /** Words that say the next name is a place. */
    private static final FixedWords KIND_WORDS = new FixedWords(List.of("城市", "首都", "首府", "都城", "港口", "港市", "小镇",
            "古城", "边城", "口岸"));
    /** A meeting named after its city: the city comes right before these. */
    private static final FixedWords MEETINGS = new FixedWords(List.of("峰会", "会议", "会晤", "高峰会"));
    private static final List<String> EVENT_VERBS = List.of("举行", "召开", "举办", "签署", "会晤", "主办", "闭幕",
            "开幕", "出席", "达成", "成立", "会面", "通过");
    /** What a table cell is bounded by. */
    private static final String CELL_BOUNDS = "｜|\t\n";
    private static final int MAX_NAME = 7;
    /** 市, 岛 or 港 ending a name (斯里巴加湾市): the rest is the transcribed part. */
    private static final Pattern CITY_SUFFIX = Pattern.compile("[市岛港]$");
    private static final int MAX_TRANSCRIBED = 10;
    /** Suffixes a transcribed place name may end with (斯里巴加湾市, 莫尔兹比港). */
    private static final String SUFFIX_CHARS = "市港岛湾";
    /** Words that follow a place name besides those that follow any name: meetings and their verbs. */
    private static final FixedWords FOLLOWERS = new FixedWords(List.of("闭幕", "开幕", "召开", "举办", "主办", "峰会", "会议", "会晤",
            "高峰会", "北部", "南部", "东部", "西部", "中部", "城市", "地区", "附近", "郊区", "宣言", "声明", "进程"));

    /**
     * The end of a transcribed place name starting at {@code from} (纳曼干, 斯里巴加湾市), read char by char
     * because HanLP cuts such names into words of every kind; or -1.
     */
    static int transcribedEnd(String s, int from) {
        int end = from;
        while (end < s.length() && end - from < MAX_TRANSCRIBED && Transcription.isCharacter(s.charAt(end))
                && (end == from || !isFollower(s, end))) {
            end++;
        }
        for (int suffixes = 0; suffixes < 2 && end - from >= 2 && end < s.length()
                && SUFFIX_CHARS.indexOf(s.charAt(end)) >= 0; suffixes++) {
            end++;
        }
        boolean bounded = end >= s.length() || !Character.isIdeographic(s.charAt(end)) || isFollower(s, end);
        return end - from >= 2 && bounded ? end : -1;
    }

    /** The end of two to four Han chars at {@code from} that end before a follower word or a mark, or -1. */
    private static int hanRunEnd(String s, int from) {
        int end = from;
        while (end < s.length() && end - from < 5 && Character.isIdeographic(s.charAt(end)) && !isFollower(s, end)) {
            end++;
        }
        boolean bounded = end >= s.length() || !Character.isIdeographic(s.charAt(end)) || isFollower(s, end);
        return end - from >= 2 && end - from <= 4 && bounded ? end : -1;
    }

    private static boolean isFollower(String s, int at) {
        if (PersonNameReader.followerAt(s, at) > 0) {
            return true;
        }
        return FOLLOWERS.lengthAt(s, at) > 0; // called for every char of every candidate
    }

    @Override
    public String name() {
        return "place-by-form";
    }

    @Override
    public void recognise(TextAnalysis text, List<Candidate> out) {
        afterCountryOrRegion(text, out);
        afterKindWord(text, out);
        venues(text, out);
        cityStatesAsVenues(text, out);
        namedMeetings(text, out);
        tableCells(text, out);
    }

    /** 泰国华欣, 韩国釜山, 新疆霍尔果斯: a country, or a place word, then an unknown name. */
    private void afterCountryOrRegion(TextAnalysis text, List<Candidate> out) {
        List<Token> tokens = text.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            LexiconEntry known = text.lexicon().byName(t.word()).orElse(null);
            boolean region = known != null && (known.type() == EntityType.COUNTRY || known.type() == EntityType.PLACE)
                    || known == null && t.pos().equals("ns") && t.word().length() >= 2 && hasOnlyPlaceNature(t.word());
            if (!region || tokens.get(i + 1).start() != t.end()) {
                continue;
            }
            int end = transcribedEnd(text.text(), t.end());
            end = end > 0 ? end : nameEnd(text, i + 1, false);
            if (end > 0) {
                add(text, t.end(), end, out);
            }
        }
    }

    /** 南部城市奥什, 首都帝力: a word that names the kind of place, then the name. */
    private void afterKindWord(TextAnalysis text, List<Candidate> out) {
        KIND_WORDS.forEachOccurrence(text.text(), (kindStart, kindEnd) -> {
            int i = text.tokenStartingAt(kindEnd);
            int end = transcribedEnd(text.text(), kindEnd);
            if (end < 0 && i >= 0) {
                end = nameEnd(text, i, true);
            }
            if (end < 0) { // the word before says a name follows: any chars up to a word that follows names
                end = hanRunEnd(text.text(), kindEnd);
            }
            if (end > 0) {
                add(text, kindEnd, end, out);
            }
        });
    }

    /** 在纳曼干举行, 在文莱斯里巴加湾市出席: 在, a transcribed name, then a verb of an event. */
    private void venues(TextAnalysis text, List<Candidate> out) {
        String s = text.text();
        for (int at = s.indexOf('在'); at >= 0; at = s.indexOf('在', at + 1)) {
            int end = transcribedEnd(s, at + 1);
            if (end > 0 && EVENT_VERBS.stream().anyMatch(v -> s.startsWith(v, end))) {
                add(text, at + 1, end, out);
            }
        }
    }

    /**
     * 在新加坡举行: a country that is also a city of the same name (the lexicon has a city X市 for the
     * country X) is the city where it is the venue of an event.
     */
    private void cityStatesAsVenues(TextAnalysis text, List<Candidate> out) {
        String s = text.text();
        for (var hit : text.lexiconHits()) {
            if (hit.entry().type() != EntityType.COUNTRY || !text.isWordBoundary(hit.start()) || !text.isWordBoundary(hit.end())) {
                continue;
            }
            var city = text.lexicon().byName(hit.surface() + "市").filter(e -> e.type() == EntityType.PLACE);
            boolean venue = hit.start() > 0 && "在于".indexOf(s.charAt(hit.start() - 1)) >= 0
                    && EVENT_VERBS.stream().anyMatch(v -> s.startsWith(v, hit.end()));
            if (city.isPresent() && venue) {
                out.add(new Candidate(hit.start(), hit.end(), EntityType.PLACE, city.get().kind(), city.get().zh(),
                        name(), 0.97, city.get()));
            }
        }
    }

    /** 撒马尔罕峰会, 喀山会议: a transcribed name right before a meeting word, after a mark, 的 or a date. */
    private void namedMeetings(TextAnalysis text, List<Candidate> out) {
        String s = text.text();
        MEETINGS.forEachOccurrence(s, (meeting, meetingEnd) -> {
            int start = meeting;
            while (start > 0 && meeting - start < MAX_NAME && Transcription.isCharacter(s.charAt(start - 1))) {
                start--;
            }
            // the name starts after a mark, 的, a date or the start of a line, not inside a longer word
            while (start < meeting - 2 && !(start == 0 || "的年月日，、。“”「」\n ".indexOf(s.charAt(start - 1)) >= 0)) {
                start++;
            }
            if (meeting - start >= 2 && (start == 0 || "的年月日，、。“”「」\n ".indexOf(s.charAt(start - 1)) >= 0)
                    && text.isWordBoundary(start)) {
                String name = s.substring(start, meeting);
                if (!isCommonWord(name)) {
                    add(text, start, meeting, out);
                }
            }
        });
    }

    /** ｜天津｜: a place word HanLP knows, alone in a cell of a table rendered as text. */
    private void tableCells(TextAnalysis text, List<Candidate> out) {
        String s = text.text();
        for (Token t : text.tokens()) {
            if (!t.pos().startsWith("ns") || t.word().length() < 2 || text.lexicon().byName(t.word()).isPresent()) {
                continue;
            }
            boolean before = t.start() > 0 && CELL_BOUNDS.indexOf(s.charAt(t.start() - 1)) >= 0;
            boolean after = t.end() < s.length() && CELL_BOUNDS.indexOf(s.charAt(t.end())) >= 0;
            if (before && after) {
                add(text, t.start(), t.end(), out);
            }
        }
    }

    /**
     * Where a place name starting at token {@code first} ends, or -1: the tokens that are place or name
     * pieces (ns, nr, unknown words, transcription characters), up to {@value #MAX_NAME} chars, ending
     * before a mark, verb, preposition or other function word. With {@code loose}, a single HanLP place
     * word is enough even when it is also a common word.
     */
    private static int nameEnd(TextAnalysis text, int first, boolean loose) {
        List<Token> tokens = text.tokens();
        int i = first;
        int start = tokens.get(first).start();
        while (i < tokens.size() && tokens.get(i).end() - start <= MAX_NAME && isNamePiece(tokens.get(i))
                && (i == first || tokens.get(i - 1).end() == tokens.get(i).start())) {
            i++;
        }
        if (i == first) {
            return -1;
        }
        int end = tokens.get(i - 1).end();
        String name = text.text().substring(start, end);
        boolean atBoundary = i == tokens.size() || tokens.get(i).start() != end || endsName(tokens.get(i));
        boolean single = i - first == 1;
        boolean placeWord = single && tokens.get(first).pos().startsWith("ns");
        boolean transcribed = Transcription.isTranscribed(CITY_SUFFIX.matcher(name).replaceAll(""));
        if (!atBoundary || name.length() < 2 || text.lexicon().byName(name).isPresent() && !placeWord
                || !(placeWord || transcribed || loose && single && !isCommonWord(name))) {
            return -1;
        }
        return end;
    }

    private static boolean isNamePiece(Token t) {
        String pos = t.pos();
        return pos.startsWith("ns") || pos.startsWith("nr") || pos.equals("nz") || pos.equals("nx")
                || t.word().length() == 1 && Transcription.isCharacter(t.word().charAt(0))
                    && !pos.equals("p") && !pos.equals("c") && !pos.startsWith("u") && !pos.equals("w")
                || t.word().length() <= 3 && CoreDictionary.get(t.word()) == null && !pos.equals("w") && !pos.startsWith("m");
    }

    private static boolean endsName(Token t) {
        String pos = t.pos();
        return pos.equals("w") || pos.startsWith("v") || pos.equals("p") || pos.startsWith("u") || pos.equals("c")
                || pos.equals("f") || pos.startsWith("m") || pos.equals("t") || pos.equals("d") || pos.equals("q")
                || pos.equals("nnt") || t.word().equals("和") || t.word().equals("与");
    }

    /** 新疆, 云南: a word HanLP knows only as a place. */
    private static boolean hasOnlyPlaceNature(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null) {
            return true;
        }
        for (Nature n : a.nature) {
            if (!n.startsWith("ns")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCommonWord(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null) {
            return false;
        }
        for (Nature n : a.nature) {
            if (n.startsWith("ns") || n.startsWith("nr")) {
                return false;
            }
        }
        return true;
    }

    private void add(TextAnalysis text, int start, int end, List<Candidate> out) {
        String word = text.text().substring(start, end);
        if (word.length() < 2 || "两各本该我他此全双多诸某其这那一二三四五六七八九十".indexOf(word.charAt(0)) >= 0
                || word.endsWith("国")) {
            return;
        }
        PlaceRecogniser.addPlaces(text, start, end, name(), out);
    }
}
