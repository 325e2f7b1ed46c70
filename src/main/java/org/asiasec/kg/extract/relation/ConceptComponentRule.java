package org.asiasec.kg.extract.relation;

import org.asiasec.kg.extract.keys.EntityKeys;
import static org.asiasec.kg.extract.relation.MaskedSentence.CONCEPT;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asiasec.kg.model.Entity;
import org.asiasec.kg.model.EntityType;
import org.asiasec.kg.model.ExtractionSink;
import org.asiasec.kg.model.Property;

/**
 * The components of a concept, from an enumeration that defines it:
 * <ul>
 * <li>以 A、B、C 为核心/基础/原则/内涵/特征 的 concept — 以互信、互利、平等、协作为核心的新安全观 (two items or more);</li>
 * <li>A、B、C 的 concept — 共同、综合、合作、可持续的安全观; 安危与共、求同存异、对话协商的亚洲安全模式
 *     (three items or more), also when the recogniser took the whole phrase as one concept name;</li>
 * <li>concept 的核心(内容)是 A、B、C; concept，即 A、B、C (和平共处五项原则，即互相尊重主权和领土完整、互不侵犯…).</li>
 * <li>a counted list after the concept: 提出“某倡议”，主张在 A、B 和 C 三个领域合作; 以 A、B、C 及 D 四大支柱;
 *     包括三大支柱：一是 A，二是 B，三是 C. The count must equal the items; the concept is the last one named
 *     before the list in the sentence, or, when the sentence opens with 它/其/该倡议/这一理念…, the last one the
 *     text named.</li>
 * </ul>
 * An unanchored first item loses a verb phrase before the list (倡导共同、综合… → 共同); a last item joined by 和/与/及 is split when both halves are words
 * (平等和相互协作 → 平等, 相互协作; but 安危与共 stays whole). Each component is a Component (a
 * skos:Concept, not an asc:Concept: 互信 is a part of an idea, not an idea put forward) with a pinyin
 * key (互信 → huxin), unless the recogniser already linked it to a concept.
 */
public final class ConceptComponentRule implements RelationRule {

    public static final String NAME = "concept-components";


    /** Words, or concepts the recogniser already linked (masked as Kk…), separated by 、. */
    private static final String ITEM = "(?:[\\u4e00-\\u9fff]{1,12}|" + CONCEPT + ")";
    /** Every shape lists its items with this. */
    private static final String LIST_SEPARATOR = "、";
    private static final String ITEMS = "(?<items>" + ITEM + "(?:、" + ITEM + ")+)";
    /** The second shape has no word that opens the list, so its first item is cut (see {@link #items}). */
    private static final int UNANCHORED = 1;
    /** Each shape with the words it cannot match without (besides 、 and a concept, which all need). */
    private static final String OPEN = "[“\"「『]?";
    private static final String CLOSE = "[”\"」』]?";
    private static final List<Shape> SHAPES = List.of(
            new Shape(List.of("以", "为", "的"), "以" + OPEN + ITEMS + CLOSE + "为(?:基本|主要)?(?:核心|基础|原则|内涵|特征|内容|核心内容|支柱)的"
                    + OPEN + "(?<concept>" + CONCEPT + ")"),
            new Shape(List.of("的"), OPEN + ITEMS + CLOSE + "的" + OPEN + "(?<concept>" + CONCEPT + ")"),
            new Shape(List.of(), "(?<concept>" + CONCEPT + ")" + CLOSE + "(?:的(?:核心|基本内涵|内涵|主要内容|基本内容|核心内容|要义|核心要义)(?:是|为|在于|包括)|包括|是指|概括为)[：:]?"
                    + OPEN + ITEMS),
            new Shape(List.of("即"), "(?<concept>" + CONCEPT + ")" + CLOSE + "[，,]即" + OPEN + ITEMS),
            // 将“互信、互利、平等、协商”概括为“某精神”
            new Shape(List.of("为"), "将" + OPEN + ITEMS + CLOSE + "(?:概括|归纳|总结|确立|确定)为" + OPEN + "(?<concept>" + CONCEPT + ")"),
            // 【“某精神”】互信、互利、平等: a fact sheet's field
            new Shape(List.of("【"), "【" + OPEN + "(?<concept>" + CONCEPT + ")" + CLOSE + "】" + OPEN + ITEMS));
    /** 在 A、B 和 C 三个领域, 以 A、B、C 及 D 四大支柱: the numeral counts the items. */
    private static final Pattern COUNTED = Pattern.compile("(?:在|以|从|围绕|包括|涵盖|聚焦于?|就|即)[“\"「]?(?<items>[\\u4e00-\\u9fff]{1,14}?"
            + "(?:[”\"」]?、[“\"「]?[\\u4e00-\\u9fff]{1,14}?)*)[”\"」]?(?:为|等)?(?<count>[两二三四五六七八九十])(?:个|大|项|点)?"
            + "(?:优先领域|重点领域|领域|方面|支柱|原则|方向|举措|重点)");
    /** 包括三大支柱：一是 A，二是 B，三是 C. */
    private static final Pattern ORDINAL_ITEMS = Pattern.compile("(?<count>[两二三四五六七八九十])(?:个|大|项|点)?"
            + "(?:优先领域|重点领域|领域|方面|支柱|原则|方向|举措|重点|建议|主张)[：:](?<items>一是[^。]+)");
    /** 「某某五项举措」：一是 A；二是 B: the concept's name holds the count. */
    private static final Pattern NAMED_THEN_ORDINALS = Pattern.compile(CONCEPT + "[”\"」]?[：:](?<items>一是[^。]+)");
    private static final Pattern ORDINAL_ITEM = Pattern.compile("[一二三四五六七八九十]是([^，,；;。]+)");
    /** A sentence about the concept the text named last: 它包括……, 其核心是……, 该倡议主张……. */
    private static final Pattern PRONOUN_OPENING = Pattern.compile("^[“\"]?(?:它|其|该|这一|此)(?:倡议|理念|构想|框架|计划|安全观|观|主张|方案)?");
    /** Verbs that open an item of a counted list but are no part of the component: 建立海上搜救网络 → 海上搜救网络. */
    private static final Pattern ITEM_VERB = Pattern.compile("^(?:建立|开展|加强|深化|拓展|保障|推进|推动|促进|联手|共同|实现|坚持|维护|构建|完善)(?=.{2,})");
    private final TextMemory<Entity[]> lastConcept = new TextMemory<>(() -> new Entity[1]);

