package org.asiasec.kg.extract.relation;

import static org.asiasec.kg.extract.relation.MaskedSentence.MECHANISM;
import static org.asiasec.kg.extract.relation.MaskedSentence.PLACE;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asiasec.kg.extract.sentence.AnalysedSentence;
import org.asiasec.kg.extract.time.DateMention;
import org.asiasec.kg.model.Entity;
import org.asiasec.kg.model.ExtractionSink;
import org.asiasec.kg.model.Property;

/**
 * When and where a mechanism was founded: mechanism + (于 date)(在 place)(正式/宣布) + 成立/建立/创立,
 * or 成立于 date — 2001年6月，上合组织正式成立; 上合组织于2001年6月15日在上海成立; or date … 成立了 mechanism. The date is the one
 * inside the match or the one governing the clause. Nothing is stated without a date or a place,
 * and 成立以来, 成立后, 成立大会, 成立20周年 are not foundings.
 */
public final class FoundingRule implements RelationRule {

    public static final String NAME = "mechanism-founded";


    /** Both shapes need one of these verbs: a sentence without them founds nothing. */
    private static final List<String> FOUNDING = List.of("成立", "建立", "创立", "创建", "诞生", "创办", "设立", "启动");
    /** 【成立时间】2029年4月18日: a fact sheet's field about the mechanism the text speaks of. */
    private static final Pattern FIELD = Pattern.compile("^[\\s【\\[]*(?:成立|创立|创建|建立|成立时间|成立日期|创立时间|创建时间|建立时间)[】\\]]?[：:]?\\s*(?<date>"
            + MaskedSentence.DATE + ")");
    /** 六国宣布成立M, 会议决定正式成立M: the mechanism as object of a decision, dated by the sentence or its meeting. */
    private static final Pattern DECIDED = Pattern.compile("(?:宣布|决定|同意|宣告|一致同意)(?:正式)?(?:成立|建立|创立|创建|设立|启动)了?[“\"「]?(?<mech>"
            + MECHANISM + ")");
    /** 该组织正式成立, 论坛宣告成立: the mechanism the text speaks of, when the sentence names none. */
    private static final Pattern ANAPHOR_FOUNDED = Pattern.compile("(?:该|本|这一|此)?(?:组织|论坛|机制|对话会|对话|联盟|会议机制|合作机制)"
            + "(?:正式|宣告|宣布|由此|就此|从此)*(?:成立|诞生|创立|建立|创办)(?!以来|后|之初|之时|之际|时|的|大会|[0-9一二三四五六七八九十]+周年|周年)");
    /*
     * The mechanism is the subject (东盟国家启动…磋商 speaks of its members) and founds nothing after the
     * verb (M成立了工作组, 启动“准则”磋商: an object follows).
     */
    private static final Pattern FOUNDED = Pattern.compile("(?<mech>" + MECHANISM + ")(?!国家|成员国|各国|各成员)"
            + "(?<gap>(?:(?!倡议|提议|发起|推动|的|前身)[^，。；：]){0,14}?)(?:正式|宣布)*(?:" + String.join("|", FOUNDING) + ")"
            + "(?!以来|后|之初|之时|之际|时|的|大会|[0-9一二三四五六七八九十]+周年|周年|了?[“\"「《Mm]|了?[\\u4e00-\\u9fff]{0,6}(?:磋商|谈判|进程|小组|中心|机制|合作))(?:于(?<date>"
            + MaskedSentence.DATE + ")|于(?<place>" + PLACE + "))?");

    /** 2030年，在…的基础上成立了澜沧江安全对话: the mechanism after the verb, dated by the clause. */
    private static final Pattern FOUNDED_OBJECT = Pattern.compile("(?<!倡议|提议|发起|倡导|推动)(?:正式)?(?:成立|建立|创立|创建)了(?<mech>"
            + MECHANISM + ")");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(MaskedSentence s, ExtractionSink out) {
        AnalysedSentence sentence = s.analysed();
        if (!s.saysAny(FOUNDING)) {
            return;
        }
        Matcher m = s.matcher(FOUNDED);
        while (m.find()) {
            Entity mech = s.entity(m, "mech");
            DateMention date = m.group("date") != null ? s.date(m, "date") : s.firstDateIn(m.start("gap"), m.end("gap"));
            if (date == null) {
                date = s.dateGoverning(m.start());
            }
            Entity place = m.group("place") != null ? s.entity(m, "place")
                    : s.entitiesIn(m.start("gap"), m.end("gap"), 'P').stream().findFirst().orElse(null);
            if (date == null && place == null) {
                continue;
            }
            Statements st = new Statements(sentence, out, NAME, 0.85);
            st.date(mech.key(), Property.FOUNDED_ON, null, date);
            st.link(mech.key(), Property.FOUNDED_AT, place);
        }
        if (!s.names('M') && s.topicMechanism() != null) {
            Matcher a = s.matcher(ANAPHOR_FOUNDED);
            if (a.find() && !s.insideTitle(a.start())) {
                DateMention date = s.dateGoverning(a.start());
                if (date == null && !s.dateStarts().isEmpty()) {
                    date = s.dateAt(s.dateStarts().get(0));
                }
                if (date != null) {
                    new Statements(sentence, out, NAME, 0.6).date(s.topicMechanism().key(), Property.FOUNDED_ON, null, date);
                }
            }
        }
        Matcher field = s.matcher(FIELD);
        if (field.find() && s.topicMechanism() != null) {
            new Statements(sentence, out, NAME, 0.7).date(s.topicMechanism().key(), Property.FOUNDED_ON, null, s.date(field, "date"));
        }
        Matcher decided = s.matcher(DECIDED);
        while (decided.find()) {
            DateMention date = s.dateGoverning(decided.start());
            if (date == null && s.dateStarts().isEmpty() && !s.meetings().isEmpty()) {
                date = s.meetings().get(0).date();
            } else if (date == null && s.dateStarts().isEmpty() && s.lastMeeting() != null && s.masked().startsWith("会")) {
                date = s.lastMeeting().date(); // 会议决定成立…: the meeting the text speaks of
            }
            if (date != null) {
                new Statements(sentence, out, NAME, 0.75).date(s.entity(decided, "mech").key(), Property.FOUNDED_ON, null, date);
            }
        }
        Matcher o = s.matcher(FOUNDED_OBJECT);
        while (o.find()) {
            DateMention date = s.dateGoverning(o.start());
            if (date != null) {
                new Statements(sentence, out, NAME, 0.8).date(s.entity(o, "mech").key(), Property.FOUNDED_ON, null, date);
            }
        }
    }
}
