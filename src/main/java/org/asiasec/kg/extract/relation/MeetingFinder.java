package org.asiasec.kg.extract.relation;

import org.asiasec.kg.extract.keys.EntityKeys;
import static org.asiasec.kg.extract.relation.MaskedSentence.COUNTRY;
import static org.asiasec.kg.extract.relation.MaskedSentence.DATE;
import static org.asiasec.kg.extract.relation.MaskedSentence.MECHANISM;
import static org.asiasec.kg.extract.relation.MaskedSentence.PERSON;
import static org.asiasec.kg.extract.relation.MaskedSentence.PLACE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asiasec.kg.extract.time.DateMention;
import org.asiasec.kg.extract.time.Numerals;
import org.asiasec.kg.model.Entity;
import org.asiasec.kg.model.EntityType;
import org.asiasec.kg.model.Value;

/**
 * The stage that finds the meetings a sentence names, once per sentence and before any rule reads it,
 * remembering what the text said before (which year goes with 第四次峰会, which meeting 此次峰会 is).
 * One finder reads one text, in order. A meeting occurrence: a mechanism's summit, session or conference that the sentence names by
 * ordinal, year, city or as a video summit, with its date, place (a city) or host (a country
 * only), theme and the persons who spoke there. See the package README for the shapes.
 *
 * <p>Key policy: {@code <mechanism>-summit-<year>} (or {@code -meeting-} for other meetings) when
 * the year is known from the sentence or, within the same text, from an earlier sentence that
 * named the same meeting by ordinal or city together with a date; otherwise
 * {@code <mechanism>-summit-n<ordinal>}, otherwise {@code <mechanism>-summit-<city>}. So 2014年亚信峰会
 * and 亚信第四次峰会 (2014年5月) become one node, in one text or across texts.
 */
public final class MeetingFinder {



    private static final String ORDINAL = "(?:第(?<ord>[0-9一二三四五六七八九十百零〇]+)|(?<first>首))[次届轮]";
    /** A meeting noun after an ordinal when the sentence does not name the mechanism (第二次峰会在圣彼得堡举行). */
    private static final String BARE_HEAD = "(?<head>峰会|高峰会|元首会议|首脑会议|领导人会议|领导人非正式会议|元首会晤|外长会议|外长会"
            + "|部长级会议|部长会议|防长会议|年会|会晤|会议|大会|会谈|磋商|对话会|高官会|论坛)";
    private static final String PAREN = "(?:（[^）]*）|\\([^)]*\\))?";
    private static final String COUNCIL = "(?<council>(?:成员国)?(?:国家)?元首理事会|国家元首和政府首脑会议|元首会议)?";
    /** The head words of a mechanism's organs that meet (元首理事会会议 is a meeting of the heads of state). */
    private static final String ORGAN = "(?<organword>(?:成员国)?(?:国家)?元首理事会|政府首脑(?:（总理）|\\(总理\\))?理事会"
            + "|外长理事会|外交部长理事会|国防部长理事会|防长理事会|集体安全理事会)";
    private static final String SUMMIT_HEAD = "(?<head>峰会|元首会议|首脑会议|元首会晤|会议|大会|会晤)";

