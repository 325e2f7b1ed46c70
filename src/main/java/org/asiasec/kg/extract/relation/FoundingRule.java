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
    private static final List<String> FOUNDING = List.of("成立", "建立", "创立", "创建", "诞生", "创办", "设立", "启动", "建成");
    /** 东盟与中日韩宏观经济研究办公室在新加坡成立: another body, named after the mechanism, is what was founded. */
    private static final String ANOTHER_BODY = "办公室|中心|秘书处|委员会|工作组|小组|基金|银行|研究院|学院|网络|机构|自由贸易区|自贸区|走廊|项目|工程";
    /** A gap that names a mechanism of its own (…扩大会机制), unless it is the mechanism's (“上海五国”会晤机制). */
    private static final Pattern OTHER_MECHANISM_IN_GAP = Pattern.compile("^(?![”\"」]?(?:会晤|合作|对话)?机制)[^由于在]*机制");
    /** 2006年由甲学会发起创办: a clause without a subject of its own, about the sentence's first mechanism or the text's. */
    private static final Pattern SUBJECTLESS = Pattern.compile("(?<=[，,])(?<date>" + MaskedSentence.DATE + ")(?:由[^，。；：M]{1,20}?)?"
            + "(?:发起|倡议|共同)?(?:创办|创立|创建|成立|设立)(?=[，,。；;]|$)");
    /** 【成立时间】2029年4月18日: a fact sheet's field about the mechanism the text speaks of. */
    private static final Pattern FIELD = Pattern.compile("^[\\s【\\[]*(?:成立|创立|创建|建立|成立时间|成立日期|创立时间|创建时间|建立时间)[】\\]]?[：:]?\\s*(?<date>"
            + MaskedSentence.DATE + ")");
    /** 六国宣布成立M, 会议决定正式成立M: the mechanism as object of a decision, dated by the sentence or its meeting. */
    private static final Pattern DECIDED = Pattern.compile("(?:宣布|决定|同意|宣告|一致同意)(?:正式)?(?:成立|建立|创立|创建|设立|启动)了?[“\"「]?(?<mech>"
            + MECHANISM + ")");
    /*
     * The mechanism is the subject (东盟国家启动…磋商 speaks of its members) and founds nothing after the
     * verb (M成立了工作组, 启动“准则”磋商: an object follows).
     */
    private static final Pattern FOUNDED = Pattern.compile("(?<![—－\\-A-Za-z])(?<mech>" + MECHANISM + ")(?!国家|成员国|各国|各成员)"
            + "(?<gap>(?:(?!倡议|提议|发起|推动|的|前身|" + ANOTHER_BODY + ")(?:[CNDP][cndp]*|[^，。；：M])){0,20}?)(?:正式|宣布|共同)*(?:" + String.join("|", FOUNDING) + ")"
            + "(?!以来|后|之初|之时|之际|时|的|大会|[0-9一二三四五六七八九十]+周年|周年|了?[“\"「《Mm]|了?[\\u4e00-\\u9fff]{0,6}(?:磋商|谈判|进程|小组|中心|机制|合作))"
            // nothing but 于, the end of the clause, a next verb or 运作 (启动运作) after it: 建立对话关系, 建立信任措施 have objects
            + "(?=于|了?[，,。；;、：:）)」”\"\\s]|了?$|并|和|及|，|运作|运行)(?:于(?<date>"
            + MaskedSentence.DATE + ")|于(?<place>" + PLACE + "))?");

    /**
     * 2030年，在…的基础上成立了澜沧江安全对话; 甲、乙和丙于2029年在丁城共同创立戊论坛: the mechanism after the verb,
     * as the whole object of its clause, dated by the clause or the meeting the sentence names.
     */
    private static final Pattern FOUNDED_OBJECT = Pattern.compile("(?<!倡议|提议|发起|倡导|推动)(?:共同|正式)?(?:成立|建立|创立|创建|创办|设立|启动)(?<le>了)?[“\"「]?(?<mech>"
            + MECHANISM + ")[”\"」]?(?=[，,。；;、（(]|$|并|，)");
    /** A clause that plans, proposes or wishes a founding does not state one. */
    private static final Pattern NOT_DONE = Pattern.compile("倡议|提议|提出|推动|主张|呼吁|建议|拟|计划|旨在|致力|为了|希望|愿|筹|未|没有|不|将|要|应|努力|积极|是否|如何|商定|同意|讨论|研究|探讨");

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
        Matcher m = s.names('M') ? s.matcher(FOUNDED) : null; // every FOUNDED match opens with a mechanism (M…): asked first
        while (m != null && m.find()) {
            if (OTHER_MECHANISM_IN_GAP.matcher(m.group("gap")).find()) {
                continue; // 东盟防长扩大会机制由此建立: a longer name the recognisers missed was founded, not 东盟
            }
            Entity mech = s.entity(m, "mech");
            DateMention date = m.group("date") != null ? s.date(m, "date") : s.firstDateIn(m.start("gap"), m.end("gap"));
            if (date == null) {
                date = s.dateGoverning(m.start());
            }
            if (date == null) {
                date = FoundingContext.leadDate(s, m.start());
            }
            date = FoundingContext.trusted(s, date);
            if (date == null) {
                date = FoundingContext.dateOfTheMeeting(s); // 会议同时宣布，M在甲城成立
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
        Matcher subjectless = s.matcher(SUBJECTLESS);
        if (subjectless.find()) {
            Entity mech = s.masked().startsWith("M") ? s.entityAt(0) : s.names('M') ? null : s.topicMechanism();
            DateMention date = FoundingContext.trusted(s, s.date(subjectless, "date"));
            if (mech != null && date != null) {
                new Statements(sentence, out, NAME, 0.7).date(mech.key(), Property.FOUNDED_ON, null, date);
            }
        }
        Matcher field = s.matcher(FIELD);
        if (field.find() && s.topicMechanism() != null) {
            new Statements(sentence, out, NAME, 0.7).date(s.topicMechanism().key(), Property.FOUNDED_ON, null, s.date(field, "date"));
        }
        Matcher decided = s.matcher(DECIDED);
        while (decided.find()) {
            DateMention date = FoundingContext.dateOfEvent(s, decided.start());
            if (date != null) {
                new Statements(sentence, out, NAME, 0.75).date(s.entity(decided, "mech").key(), Property.FOUNDED_ON, null, date);
            }
        }
        Matcher o = s.matcher(FOUNDED_OBJECT);
        while (o.find()) {
            if (s.insideTitle(o.start()) || (o.group("le") == null
                    && NOT_DONE.matcher(s.masked().substring(s.clauseStart(o.start()), o.start())).find())) {
                continue;
            }
            DateMention date = FoundingContext.dateOfEvent(s, o.start());
            if (date != null) {
                new Statements(sentence, out, NAME, 0.8).date(s.entity(o, "mech").key(), Property.FOUNDED_ON, null, date);
            }
        }
    }
}
