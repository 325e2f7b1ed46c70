package org.asiasec.kg.extract.relation;

import org.asiasec.kg.extract.keys.EntityKeys;
import static org.asiasec.kg.extract.relation.MaskedSentence.CONCEPT;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asiasec.kg.model.Entity;
import org.asiasec.kg.extract.sentence.LinkedMention;
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
    /** Between quotation marks an item may be a longer phrase (以高质量发展推进共同现代化). */
    private static final String QUOTED_ITEM = "(?:[\\u4e00-\\u9fff]{1,20}|" + CONCEPT + ")";
    private static final String ITEMS = "(?<items>" + ITEM + "(?:、" + ITEM + ")+)";
    /** The second shape has no word that opens the list, so its first item is cut (see {@link #items}). */
    private static final int UNANCHORED = 1;
    /** Each shape with the words it cannot match without (besides 、 and a concept, which all need). */
    private static final String OPEN = "[“\"「『]?";
    private static final String CLOSE = "[”\"」』]?";
    /**
     * What the shapes that open with a list must have next to their concept: the concept after 的 (an
     * opening quotation mark between), after 这, or after 、. Those shapes try a list of up to twelve
     * chars at every char of the sentence; these short patterns open with a fixed char and turn most
     * sentences away first.
     */
    private static final Pattern CONCEPT_AFTER_DE = Pattern.compile("的" + OPEN + "K");
    private static final Pattern CONCEPT_AFTER_ZHE = Pattern.compile("这" + OPEN + "K");
    private static final Pattern CONCEPT_AFTER_SEPARATOR = Pattern.compile(LIST_SEPARATOR + "K");
    private static final List<Shape> SHAPES = List.of(
            new Shape(List.of("以", "为", "的"), CONCEPT_AFTER_DE, "以" + OPEN + ITEMS + CLOSE + "为(?:基本|主要)?(?:核心|基础|原则|内涵|特征|内容|核心内容|支柱)的"
                    + OPEN + "(?<concept>" + CONCEPT + ")"),
            new Shape(List.of("的"), CONCEPT_AFTER_DE, OPEN + ITEMS + CLOSE + "的" + OPEN + "(?<concept>" + CONCEPT + ")"),
            // 某观的核心是……; 某观的核心概括为……; “某共识”，其基本内涵为……
            new Shape(List.of(), null, "(?<concept>" + CONCEPT + ")" + CLOSE + "(?:(?:的|[，,]其)(?:核心|基本内涵|内涵|主要内容|基本内容|核心内容|要义|核心要义)"
                    + "被?(?:是|为|在于|包括|(?:概括|归纳|总结)为)|包括|是指|概括为)[：:]?"
                    + OPEN + ITEMS),
            new Shape(List.of("即"), null, "(?<concept>" + CONCEPT + ")" + CLOSE + "[，,]即" + OPEN + ITEMS),
            // 将“互信、互利、平等、协商”概括为“某精神”
            new Shape(List.of("为"), null, "将" + OPEN + ITEMS + CLOSE + "(?:概括|归纳|总结|确立|确定)为" + OPEN + "(?<concept>" + CONCEPT + ")"),
            // 【“某精神”】互信、互利、平等: a fact sheet's field
            new Shape(List.of("【"), null, "【" + OPEN + "(?<concept>" + CONCEPT + ")" + CLOSE + "】" + OPEN + ITEMS),
            // 确立了“互尊、互信，以发展促安全”的某精神: inside quotation marks a comma separates items as well
            new Shape(List.of("的"), null, "[“「](?<items>" + QUOTED_ITEM + "(?:[、，]" + QUOTED_ITEM + ")+)[”」]的(?<concept>" + CONCEPT + ")"),
            // 恐怖主义、分裂主义和极端主义这“三股势力”: the concept's name counts the items
            new Shape(List.of("这"), CONCEPT_AFTER_ZHE, ITEMS + "这" + OPEN + "(?<concept>" + CONCEPT + ")"),
            // 共同倡导甲、乙、丙、丁五项原则: the concept's name is the last item and the count
            new Shape(List.of(), CONCEPT_AFTER_SEPARATOR, "(?<items>" + ITEM + "(?:、" + ITEM + ")*)、(?<concept>" + CONCEPT + ")"));
    /** The shapes whose items a number in the concept's name must count. */
    private static final int NAMELY = 3;
    /** 为三大支柱, 等五个领域: a count right after a list. */
    private static final Pattern COUNTED_AFTER = Pattern.compile("(?:为|等)?[两二三四五六七八九十](?:个|大|项|点)");
    private static final int QUOTED_WITH_COMMAS = 6;
    private static final int COUNTED_BY_NAME = 7;
    private static final int NAME_IS_LAST_ITEM = 8;
    /** 三股势力, 五项原则: a numeral, a measure word and a head noun. */
    private static final Pattern COUNTED_NAME = Pattern.compile("^(?<last>[\\u4e00-\\u9fff]{2,8}?)?(?<count>[两二三四五六七八九十])(?:个|大|项|股|点|种)[\\u4e00-\\u9fff]{1,4}$");
    /** 在 A、B 和 C 三个领域, 以 A、B、C 及 D 四大支柱: the numeral counts the items. */
    private static final Pattern COUNTED = Pattern.compile("(?:在|以(?!及)|从|围绕|包括|涵盖|聚焦于?|就|即以?)[“\"「]?(?<items>[\\u4e00-\\u9fff]{1,14}?"
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
        commitments(s, out, last[0]);
        definedByShortName(s, out, last[0]);
        advocatedWithProposal(s, out);
        for (int i = s.masked().length() - 1; i >= 0; i--) {
            if (s.masked().charAt(i) == 'K' && !isCount(s, i)) {
                last[0] = s.entityAt(i);
                break;
            }
        }
        if (!s.names('K')) { // every other shape defines a concept named in the sentence
            return;
        }
        java.util.Set<Integer> defined = new java.util.HashSet<>();
        for (int shape = 0; shape < SHAPES.size() && s.says(LIST_SEPARATOR); shape++) {
            if (!SHAPES.get(shape).mayMatch(s)) {
                continue;
            }
            Matcher m = s.matcher(SHAPES.get(shape).pattern());
            while (m.find()) {
                List<String> items = itemsOf(s, m, shape);
                if (items.isEmpty() || !defined.add(m.start("concept"))) {
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

    /**
     * A list of clauses that each begin with 坚持 (“六个坚持”：坚持甲；坚持乙…; 提出某倡议，主张各国坚持甲，坚持乙，坚持丙):
     * each clause after 坚持 is a component. The list must hang on a concept: after a count (“N个坚持”), of the
     * concept named before the count (else the text's last), and then it may go on in the next sentences that
     * begin with 坚持 until the count is reached; or, uncounted, right after a clause that names the concept
     * (，即/主张/倡导 …), with three clauses at least.
     */
    private void commitments(MaskedSentence s, ExtractionSink out, Entity conceptBefore) {
        Commitments open = openCommitments.of(s.analysed());
        if (!s.says(COMMITMENT)) {
            open.remaining = 0;
            return;
        }
        Matcher head = COMMITMENT_HEAD.matcher(s.masked());
        if (open.remaining > 0 && s.masked().startsWith(COMMITMENT)) {
            open.remaining -= emitCommitments(s, out, open.concept, 0, open.remaining);
            return;
        }
        open.remaining = 0;
        if (!head.find()) {
            return;
        }
        int listStart = head.start("list");
        int countAt = head.start("count");
        Entity concept;
        int count;
        if (countAt >= 0 && isCount(s, countAt)) {
            Matcher name = COUNTED_NAME.matcher(s.mentionAt(countAt).surface());
            if (!name.matches() || name.group("last") != null) {
                return;
            }
            count = count(name.group("count"));
            Entity before = lastConceptBefore(s, countAt);
            concept = before != null ? before : conceptBefore;
        } else if (countAt < 0 && head.group("link") != null) {
            count = -1;
            concept = conceptInClauseBefore(s, listStart) ? lastConceptBefore(s, listStart) : null;
        } else {
            return;
        }
        if (concept == null) {
            return;
        }
        int emitted = emitCommitments(s, out, concept, listStart, count < 0 ? Integer.MAX_VALUE : count);
        if (count > emitted && s.masked().matches("(?s).*[；;，,]\\s*$")) {
            open.concept = concept;
            open.remaining = count - emitted;
        }
    }

    private static final String COMMITMENT = "坚持";
    /** Where a list of 坚持 clauses may start: after a counted name and a colon or 即, or after 即/主张/倡导 following a concept. */
    private static final Pattern COMMITMENT_HEAD = Pattern.compile("(?:[“「]?(?<count>Kk*)[”」]?(?:为[\\u4e00-\\u9fff]{0,6})?(?:[：:]|[，,]?即)"
            + "|(?<link>[，,](?:即|主张|倡导|强调)(?:各国|各方)?))(?<list>坚持)");
    /** One clause: 坚持 and what follows up to the next 坚持 clause or the end of the list. */
    private static final Pattern COMMITMENT_ITEM = Pattern.compile("坚持(?<item>[^。；;]*?)(?:[，,；;、](?=坚持)|(?<end>[，,；;。]|$))");

    /** Emits at most {@code max} 坚持 clauses starting at {@code from}; returns how many. */
    private static int emitCommitments(MaskedSentence s, ExtractionSink out, Entity concept, int from, int max) {
        List<String> items = new ArrayList<>();
        Matcher item = COMMITMENT_ITEM.matcher(s.masked());
        int at = from;
        while (items.size() < max && item.find(at) && item.start() == at) {
            String text = s.text().substring(item.start("item"), item.end("item")).replaceAll("\\s+", "");
            if (text.isEmpty() || text.length() > 40) {
                break;
            }
            if (item.group("end") != null && item.group("end").isEmpty()) {
                break; // a clause the sentence does not close may run on into a page header or a cut
            }
            items.add(text);
            at = item.end();
            if (item.group("end") != null) {
                break;
            }
        }
        if (max == Integer.MAX_VALUE && items.size() < 3) {
            return 0;
        }
        emit(s, out, concept, items, -1);
        return items.size();
    }

    /**
     * 提出“某倡议”，主张推进甲、乙、丙和丁: what the proposer advocates in the clause right after putting the concept
     * forward lists its components (three at least, the list closing the clause). The verb before the first
     * item governs the list and is no part of it (推进水文信息共享 → 水文信息共享).
     */
    private static void advocatedWithProposal(MaskedSentence s, ExtractionSink out) {
        if (!s.names('K') || !s.saysAny(ADVOCATING)) {
            return;
        }
        Matcher m = s.matcher(ADVOCATED);
        while (m.find()) {
            int clause = s.clauseStart(m.start("concept"));
            if (!PROPOSING.matcher(s.masked().substring(clause, m.start("concept"))).find()) {
                continue;
            }
            String list = s.text().substring(m.start("items"), m.end("items"));
            if (list.contains("、坚持") || COUNT_AT_END.matcher(list).find() || COUNT_INSIDE.matcher(list).find() || list.startsWith("在")) {
                continue; // a list of 坚持 clauses, or a counted list (在甲、乙四个领域): the shapes above read them
            }
            List<String> items = new ArrayList<>(List.of(list.split("、")));
            items.set(0, withoutVerb(items.get(0)));
            String lastItem = items.get(items.size() - 1);
            if (lastItem.indexOf('的') > 0) { // 倡导共同、合作、可持续的海洋安全: the items qualify a head noun
                items.set(items.size() - 1, lastItem.substring(0, lastItem.indexOf('的')));
            }
            Matcher joined = LAST_JOINED.matcher(items.get(items.size() - 1));
            if (joined.matches()) {
                items.set(items.size() - 1, joined.group(1));
                items.add(joined.group(2));
            }
            if (items.size() >= 3 && items.stream().allMatch(i -> i.length() >= 2)) {
                emit(s, out, s.entity(m, "concept"), items, -1);
            }
        }
    }

    /**
     * 五项原则是指甲、乙、丙、丁、戊: a counted short form of the concept the text named last (和平共处五项原则)
     * defines it; the count must equal the items.
     */
    private static void definedByShortName(MaskedSentence s, ExtractionSink out, Entity conceptBefore) {
        if (conceptBefore == null || conceptBefore.labelZh() == null || !s.saysAny(DEFINING)) {
            return;
        }
        Matcher m = s.matcher(SHORT_NAME_DEFINED);
        while (m.find()) {
            String shortName = m.group("short");
            Matcher counted = COUNTED_NAME.matcher(shortName);
            if (!conceptBefore.labelZh().endsWith(shortName) || conceptBefore.labelZh().equals(shortName)
                    || !counted.matches() || counted.group("last") != null) {
                continue;
            }
            List<String> items = items(s.text().substring(m.start("items"), m.end("items")), false);
            if (items.size() == count(counted.group("count"))) {
                emit(s, out, conceptBefore, items, m.start("items"));
            }
        }
    }

    private static final List<String> DEFINING = List.of("是指", "指的是");
    private static final Pattern SHORT_NAME_DEFINED = Pattern.compile("(?:^|[，,])(?<short>[\\u4e00-\\u9fff]{3,8}?)(?:是指|指的是)[：:]?"
            + ITEMS + "(?=[，。；,;]|$)");

    private static final List<String> ADVOCATING = List.of("主张", "倡导");
    /** 四个领域, 三大支柱 inside a list: a counted list, read by {@link #COUNTED}. */
    private static final Pattern COUNT_INSIDE = Pattern.compile("[两二三四五六七八九十](?:个|大|项|点)?(?:优先领域|重点领域|领域|方面|支柱|原则|方向|举措|重点)");
    private static final Pattern COUNT_AT_END = Pattern.compile("[两二三四五六七八九十](?:个|大|项|点)?[\\u4e00-\\u9fff]{1,4}$");
    private static final Pattern PROPOSING = Pattern.compile("提出|倡议|倡导|阐述|首倡");
    private static final Pattern ADVOCATED = Pattern.compile("(?<concept>" + CONCEPT + ")[”」\"]?(?:倡议|构想|理念|计划)?[，,]并?(?:主张|倡导)"
            + "(?:各方|各国|成员国)?(?:在[\\u4e00-\\u9fff]{1,6}?(?:之间|间|中))?"
            + "(?<items>[\\u4e00-\\u9fff]{2,14}(?:、[\\u4e00-\\u9fff]{2,14})+)(?=[，。；,;]|$)");

    /** What a text still owes a counted list of 坚持 clauses that the sentence splitter cut. */
    private static final class Commitments {
        Entity concept;
        int remaining;
    }

    private final TextMemory<Commitments> openCommitments = new TextMemory<>(Commitments::new);

    /** Whether the concept mention at {@code at} is a count (六个坚持, 三股势力) rather than an idea's name. */
    private static boolean isCount(MaskedSentence s, int at) {
        LinkedMention mention = s.mentionAt(at);
        return mention != null && COUNTED_NAME.matcher(mention.surface()).matches()
                && COUNTED_NAME.matcher(mention.surface()).replaceFirst("${last}").isEmpty();
    }

    private static Entity lastConceptBefore(MaskedSentence s, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (s.masked().charAt(i) == 'K' && !isCount(s, i)) {
                return s.entityAt(i);
            }
        }
        return null;
    }

    /** Whether the clause right before the one at {@code at} names a concept (提出“某倡议”，主张……). */
    private static boolean conceptInClauseBefore(MaskedSentence s, int at) {
        int clause = s.clauseStart(at);
        int before = clause > 0 ? s.clauseStart(Math.max(0, clause - 2)) : 0;
        return s.masked().substring(before, at).indexOf('K') >= 0;
    }

    /** The items a shape's match lists, or none when the match does not hold (too few, or not the count the name gives). */
    private static List<String> itemsOf(MaskedSentence s, Matcher m, int shape) {
        String raw = s.text().substring(m.start("items"), m.end("items"));
        if (shape == QUOTED_WITH_COMMAS) {
            List<String> items = List.of(raw.split("[、，]"));
            return items.size() >= 3 ? items : List.of();
        }
        if (shape == COUNTED_BY_NAME || shape == NAME_IS_LAST_ITEM) {
            Matcher name = COUNTED_NAME.matcher(s.mentionAt(m.start("concept")).surface());
            if (!name.matches() || (name.group("last") != null) != (shape == NAME_IS_LAST_ITEM)) {
                return List.of();
            }
            List<String> items = new ArrayList<>(items(clauseBefore(s, m.start("items")) + raw, true));
            if (name.group("last") != null) {
                items.add(name.group("last"));
            }
            boolean fits = items.size() == count(name.group("count")) && items.size() >= 3
                    && items.stream().allMatch(i -> i.length() >= 2 && i.length() <= 12);
            return fits ? items : List.of();
        }
        if (shape == NAMELY && (COUNTED_AFTER.matcher(s.text().substring(m.end("items"))).lookingAt() || COUNT_INSIDE.matcher(raw).find())) {
            return List.of(); // 即以甲、乙、丙为三大支柱: a counted list, read by COUNTED
        }
        List<String> items = items(raw, shape == UNANCHORED);
        if (shape != UNANCHORED || items.size() >= 3) {
            return items;
        }
        // 坚持开放包容、合作共赢的某精神: two items suffice when a verb of holding an idea opens the list
        boolean held = items.size() == 2 && items.stream().allMatch(i -> i.length() >= 2)
                && HOLDING.matcher(raw.substring(0, raw.indexOf('、'))).matches()
                && raw.substring(0, raw.indexOf('、')).endsWith(items.get(0));
        return held ? items : List.of();
    }

    /** 坚持, 践行, 弘扬 … right before the first item. */
    private static final Pattern HOLDING = Pattern.compile(".*(?:坚持|践行|弘扬|秉持|秉承|倡导)[\\u4e00-\\u9fff]{2,}");

    /** The words of the clause before {@code at} (a list's first item may start before the match took it). */
    private static String clauseBefore(MaskedSentence s, int at) {
        int from = at;
        while (from > 0 && Character.UnicodeScript.of(s.masked().charAt(from - 1)) == Character.UnicodeScript.HAN) {
            from--;
        }
        return s.text().substring(from, at);
    }

    private void countedLists(MaskedSentence s, ExtractionSink out, Entity conceptBefore) {
        if (!s.saysAny(COUNT_WORDS)) {
            return;
        }
        for (Pattern pattern : List.of(COUNTED, ORDINAL_ITEMS, NAMED_THEN_ORDINALS)) {
            // what each needs, found far faster than the pattern: COUNTED ends in a COUNT_INSIDE, the others list 一是 …
            boolean mayMatch = pattern == COUNTED ? s.matcher(COUNT_INSIDE).find() : s.says(FIRST_ORDINAL);
            if (!mayMatch) {
                continue;
            }
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

    /** ORDINAL_ITEMS and NAMED_THEN_ORDINALS list their items 一是…，二是…. */
    private static final String FIRST_ORDINAL = "一是";
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

    /**
     * One shape of a defining list, with what a sentence must hold for it to match: each of {@code words},
     * and a match of {@code around} (the concept next to a fixed char), when not null.
     */
    private record Shape(List<String> words, Pattern around, Pattern pattern) {

        Shape(List<String> words, Pattern around, String regex) {
            this(words, around, Pattern.compile(regex));
        }

        boolean mayMatch(MaskedSentence s) {
            return words.stream().allMatch(s::says) && (around == null || s.matcher(around).find());
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
                first = first.substring(first.lastIndexOf('的') + 1);
            }
            // 明确界定了恐怖主义、…: what precedes 了 is the verb that introduces the list
            if (first.contains("了") && !first.endsWith("了")) {
                first = first.substring(first.lastIndexOf('了') + 1);
            }
            items.set(0, first);
            // 建设一个守望相助、…的共同体: the measure word is no part of the item
            items.set(0, items.get(0).replaceFirst("^[一这那][个种项](?=..)", ""));
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