    /**
     * The shapes, each a regular expression over the masked sentence, with what a sentence must
     * contain for it to match: every one of its markers and, if it lists words, one of them.
     */
    private static final List<Shape> SHAPES = List.of(
            // 亚洲相互协作与信任措施会议（简称“亚信”）第四次峰会, 上海合作组织成员国元首理事会第十八次会议
            new Shape("M", List.of("第"), "(?<city>" + PLACE + ")?(?<mech>" + MECHANISM + ")" + PAREN + COUNCIL + ORDINAL
                    + SUMMIT_HEAD),
            // 亚洲相互协作与信任措施会议（简称“亚信”）第四次峰会, when only the abbreviation is linked
            new Shape("M", List.of("第"), "（[^）]{0,6}?[“\"]?(?<mech>" + MECHANISM + ")[”\"]?）" + COUNCIL + ORDINAL
                    + SUMMIT_HEAD),
            // 第四次亚信峰会, 第47届联合国大会
            new Shape("M", List.of("第"), ORDINAL + "(?<mech>" + MECHANISM + ")" + "(?<head>峰会|大会|会议|会晤)?"),
            // 2014年亚信峰会, 2017年的阿斯塔纳上合组织峰会, 上合组织青岛峰会, 上合组织2002年圣彼得堡峰会,
            // 上合组织视频峰会, 二十国集团领导人杭州峰会, 西太平洋海军论坛年会
            new Shape("M", List.of("峰会", "年会"), "(?:(?<date>" + DATE + ")的?)?(?<city>" + PLACE + ")?(?<mech>"
                    + MECHANISM + ")(?:领导人|成员国|国家元首)?(?<date2>" + DATE + ")?(?<city2>" + PLACE
                    + ")?(?<video>视频)?(?<head>峰会|年会)"),
            // 北京东盟地区论坛信任措施会议
            new Shape("PM", List.of("会议", "峰会", "外长会", "部长会"), "(?:(?<date>" + DATE + ")的?)?(?<city>" + PLACE
                    + ")(?<mech>" + MECHANISM + ")(?<mid>[^，。；、“”《》\\sA-Za-z·]{0,8}?)(?<head>会议|峰会|外长会|部长会)"),
            // 华盛顿核安全峰会, 吉隆坡东亚峰会: a city and a mechanism that is itself a summit series
            new Shape("PM", List.of(), "(?:(?<date>" + DATE + ")的?)?(?<city>" + PLACE + ")(?<mech>" + MECHANISM
                    + ")(?<series>)"),
            // 在2015年的博鳌论坛上: a forum's yearly session
            new Shape("DM", List.of("在"), "在(?<date>" + DATE + ")的(?<mech>" + MECHANISM + ")(?<session>)上"),
            // 青岛峰会 (the mechanism from the sentence, else the text's topic)
            new Shape("P", List.of("峰会"), "(?<citysummit>)(?:(?<date>" + DATE + ")的?)?(?<city>" + PLACE + ")(?<video>视频)?(?<head>峰会)"),
            // 2022年4月，主席又在年会上提出……: the yearly session of the text's forum in the year the sentence gives
            new Shape("D", List.of("年会"), "(?<bare>)(?<session>)在(?<head>年会)(?:开幕式|闭幕式|全体大会)?上"),
            // 2013年年会于4月6日至8日举行: a yearly session of the text's topic (a forum's)
            new Shape("D", List.of("年会"), "(?<bare>)(?<date>" + DATE + ")的?(?<head>年会)"),
            // a row of a chronology: 第2次｜2002年6月7日｜圣彼得堡, 第四次峰会：2014年5月20日，上海
            // (rows whose line breaks the reading joined: 第四届2009年10月25日泰国华欣—第五届2010年…)
            new Shape("", List.of("第"), "(?<row>)" + ORDINAL + "(?<head>峰会|会议|会晤|高峰会|领导人会议|领导人非正式会议)?(?=[\\s｜|：:　]*Dd*)"),
            // a row that gives its year first: 2003年　第十一次　甲国乙城 (the city follows the ordinal)
            new Shape("D", List.of("第", "首"), "(?<row>)(?:^|(?<=[\\s｜|　]))(?<rowdate>" + DATE + ")[\\s｜|：:　]*(?:(?<city>" + PLACE
                    + ")[\\s｜|：:　]+)?" + ORDINAL + "(?<head>峰会|会议|会晤|高峰会|领导人会议|领导人非正式会议)?(?=[\\s｜|：:　]+[CP]|[。；，]|$)"),
            // 第二次峰会在圣彼得堡举行, 首届部长级会议: the mechanism is the sentence's only one or the text's topic
            new Shape("", List.of("第", "首"), "(?<bare>)" + ORDINAL + "(?:(?<mech>" + MECHANISM + ")|(?<city>" + PLACE + "))?(?:成员国)?(?:[^，。；、《》“”\\sA-Za-z·CMNPDcmnpd]{0,4}?)"
                    + BARE_HEAD),
            // 元首理事会甲城会议, 外长理事会会议在甲城召开, 元首理事会在甲城举行会议: a meeting of an organ the
            // sentence names by its head word only; the organ belongs to the mechanism named just before it, else the text's
            new Shape("", List.of("理事会"), "(?<organ>)(?<mech>" + MECHANISM + ")?" + ORGAN + "(?:(?<city>" + PLACE
                    + ")|在(?<city2>" + PLACE + ")举行)?(?<head>会议)"),
            // 外长理事会会议在甲城召开 when the organ's full name is linked: a meeting of that organ
            new Shape("M", List.of("理事会"), "(?<organ>)(?<mech>" + MECHANISM + ")(?<head>会议)"),
            // 下一次外长会议将于2031年在甲城举行, 下届峰会定于明年在甲国举行: the next meeting, known by the date the sentence gives it
            new Shape("", List.of("下"), "(?<bare>)(?<mech>" + MECHANISM + ")?(?<next>下一?[次届轮]|下届)(?<nextorgan>[^，。；、《》“”\\sA-Za-z·CMNPDcmnpd]{0,6}?)"
                    + BARE_HEAD),
            // 东盟与中日韩外长会、东亚峰会外长会……将在甲城相继举行: a mechanism's ministerial meeting, dated by the sentence;
            new Shape("M", List.of("外长会", "防长会", "部长会议", "部长级会议", "领导人会议", "首脑会议", "高官会"),
                    // not 中国—东盟外长会, 中国与东盟领导人会议: the partner makes it another series
                    "(?<minister>)(?<![—－\\-–与和同+＋])(?<mech>" + MECHANISM
                    + ")(?<head>外长会议|外长会|防长会议|防长会|部长会议|部长级会议|领导人会议|首脑会议|高官会)"),
            // 此次视频峰会, 本届峰会: the meeting last named in this text
            new Shape("", List.of("峰会"), "(?<anaphor>此次|这次|本次|该次|本届|此届|该届)(?<mech>" + MECHANISM
                    + ")?(?<video>视频)?(?<head>峰会)"));

