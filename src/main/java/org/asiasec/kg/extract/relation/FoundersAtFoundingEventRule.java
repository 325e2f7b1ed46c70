package org.asiasec.kg.extract.relation;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asiasec.kg.extract.time.DateMention;
import org.asiasec.kg.model.Entity;
import org.asiasec.kg.model.ExtractionSink;

/**
 * The founding members of a mechanism founded by an event of the sentence (frame
 * {@code membership-founding-event}): the countries that open the sentence hold the first meeting, sign
 * or issue the founding text, and a later clause of the same sentence founds the mechanism —
 * 甲、乙和丙三国外长在丁城举行首次会晤，签署《戊宣言》，己论坛由此正式成立; …签署《…》，宣告M成立;
 * 甲、乙四国在丁城发表《…》，建立M. The countries are founding members of M, dated by the event.
 * Without such an event, or when the list does not open the sentence (its subject), nothing is read.
 */
public final class FoundersAtFoundingEventRule implements RelationRule {

    public static final String NAME = "membership-founding-event";

    private static final Frame FRAME = FrameCatalog.standard().frame(NAME);
    private static final List<String> MARKERS = wordsOf("marker");
    private static final List<String> RESULTS = wordsOf("result");

    /** Only a date, a speaker's 答： or a short lead clause before the list: the list is the sentence's subject. */
    /** The lead before the subject: a date clause, 答：. */
    private static final Pattern OPENING = Pattern.compile("[\\s“\"]*(?:(?:Dd*|[^，。；：:CMNPDTKEcmnpdtke]{0,6})[，,：:][\\s]*)?");
    private static final Pattern OPENS = Pattern.compile("^[\\s“\"]*(?:(?:Dd*|[^，。；：:CMNPDTKEcmnpdtke]{0,6})[，,：:][\\s]*)?$");
    /** After the list: 三国外长, 五国元首, 等国领导人 — who of the countries met, then the event. */
    private static final Pattern SUBJECT_TAIL = Pattern.compile("(?:[0-9一二三四五六七八九十两]+国|等国|等[0-9一二三四五六七八九十]+国)?"
            + "(?:元首|领导人|首脑|外长|外交部长|防长|国防部长|政府|代表|外交部门官员|官员)?");
    /** What the countries did that the founding follows from. */
    private static final Pattern EVENT = Pattern.compile("举行首次|举行首届|举行第一次|首次|首届|第一届|第一次|签署|签订|缔结|发表");
    /** M 由此正式成立, 宣告 M 成立, “M”会晤机制由此形成 — not 成立以来, 成立大会, 成立20周年. */
    private static final Pattern FOUNDED = Pattern.compile("[，,](?:并|随即|同时)?(?<marker>" + String.join("|", MARKERS) + ")?[“\"「]?"
            + "(?<mech>" + MaskedSentence.MECHANISM + ")[”\"」]?(?:会晤机制|合作机制|机制)?(?<after>" + String.join("|", MARKERS) + ")?"
            + "(?<adverbs>(?:正式|宣告|宣布)*)(?:" + String.join("|", RESULTS) + ")"
            + "(?!以来|后|之初|之时|之际|时|的|大会|[0-9一二三四五六七八九十]+周年|周年)");
    /** ，建立 M; ，宣布成立 M: the countries' own act names the mechanism. */
    private static final Pattern FOUNDS = Pattern.compile("[，,](?:并|共同|正式|一致|宣布|宣告)*(?:" + String.join("|", RESULTS) + ")了?[“\"「]?"
            + "(?<mech>" + MaskedSentence.MECHANISM + ")");

    private final CountedCountries counted = new CountedCountries();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(MaskedSentence s, ExtractionSink out) {
        List<Enumeration> lists = Enumeration.countries(s);
        counted.read(s, lists);
        if (!s.names('M') || !s.saysAny(RESULTS)) {
            return;
        }
        String masked = s.masked();
        List<Entity> founders;
        List<Entity> listed = List.of();
        int subjectEnd;
        Matcher lead = OPENING.matcher(masked);
        CountedCountries.Resolved byCount = lead.lookingAt() ? counted.at(s, lead.end()) : null;
        if (!lists.isEmpty() && lists.get(0).items().size() >= 2
                && OPENS.matcher(masked.substring(0, lists.get(0).start())).matches()) {
            founders = lists.get(0).entities();
            listed = lists.get(0).organisations();
            subjectEnd = lists.get(0).end();
        } else if (byCount != null) { // 上述七国元首在达卡举行第一届峰会…: the seven countries the text listed before
            founders = byCount.countries();
            subjectEnd = byCount.end();
        } else {
            return;
        }
        Matcher tail = SUBJECT_TAIL.matcher(masked.substring(subjectEnd));
        int from = subjectEnd + (tail.lookingAt() ? tail.end() : 0);
        int mechAt = foundedMechanism(masked, from);
        if (mechAt < 0 || s.insideTitle(mechAt) || !EVENT.matcher(masked.substring(from, mechAt)).find()
                || lists.stream().anyMatch(l -> l.start() >= from && l.start() < mechAt && l.items().size() > 1)) {
            return;
        }
        Entity mech = s.entityAt(mechAt);
        if (mech == null || listed.contains(mech)) {
            return;
        }
        DateMention date = FoundingContext.dateOfEvent(s, mechAt);
        Memberships.emit(s, out, NAME, founders, mech, Memberships.Role.FOUNDING_MEMBER, date, 0.7);
    }

    /** Where the mechanism the sentence founds after {@code from} starts, or -1. */
    private static int foundedMechanism(String masked, int from) {
        String rest = masked.substring(from);
        Matcher f = FOUNDED.matcher(rest);
        while (f.find()) {
            if (f.group("marker") != null || f.group("after") != null || !f.group("adverbs").isEmpty()) {
                return from + f.start("mech");
            }
        }
        Matcher a = FOUNDS.matcher(rest);
        return a.find() ? from + a.start("mech") : -1;
    }

    private static List<String> wordsOf(String value) {
        return FRAME.wordsLongestFirst().stream().filter(w -> FRAME.valueOf(w).equals(value)).toList();
    }
}
