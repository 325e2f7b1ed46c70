package org.asiasec.kg.extract.relation;

import static org.asiasec.kg.extract.relation.MaskedSentence.MECHANISM;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asiasec.kg.extract.time.DateMention;
import org.asiasec.kg.model.Entity;
import org.asiasec.kg.model.ExtractionSink;
import org.asiasec.kg.model.Property;

/**
 * A founding that an event of the sentence brings about (frame {@code founding-event}): …举行首次会晤，签署
 * 《…》，M由此形成; 宣告M正式成立; 论坛宣告成立; 标志着该组织正式成立; 首届会议在甲城举行，M进程正式启动. The
 * mechanism is the one named before the verb, or the one the word standing for it (论坛, 该组织, 机制)
 * names: the text's topic when its name says that word, else the last such mechanism the text named.
 * The date is that of the event ({@link FoundingContext#dateOfEvent}). A named mechanism needs a
 * marker (由此, 宣告, 标志着 …) or 正式/全面 after an event of the sentence (首次, 首届, 签署, a meeting);
 * 成立以来, 成立大会, 成立20周年 and a verb with an object (启动“准则”磋商) found nothing.
 */
public final class FoundingEventRule implements RelationRule {

    public static final String NAME = "mechanism-founded-by-event";

    private static final Frame FRAME = FrameCatalog.standard().frame("founding-event");
    private static final List<String> MARKERS = wordsOf("marker");
    private static final List<String> RESULTS = wordsOf("result");
    private static final String HEADS = "组织|论坛|机制|对话会|对话|联盟|进程|合作";
    private static final Pattern CLAUSE = Pattern.compile("(?:^|(?<=[，,；;：:。]))(?<lead>[^，,；;：:。]{0,30}?)"
            + "(?<before>" + alternatives(MARKERS) + ")?[“\"「]?"
            + "(?:(?<mech>" + MECHANISM + ")[”\"」]?(?:会晤机制|合作机制|合作进程|机制|进程|合作)?|(?<this>该|本|这一|此|这个)?(?<head>" + HEADS + "))"
            + "(?<after>由此|就此|从此)?(?<adverbs>(?:正式|全面|宣告|宣布|共同)*)"
            + "(?<verb>" + alternatives(RESULTS) + ")"
            + "(?!以来|后|之初|之时|之际|时|的|大会|[0-9一二三四五六七八九十]+周年|周年|了?[“\"「《]|了?[A-Z]"
            + "|了?[\\u4e00-\\u9fff]{0,6}(?:磋商|谈判|进程|小组|中心|机制|合作))");
    /** CLAUSE starts a clause and ends in it (no part of it holds a mark), with a result verb. */
    private static final ClauseSearch CLAUSES_WITH_RESULT = new ClauseSearch("，,；;：:。", RESULTS);
    /** 对话会创办于2002年: the word standing for the mechanism, founded on the date after the verb. */
    private static final Pattern HEAD_FOUNDED_ON = Pattern.compile("(?:^|(?<=[，,；;。]))(?:该|本|这一)?(?<head>" + HEADS
            + ")(?:成立|创办|创立|创建|建立)于(?<date>" + MaskedSentence.DATE + ")");
    /** What every HEAD_FOUNDED_ON match holds: 于, then a date (masked D…, see {@link MaskedSentence#DATE}). */
    private static final String FOUNDED_ON_DATE = "于D";
    /** Something happened earlier in the sentence that the founding follows from. */
    private static final Pattern EVENT = Pattern.compile("首次|首届|第一次|第一届|签署|发表|举行|召开|会晤|会议|峰会|E");

    private final TextMemory<FoundingContext.Named> named = new TextMemory<>(FoundingContext.Named::new);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(MaskedSentence s, ExtractionSink out) {
        FoundingContext.Named mechanisms = named.of(s.analysed());
        if (s.saysAny(RESULTS)) {
            Matcher m = s.matcher(CLAUSE);
            for (int from = 0; CLAUSES_WITH_RESULT.find(m, s.masked(), from); from = m.end()) {
                if (s.insideTitle(m.start("verb"))) {
                    continue;
                }
                Entity mech = mechanismOf(s, m, mechanisms);
                if (mech == null) {
                    continue;
                }
                DateMention date = FoundingContext.dateOfEvent(s, m.start("verb"));
                if (date != null) {
                    new Statements(s.analysed(), out, NAME, m.group("mech") != null ? 0.75 : 0.65)
                            .date(mech.key(), Property.FOUNDED_ON, null, date);
                }
            }
        }
        Matcher h = s.says(FOUNDED_ON_DATE) ? s.matcher(HEAD_FOUNDED_ON) : null; // no scan, nor matcher, where it cannot match
        if (h != null && h.find()) {
            Entity mech = mechanisms.standingFor(h.group("head"), s.topicMechanism());
            DateMention date = FoundingContext.trusted(s, s.date(h, "date"));
            if (mech != null && date != null) {
                new Statements(s.analysed(), out, NAME, 0.7).date(mech.key(), Property.FOUNDED_ON, null, date);
            }
        }
        mechanisms.read(s);
    }

    private static Entity mechanismOf(MaskedSentence s, Matcher m, FoundingContext.Named mechanisms) {
        boolean marked = m.group("before") != null || m.group("after") != null
                || m.group("adverbs").contains("宣告") || m.group("adverbs").contains("宣布");
        boolean afterAnEvent = !m.group("adverbs").isEmpty()
                && EVENT.matcher(s.masked().substring(0, m.start())).find();
        if (!m.group("lead").isEmpty() && m.group("before") == null) {
            return null; // 合作 or 机制 inside a longer phrase (双边合作正式启动) is not the mechanism
        }
        if (m.group("mech") != null) {
            return marked || afterAnEvent ? s.entity(m, "mech") : null;
        }
        if (m.group("this") == null && !marked && !afterAnEvent && s.names('M')) {
            return null;
        }
        return mechanisms.standingFor(m.group("head"), s.topicMechanism());
    }

    private static List<String> wordsOf(String value) {
        return FRAME.wordsLongestFirst().stream().filter(w -> FRAME.valueOf(w).equals(value)).toList();
    }

    private static String alternatives(List<String> words) {
        return String.join("|", words);
    }

}