    /** The named groups of each shape's pattern, so that asking a match for a group its shape lacks is cheap. */
    private static final Map<Pattern, Set<String>> GROUPS = new IdentityHashMap<>();

    static {
        Pattern groupName = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
        for (Shape shape : SHAPES) {
            Set<String> names = new HashSet<>();
            Matcher g = groupName.matcher(shape.pattern().pattern());
            while (g.find()) {
                names.add(g.group(1));
            }
            GROUPS.put(shape.pattern(), names);
        }
    }

    /** 俄罗斯圣彼得堡, 吉尔吉斯斯坦南部城市奥什, 澳大利亚首都堪培拉: the city is the place. */
    private static final String IN_COUNTRY = "(?:" + COUNTRY + "(?:[^，。；、CPcp]{0,4}?(?:城市|首都|首府|港口|港))?)?";
    private static final Pattern PLACE_BEFORE = Pattern.compile("在[“\"]?" + IN_COUNTRY + "(?<where>" + PLACE + ")"
            + "(?:(?:举办|举行|召开|主办)[^，。；]{0,16}|[^，。；]{0,3})$|在[“\"]?(?<where2>" + COUNTRY + ")"
            + "(?:(?:举办|举行|召开|主办)[^，。；]{0,16}|[^，。；]{0,3})$");
    /** 在北京举行 after the name, also after a list of meetings (第八轮…、第七轮…在北京成功举行). */
    private static final Pattern PLACE_AFTER = Pattern.compile("^[^，。；：]{0,40}?(?:在|于)(?:" + IN_COUNTRY + "(?<where>"
            + PLACE + ")|(?<where2>" + COUNTRY + "))(?:成功|隆重|正式|相继|先后|依次)?(?:举办|举行|召开|开幕|闭幕|落幕|揭幕)");
    /** 第十三届东盟峰会在甲城签署《…》: a meeting that acts in a city right after its name met there. */
    private static final Pattern PLACE_OF_ACT = Pattern.compile("^(?:于?" + DATE + ")?在" + IN_COUNTRY + "(?<where>" + PLACE
            + ")(?:通过|签署|发表|宣布|批准|达成)");
    private static final Pattern HOST_BEFORE = Pattern.compile("(?<host>" + COUNTRY + ")[^，。；]{0,16}?(?:举办|主办)[“\"]?$");
    private static final Pattern SPEAKER_BEFORE = Pattern.compile("(?<person>" + PERSON + ")[^，。；Nn]{0,6}?"
            + "(?:在|出席了?|参加了?)(?:" + DATE + "(?:召开|举行)?的)?(?:" + PLACE + ")?[“\"]?$");
    private static final Pattern THEME_AFTER = Pattern.compile("^[^。；]{0,8}?主题(?:确定)?为[“\"](?<theme>[^”\"]+)[”\"]");

    private final MeetingMemory memory = new MeetingMemory();

    /**
     * Resolves the meetings {@code s} names against what the text said before it, and records them on
     * the sentence ({@link MaskedSentence#meetings()}, {@link MaskedSentence#lastMeeting()}) for every
     * rule to read. Reading the same sentence again changes nothing.
     */
    public void read(MaskedSentence s) {
        if (s.meetingsRead()) {
            return;
        }
        List<NamedMeeting> out = new ArrayList<>();
        Matcher series = s.says("第") ? s.matcher(SERIES) : null; // no matcher made for a sentence without 第
        int seriesStart = -1;
        int seriesEnd = -1;
        if (series != null && series.find() && !s.insideTitle(series.start())) {
            List<NamedMeeting> each = series(s, series);
            if (!each.isEmpty()) {
                out.addAll(each);
                seriesStart = series.start();
                seriesEnd = series.end();
            }
        }
        readHeadings(s);
        List<NamedMeeting> distributed = distributed(s);
        out.addAll(distributed);
        int distributedStart = distributed.isEmpty() ? -1 : distributed.get(0).start();
        int distributedEnd = distributed.isEmpty() ? -1 : distributed.get(0).end();
        NamedMeeting numbered = numberedRow(s);
        if (numbered != null) {
            out.add(numbered);
        }
        for (Matcher m : nonOverlapping(s)) {
            if (m.start() < distributedEnd && m.end() > distributedStart) {
                continue; // 上合组织峰会 of 先后于2006年、2012年……主办上合组织峰会 is one of the distributed meetings
            }
            if (m.start() < seriesEnd && m.end() > seriesStart) {
                continue; // 第五次会晤 inside 第三至第五次会晤先后在……举行 is one of the series
            }
            NamedMeeting meeting = resolve(s, m, memory);
            if (meeting != null) {
                out.add(meeting);
            }
        }
        memory.mechanismsNamed(s.entitiesIn(0, s.masked().length(), 'M'));
        s.meetingsRead(out, memory.last(), memory.named());
    }