    private static final Pattern WHOLE_NAME = Pattern.compile("^[“\"]?(?<items>[\\u4e00-\\u9fff]{1,8}(?:、[\\u4e00-\\u9fff]{1,8})+)"
            + "的[\\u4e00-\\u9fff]{2,8}[”\"]?$");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(MaskedSentence s, ExtractionSink out) {
        Entity[] last = lastConcept.of(s.analysed());
        countedLists(s, out, last[0]);
        for (int i = s.masked().length() - 1; i >= 0; i--) {
            if (s.masked().charAt(i) == 'K') {
                last[0] = s.entityAt(i);
                break;
            }
        }
        if (!s.names('K')) { // every other shape defines a concept named in the sentence
            return;
        }
        java.util.Set<Integer> defined = new java.util.HashSet<>();
        for (int shape = 0; shape < SHAPES.size() && s.says(LIST_SEPARATOR); shape++) {
            if (!SHAPES.get(shape).words().stream().allMatch(s::says)) {
                continue;
            }
            Matcher m = s.matcher(SHAPES.get(shape).pattern());
            while (m.find()) {
                List<String> items = items(s.text().substring(m.start("items"), m.end("items")), shape == UNANCHORED);
                if ((shape == UNANCHORED && items.size() < 3) || !defined.add(m.start("concept"))) {
                    continue;
                }
                emit(s, out, s.entity(m, "concept"), items, m.start("items"));
            }
        }
        for (int i = 0; i < s.masked().length(); i++) {
            Entity concept = s.masked().charAt(i) == 'K' ? s.entityAt(i) : null;
            if (concept != null) {
                Matcher whole = WHOLE_NAME.matcher(s.analysed().mentions().stream()
                        .filter(lm -> lm.entity() == concept).findFirst().map(lm -> lm.surface()).orElse(""));
                List<String> items = whole.matches() ? items(whole.group("items"), true) : List.of();
                if (items.size() >= 3) {
                    emit(s, out, concept, items, -1);
                }
            }
        }
    }

    private void countedLists(MaskedSentence s, ExtractionSink out, Entity conceptBefore) {
        if (!s.saysAny(COUNT_WORDS)) {
            return;
        }
        for (Pattern pattern : List.of(COUNTED, ORDINAL_ITEMS, NAMED_THEN_ORDINALS)) {
            Matcher m = s.matcher(pattern);
            while (m.find()) {
                String list = s.text().substring(m.start("items"), m.end("items"));
                boolean counted = pattern != NAMED_THEN_ORDINALS;
                int count = counted ? count(m.group("count")) : -1;
                List<String> items = pattern == COUNTED ? countedItems(list, count) : ordinalItems(list);
                if ((counted ? items.size() != count : items.size() < 2) || items.stream().anyMatch(String::isEmpty)) {
                    continue;
                }
                Entity concept = conceptOf(s, counted ? m.start() : m.start() + 1, conceptBefore);
                if (concept != null) {
                    emit(s, out, concept, items.stream().map(ConceptComponentRule::withoutVerb).toList(), m.start("items"));
                }
            }
        }
    }