    /** 【历次外长会议】, 历届峰会: the heading of a list of one mechanism's meetings, and the meeting noun its rows leave out. */
    private static final Pattern SERIES_HEADING = Pattern.compile("^[\\s　]*【?(?:历次|历届)(?<head>[^】\\s，。]{1,12}?)(?:一览|列表)?】?[\\s　：:]*$");
    /** 【成员国】: any other bracketed heading ends the list the last one opened. */
    private static final Pattern HEADING = Pattern.compile("^[\\s　]*【");
    /** 届次　时间　地点: the head row of a table of meetings, whose rows start with a bare number. */
    private static final Pattern TABLE_HEAD = Pattern.compile("^[\\s　]*(?:届次|届别|次序|会次)[\\s　|｜]+(?:时间|日期|年份|年月)");
    /** 3　　2008年8月　甲城: a row of such a table — the number is the ordinal. */
    private static final Pattern NUMBERED_ROW = Pattern.compile("^[\\s　]*(?<num>[0-9]{1,3})[\\s　|｜]+(?<date>" + DATE + ")");

    private void readHeadings(MaskedSentence s) {
        Matcher h = SERIES_HEADING.matcher(s.text());
        if (h.find()) {
            memory.seriesHead(h.group("head"));
        } else if (HEADING.matcher(s.text()).find()) {
            memory.seriesHead(null);
        }
        if (TABLE_HEAD.matcher(s.masked()).find()) {
            memory.inTable(true);
        } else if (!NUMBERED_ROW.matcher(s.masked()).find()) {
            memory.inTable(false);
        }
    }

    /** A numbered row of a table whose head row said 届次: one meeting of the text's mechanism. */
    private NamedMeeting numberedRow(MaskedSentence s) {
        Matcher r = NUMBERED_ROW.matcher(s.masked());
        if (!memory.inTable() || !r.find() || s.topicMechanism() == null) {
            return null;
        }
        Entity mech = s.topicMechanism();
        String head = memory.seriesHead() == null ? "" : headOf(memory.seriesHead());
        boolean summit = isSummit(head, mech);
        return meeting(s, mech, Numerals.parse(r.group("num")), s.date(r, "date"), placeOfRow(s, r.end()), head, summit,
                false, s.text().substring(r.start(), r.end()), null, List.of(), null, 0.55, r.start(), r.end());
    }

    /** 外长会议 of 历次外长会议, 峰会 of 历届峰会; the text's other headings (历次扩员) name no meeting. */
    private static String headOf(String heading) {
        return heading.matches(".*(?:峰会|会议|会晤|大会|年会|会)$") ? heading : "";
    }

    private static boolean isSummit(String head, Entity mech) {
        return head.contains("峰会") || head.contains("元首") || head.contains("首脑") || mech.labelZh().endsWith("峰会");
    }

    private static List<Matcher> nonOverlapping(MaskedSentence s) {
        List<Matcher> all = new ArrayList<>();
        for (Shape shape : SHAPES) {
            if (!shape.mayMatch(s)) { // asked once per shape, not again for each match
                continue;
            }
            int from = 0;
            while (from < s.masked().length()) {
                Matcher m = s.matcher(shape.pattern());
                if (!m.find(from)) {
                    break;
                }
                if (!s.insideTitle(m.start())) {
                    all.add(m);
                }
                from = m.start() + 1;
            }
        }
        all.sort(Comparator.comparingInt((Matcher m) -> m.start())
                .thenComparing(Comparator.comparingInt((Matcher m) -> m.end() - m.start()).reversed()));
        List<Matcher> kept = new ArrayList<>();
        int end = 0;
        for (Matcher m : all) {
            if (m.start() >= end) {
                kept.add(m);
                end = m.end();
            }
        }
        return kept;
    }

    private NamedMeeting resolve(MaskedSentence s, Matcher m, MeetingMemory memory) {
        if (has(m, "anaphor")) {
            NamedMeeting last = memory.last();
            Entity mech = has(m, "mech") ? s.entity(m, "mech") : null;
            if (last == null || (mech != null && !mech.key().equals(last.mechanism().key()))) {
                return null;
            }
            return new NamedMeeting(last.entity(), last.mechanism(), null, null, null, null, List.of(), null,
                    0.7, m.start(), m.end());
        }
        if (has(m, "organ") && !has(m, "organword") && !s.entity(m, "mech").labelZh().endsWith("理事会")) {
            return null; // 论坛会议: a mechanism and the word 会议, no organ
        }
        boolean row = GROUPS.get(m.pattern()).contains("row");
        // a row's other cells name what was decided there (秘书处设在北京), not whose meeting it was
        boolean bare = GROUPS.get(m.pattern()).contains("bare");
        Entity mech = has(m, "mech") ? s.entity(m, "mech") : row && s.topicMechanism() != null ? s.topicMechanism()
                : bare ? soleMechanismOfClause(s, m) : soleMechanism(s);
        boolean fromTopic = row && !has(m, "mech");

        if (mech == null && has(m, "organword")) {
            mech = s.topicMechanism();
            fromTopic = true;
        }
        if (mech == null && (GROUPS.get(m.pattern()).contains("bare") || GROUPS.get(m.pattern()).contains("row")
                || GROUPS.get(m.pattern()).contains("citysummit"))
                && (bare ? s.entitiesIn(s.clauseStart(m.start()), s.clauseEnd(m.end()), 'M') // 第32届外长会预定于……举行 after a
                        : s.entitiesIn(0, s.masked().length(), 'M')).isEmpty()) {                 // clause naming another mechanism

            mech = s.topicMechanism();
            fromTopic = true;
            String topicHead = has(m, "head") ? m.group("head") : "";
            if (mech != null && topicHead.contains("峰会") && s.parentOf(mech) != null) {
                mech = s.parentOf(mech); // a text about an organ: the summits are its organisation's
            }
            String stem = topicHead.equals("对话会") ? "对话" : topicHead.equals("论坛") ? "论坛" : null;
            if (stem != null && (mech == null || !mech.labelZh().contains(stem))) {
                // 第十届对话会 in a paragraph about another forum: the dialogue the text named last, if any
                mech = memory.lastMechanismSaying(stem);
            }
            if (mech != null && topicHead.equals("对话会") && !mech.labelZh().contains("对话")) {
                return null; // another series' dialogue, not a session of the text's forum
            }
        }
        if (mech == null) {
            return null;
        }
        if ((has(m, "series") && !mech.labelZh().endsWith("峰会")) || (has(m, "session") && !mech.labelZh().endsWith("论坛"))) {
            return null;
        }
        Integer ordinal = null;
        if (has(m, "ord")) {
            ordinal = Numerals.parse(m.group("ord"));
        } else if (has(m, "first")) {
            ordinal = 1;
        }
        String head = has(m, "head") ? m.group("head") : "";
        if (row && head.isEmpty() && memory.seriesHead() != null) {
            head = headOf(memory.seriesHead()); // 【历次元首理事会会议】 above rows that say only 第一次
        }
        // 东亚峰会外长会: the ministers of a summit series meet, which is no summit
        boolean ministerial = has(m, "minister") && head.matches(".*(?:外长|防长|部长|高官).*");
        boolean summit = !ministerial && (head.contains("峰会") || head.contains("元首") || head.contains("首脑")
                || has(m, "council") || has(m, "video") || mech.labelZh().endsWith("峰会")
                || (has(m, "organword") && m.group("organword").contains("元首"))
                || (has(m, "nextorgan") && m.group("nextorgan").contains("元首")))
                || (has(m, "organ") && mech.labelZh().endsWith("元首理事会"));
        if (head.isEmpty() && !summit && ordinal == null && !has(m, "session") && !mech.labelZh().endsWith("会议") && !mech.labelZh().endsWith("大会")) {
            return null;
        }
        Entity city = has(m, "city") ? s.entity(m, "city") : has(m, "city2") ? s.entity(m, "city2") : null;
        DateMention date = meetingDate(s, m);
        Entity where = city != null ? city : placeAround(s, m);
        if (has(m, "next") && date == null) {
            return null; // 下一次会议 with no date: not yet a meeting the text can place
        }
        if (has(m, "organ") && date == null && (where == null || where.type() != EntityType.PLACE)) {
            return null; // 元首理事会会议 said with neither a date nor a city: which one it is, the sentence does not say
        }
        if (where == null && GROUPS.get(m.pattern()).contains("row")) {
            where = placeOfRow(s, m.end());
        }

        return meeting(s, mech, ordinal, date, where, head, summit, has(m, "video"), s.text().substring(m.start(), m.end()),
                hostBefore(s, m), speakers(s, m), theme(s, m), fromTopic ? 0.55 : has(m, "mech") ? 0.9 : 0.6, m.start(), m.end());
    }

    /**
     * 第三至第五次会晤先后在甲、乙和丙举行, 第三届、第四届峰会分别于2027年和2029年在甲和乙举行, 第二十三次至第二十六次
     * 会议依次在甲（2015年）、乙（2016年）……举行: one meeting per ordinal, paired in order with the places
     * and dates (or the years of a span before: 1998年至2000年，第三至第五次会晤……).
     */
    private static final Pattern SERIES = Pattern.compile("(?<ords>第[0-9一二三四五六七八九十百]+[次届轮]?(?:(?:至|到|—|－|-|、|和|及|与)第?"
            + "[0-9一二三四五六七八九十百]+[次届轮]?)+)(?<mech>" + MECHANISM + ")?(?<head>峰会|高峰会|领导人会议|领导人非正式会议|外长会议|外长会"
            + "|部长级会议|年会|会晤|会议)(?<rest>[^。；]{0,80}?)(?:举行|召开|举办)");
    private static final Pattern NUMBER = Pattern.compile("[0-9一二三四五六七八九十百]+");