    private static final List<String> COUNT_WORDS = List.of("领域", "方面", "支柱", "原则", "方向", "举措", "重点", "建议", "主张");

    /** The concept named last before {@code at} in the sentence, else the text's last one when the sentence refers to it. */
    private static Entity conceptOf(MaskedSentence s, int at, Entity conceptBefore) {
        for (int i = Math.min(at, s.masked().length()) - 1; i >= 0; i--) {
            if (s.masked().charAt(i) == 'K') {
                return s.entityAt(i);
            }
        }
        return conceptBefore != null && PRONOUN_OPENING.matcher(s.text()).find() ? conceptBefore : null;
    }

    /** A、B 和 C → A, B, C: the last item is split at its 和/及/与 only when that gives the count (经济和可持续发展 stays whole otherwise). */
    private static List<String> countedItems(String list, int count) {
        List<String> items = new ArrayList<>();
        for (String item : list.split("[”\"」]?、[“\"「]?")) {
            items.add(item.replaceAll("[“\"「”」]", ""));
        }
        if (items.size() == count - 1) {
            Matcher joined = LAST_JOINED.matcher(items.get(items.size() - 1));
            if (joined.matches()) {
                items.set(items.size() - 1, joined.group(1));
                items.add(joined.group(2));
            }
        }
        return items;
    }

    private static final Pattern LAST_JOINED = Pattern.compile("^(.{2,})(?:以及|和|及|与)(.{2,})$");

    private static List<String> ordinalItems(String list) {
        List<String> items = new ArrayList<>();
        Matcher item = ORDINAL_ITEM.matcher(list);
        while (item.find()) {
            items.add(item.group(1).strip());
        }
        return items;
    }

    private static int count(String numeral) {
        return "两二三四五六七八九十".indexOf(numeral) + (numeral.equals("两") ? 2 : 1);
    }

    private static String withoutVerb(String item) {
        return ITEM_VERB.matcher(item).replaceFirst("");
    }

    private record Shape(List<String> words, Pattern pattern) {

        Shape(List<String> words, String regex) {
            this(words, Pattern.compile(regex));
        }
    }

    private static void emit(MaskedSentence s, ExtractionSink out, Entity concept, List<String> items, int itemsStart) {
        Statements st = new Statements(s.analysed(), out, NAME, 0.85);
        for (String item : items) {
            Entity component = itemsStart < 0 ? null : linkedConcept(s, item, itemsStart);
            if (component == null) {
                component = new Entity(EntityKeys.pinyin(item), EntityType.COMPONENT, null, item, null, null, null);
                st.entity(component);
            }
            if (!component.key().equals(concept.key()) && !component.key().isEmpty()) {
                st.link(concept.key(), Property.HAS_COMPONENT, component);
            }
        }
    }

    private static Entity linkedConcept(MaskedSentence s, String item, int from) {
        int at = s.text().indexOf(item, from);
        Entity e = at < 0 ? null : s.entityAt(at);
        return e != null && e.type() == EntityType.CONCEPT && s.mentionAt(at).surface().equals(item) ? e : null;
    }

    /** What precedes an unanchored list: 中国倡导, 通过坚持, 我们应该积极倡导, 形成了 … */
    private static final Pattern LEADING_VERB = Pattern.compile(
            ".*(?:倡导|坚持|践行|树立|遵循|提出|构建|建设|推动|秉持|弘扬|主张|形成了?|体现了?|实现)(.*)");

    /**
     * Splits 甲、乙、丙 into items, splitting a 和-joined last item; when the list is {@code unanchored}
     * the first item loses the verb phrase and any modifier before it (中国倡导共同 → 共同;
     * 实现地区各国的和平共处 → 和平共处).
     */
    static List<String> items(String list, boolean unanchored) {
        List<String> items = new ArrayList<>(List.of(list.split("、")));
        if (unanchored) {
            Matcher verb = LEADING_VERB.matcher(items.get(0));
            if (verb.matches() && !verb.group(1).isEmpty()) {
                items.set(0, verb.group(1));
            }
            String first = items.get(0);
            if (first.contains("的") && !first.endsWith("的")) {
                items.set(0, first.substring(first.lastIndexOf('的') + 1));
            }
        }
        String lastItem = items.get(items.size() - 1);
        Matcher joined = Pattern.compile("^(.{2,})(?:和|与|及|以及)(.{2,})$").matcher(lastItem);
        if (joined.matches()) {
            items.set(items.size() - 1, joined.group(1));
            items.add(joined.group(2));
        }
        return items;
    }
}