    private List<NamedMeeting> series(MaskedSentence s, Matcher m) {
        String ords = m.group("ords");
        String rest = m.group("rest");
        if (!rest.contains("先后") && !rest.contains("分别") && !rest.contains("依次") && !rest.contains("相继")) {
            return List.of();
        }
        List<Integer> numbers = new ArrayList<>();
        Matcher n = NUMBER.matcher(ords);
        while (n.find()) {
            numbers.add(Numerals.parse(n.group()));
        }
        List<Integer> ordinals = new ArrayList<>();
        boolean range = numbers.size() == 2 && ords.matches(".*(?:至|到|—|－|-).*");
        if (range && numbers.get(1) > numbers.get(0) && numbers.get(1) - numbers.get(0) < 30) {
            for (int i = numbers.get(0); i <= numbers.get(1); i++) {
                ordinals.add(i);
            }
        } else if (!range) {
            ordinals.addAll(numbers);
        }
        Entity mech = m.group("mech") != null ? s.entity(m, "mech") : soleMechanism(s);
        double confidence = 0.75;
        if (mech == null && s.entitiesIn(0, s.masked().length(), 'M').isEmpty()) {
            mech = s.topicMechanism();
            confidence = 0.55;
        }
        if (mech == null || ordinals.size() < 2) {
            return List.of();
        }
        List<Entity> places = s.entitiesIn(m.start("rest"), m.end("rest"), 'P');
        List<DateMention> dates = new ArrayList<>();
        for (int start : s.dateStarts()) {
            if (start >= m.start("rest") && start < m.end("rest")) {
                dates.add(s.dateAt(start));
            }
        }
        if (dates.size() != ordinals.size()) {
            dates = yearsOfSpan(s.dateBefore(m.start()), ordinals.size());
        }
        String head = m.group("head");
        boolean summit = head.contains("峰会") || mech.labelZh().endsWith("峰会");
        List<NamedMeeting> out = new ArrayList<>();
        for (int i = 0; i < ordinals.size(); i++) {
            Entity where = places.size() == ordinals.size() ? places.get(i) : null;
            DateMention date = dates.size() == ordinals.size() ? dates.get(i) : null;
            NamedMeeting one = meeting(s, mech, ordinals.get(i), date, where, head, summit, false,
                    s.text().substring(m.start(), m.end("head")), null, List.of(), null, confidence, m.start(), m.end());
            if (one != null) {
                out.add(one);
            }
        }
        return out;
    }

    private static final String DATES = "(?<dates>" + DATE + "(?:[、和及与]" + DATE + ")+)";
    private static final String PLACES = "(?<places>" + PLACE + "(?:[、和及与]?" + PLACE + ")+)";
    /**
     * 先后于2006年、2012年和2018年三次主办上合组织峰会，地点分别为上海、青岛和北京; 上合组织峰会分别于2006年和2012年
     * 在上海和北京举行: one meeting per date, paired in order with the places when there are as many.
     */
    private static final Pattern DISTRIBUTED_BEFORE = Pattern.compile("(?:先后|分别|相继|依次)于" + DATES + "[^，。；、DdMm]{0,10}?(?<mech>"
            + MECHANISM + ")(?<head>峰会|年会|外长会议|外长会|会晤|会议)(?:[，,]?(?:地点|举办地)?分别(?:为|是|在)" + PLACES + ")?");
    private static final Pattern DISTRIBUTED_AFTER = Pattern.compile("(?<mech>" + MECHANISM + ")(?<head>峰会|年会|外长会议|外长会|会晤|会议)"
            + "(?:先后|分别|相继|依次)于" + DATES + "在" + PLACES + "(?:举行|召开|举办)");

    private List<NamedMeeting> distributed(MaskedSentence s) {
        if (!s.names('M') || !s.names('D') || !s.saysAny(List.of("先后", "分别", "相继", "依次"))) {
            return List.of();
        }
        for (Pattern p : List.of(DISTRIBUTED_BEFORE, DISTRIBUTED_AFTER)) {
            Matcher m = s.matcher(p);
            if (!m.find() || s.insideTitle(m.start())) {
                continue;
            }
            Entity mech = s.entity(m, "mech");
            List<DateMention> dates = new ArrayList<>();
            for (int start : s.dateStarts()) {
                if (start >= m.start("dates") && start < m.end("dates")) {
                    dates.add(s.dateAt(start));
                }
            }
            List<Entity> places = m.group("places") == null ? List.of() : s.entitiesIn(m.start("places"), m.end("places"), 'P');
            String head = m.group("head");
            boolean summit = isSummit(head, mech);
            List<NamedMeeting> out = new ArrayList<>();
            for (int i = 0; i < dates.size(); i++) {
                Entity where = places.size() == dates.size() ? places.get(i) : null;
                NamedMeeting one = meeting(s, mech, null, dates.get(i), where, head, summit, false,
                        s.text().substring(m.start("mech"), m.end("head")), null, List.of(), null, 0.7, m.start(), m.end());
                if (one != null) {
                    out.add(one);
                }
            }
            return out;
        }
        return List.of();
    }

    /** 1998年至2000年 for three meetings: one year each. */
    private static List<DateMention> yearsOfSpan(DateMention span, int count) {
        if (span == null || !span.isSpan() || span.from().precision() != Value.Date.Precision.YEAR
                || span.to().precision() != Value.Date.Precision.YEAR) {
            return List.of();
        }
        int from = Integer.parseInt(span.from().lexical());
        int to = Integer.parseInt(span.to().lexical());
        if (to - from + 1 != count) {
            return List.of();
        }
        List<DateMention> years = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            years.add(new DateMention(span.start(), span.end(), span.surface(), Value.Date.year(y), null));
        }
        return years;
    }

    /** A meeting node for what one sentence says of it: the key from year, else ordinal, else city. */
    private NamedMeeting meeting(MaskedSentence s, Entity mech, Integer ordinal, DateMention date, Entity where, String head,
                                 boolean summit, boolean video, String surface, Entity host, List<Entity> speakers,
                                 String theme, double confidence, int start, int end) {
        Integer year = date != null ? Integer.valueOf(date.from().lexical().substring(0, 4)) : null;
        String kind = summit ? "summit" : "meeting";
        Integer knownYear = year != null ? year : memory.yearOf(mech, kind, ordinal, where);
        String key;
        String label;
        if (knownYear != null) {
            key = EntityKeys.join(mech.key(), kind, knownYear);
            label = label(mech, null, knownYear, null, "", summit, false);
        } else if (ordinal != null) {
            key = EntityKeys.join(mech.key(), kind, "n" + ordinal);
            label = label(mech, ordinal, null, null, "", summit, false);
        } else if (where != null) {
            key = EntityKeys.join(mech.key(), kind, where.key());
            label = label(mech, null, null, where, "", summit, false);
        } else {
            return null;
        }
        memory.remember(mech, kind, ordinal, where, year);

        // The label says only what the key says, so that every sentence and every text naming the
        // meeting gives it the same one label; what this sentence adds (ordinal, city) is an alias.
        java.util.TreeSet<String> aliases = new java.util.TreeSet<>();
        aliases.add(surface);
        aliases.add(label(mech, ordinal, knownYear, where, head, summit, video));
        aliases.remove(label);
        Entity meeting = new Entity(key, EntityType.MEETING, summit ? "Summit" : "Meeting", label, null, aliases, null);
        NamedMeeting named = new NamedMeeting(meeting, mech, ordinal, date, where, host, speakers, theme,
                confidence, start, end);
        memory.last(named);
        memory.named(named);
        return named;
    }

    private static boolean has(Matcher m, String group) {
        return GROUPS.get(m.pattern()).contains(group) && m.group(group) != null;
    }

    /** The one mechanism named in the clause around the match, or null. */
    private static Entity soleMechanismOfClause(MaskedSentence s, Matcher m) {
        List<Entity> mechs = s.entitiesIn(s.clauseStart(m.start()), s.clauseEnd(m.end()), 'M');
        return mechs.stream().map(Entity::key).distinct().count() == 1 ? mechs.get(0) : null;
    }

    private static Entity soleMechanism(MaskedSentence s) {
        List<Entity> mechs = s.entitiesIn(0, s.masked().length(), 'M');
        return mechs.stream().map(Entity::key).distinct().count() == 1 ? mechs.get(0) : null;
    }

    /**
     * The date written in the name, else the one right after it, else the closest point date before it in the
     * sentence (not a dateline's), else one after it in its clause.
     */
    private static DateMention meetingDate(MaskedSentence s, Matcher m) {
        if (has(m, "rowdate")) {
            return s.date(m, "rowdate");
        }
        if (GROUPS.get(m.pattern()).contains("row")) { // a row's date follows its ordinal; the one before is the last row's
            return s.dateAfter(m.end());
        }
        for (String g : new String[] {"date", "date2"}) {
            if (has(m, g)) {
                return finer(s, m, s.date(m, g));
            }
        }
        DateMention after = s.dateAfter(m.end());
        if (after != null && usable(after) && s.localStart(after) == m.end()) {
            return after; // 第五次部长会议11日在某地闭幕: the date right after the name is its date
        }
        if (after != null && usable(after) && s.localStart(after) < s.clauseEnd(m.end())
                && s.masked().substring(m.end(), s.localStart(after)).matches("(?:将|已|预|拟)?定?于")) {
            return after; // 第32届外长会预定于2031年7月在甲城举行: the date the clause gives the meeting, not an earlier clause's
        }
        DateMention before = s.dateBefore(m.start());
        if (before != null && usable(before) && !s.masked().startsWith("电", s.localStart(before) + before.surface().length())) {
            return before; // but not a dateline's (新华社某地3月12日电): that dates the report
        }
        return after != null && usable(after) && s.localStart(after) < s.clauseEnd(m.end()) ? after : null;
    }

    /**
     * 2013年年会于4月6日至8日举行: a bare year in the name, and a finer date of that year right after it in the
     * clause: the finer date is the meeting's.
     */
    private static DateMention finer(MaskedSentence s, Matcher m, DateMention year) {
        if (year.isSpan() || year.from().precision() != Value.Date.Precision.YEAR) {
            return year;
        }
        DateMention after = s.dateAfter(m.end());
        if (after != null && s.localStart(after) < s.clauseEnd(m.end()) && after.from().precision() != Value.Date.Precision.YEAR
                && after.from().lexical().startsWith(year.from().lexical())
                && s.masked().substring(m.end(), s.localStart(after)).matches("[^，。；]{0,4}")) {
            return after;
        }
        // 2022年4月21日，主席在某论坛2022年年会开幕式上……: the sentence's finer date of the same year
        DateMention before = s.dateBefore(m.start());
        if (before != null && !before.isSpan() && before.from().precision() != Value.Date.Precision.YEAR
                && before.from().lexical().startsWith(year.from().lexical())) {
            return before;
        }
        return year;
    }

    /** A span of years says when something lasted, not when a meeting met. */
    private static boolean usable(DateMention date) {
        return !date.isSpan() || date.from().precision() != org.asiasec.kg.model.Value.Date.Precision.YEAR;
    }

    private static Entity placeAround(MaskedSentence s, Matcher m) {
        String before = s.masked().substring(s.clauseStart(m.start()), m.start());
        Matcher b = PLACE_BEFORE.matcher(before);
        if (b.find()) {
            return s.entityAt(s.clauseStart(m.start()) + b.start(b.group("where") != null ? "where" : "where2"));
        }
        String after = s.masked().substring(m.end());
        Matcher a = PLACE_AFTER.matcher(after);
        if (a.find()) {
            return s.entityAt(m.end() + a.start(a.group("where") != null ? "where" : "where2"));
        }
        Matcher act = PLACE_OF_ACT.matcher(after);
        if (act.find()) {
            return s.entityAt(m.end() + act.start("where"));
        }
        return null;
    }

    /** The city of a chronology row: the first place after its date, before the next row's ordinal. */
    private static Entity placeOfRow(MaskedSentence s, int from) {
        int next = s.masked().indexOf('第', from);
        int end = Math.min(next < 0 ? s.masked().length() : next, from + 40);
        List<Entity> after = s.entitiesIn(from, end, 'P');
        return after.isEmpty() ? null : after.get(0);
    }

    private static Entity hostBefore(MaskedSentence s, Matcher m) {
        int from = s.clauseStart(m.start());
        Matcher h = HOST_BEFORE.matcher(s.masked().substring(from, m.start()));
        return h.find() ? s.entityAt(from + h.start("host")) : null;
    }

    private static List<Entity> speakers(MaskedSentence s, Matcher m) {
        int from = s.clauseStart(m.start());
        // a person may be separated from 在 by a position (国家主席习近平在…) but not by a comma
        Matcher p = SPEAKER_BEFORE.matcher(s.masked().substring(from, m.start()));
        List<Entity> out = new ArrayList<>();
        if (p.find()) {
            out.add(s.entityAt(from + p.start("person")));
        }
        return out;
    }

    private static String theme(MaskedSentence s, Matcher m) {
        Matcher t = THEME_AFTER.matcher(s.text().substring(m.end()));
        return t.find() ? t.group("theme") : null;
    }

    private static String label(Entity mech, Integer ordinal, Integer year, Entity where, String head,
                                boolean summit, boolean video) {
        StringBuilder b = new StringBuilder(mech.labelZh());
        if (ordinal != null) {
            b.append('第').append(ordinal).append(summit ? "次" : "届");
        } else {
            if (year != null) {
                b.append(year).append('年');
            }
            if (where != null && where.type() == EntityType.PLACE) {
                b.append(where.labelZh());
            }
            if (video) {
                b.append("视频");
            }
        }
        String noun = summit ? "峰会" : head.isEmpty() ? "会议" : head;
        return mech.labelZh().endsWith(noun) && ordinal == null ? b.toString() : b.append(noun).toString();
    }

    /** A pattern and what it needs: all of {@code markers} and, unless {@code words} is empty, one of them. */
    private record Shape(String markers, List<String> words, Pattern pattern) {

        Shape(String markers, List<String> words, String regex) {
            this(markers, words, Pattern.compile(regex));
        }

        boolean mayMatch(MaskedSentence s) {
            for (int i = 0; i < markers.length(); i++) {
                if (!s.names(markers.charAt(i))) {
                    return false;
                }
            }
            return words.isEmpty() || s.saysAny(words);
        }
    }

}
