package org.asiasec.kg.extract.relation;

import static org.asiasec.kg.extract.relation.MaskedSentence.DOCUMENT;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asiasec.kg.extract.sentence.AnalysedSentence;
import org.asiasec.kg.extract.time.DateMention;
import org.asiasec.kg.model.Entity;
import org.asiasec.kg.model.EntityType;
import org.asiasec.kg.model.ExtractionSink;
import org.asiasec.kg.model.Property;

/**
 * A document adopted, signed or issued: … 通过/签署/签订/发表/发布/缔结 (了) 《…》(、《…》…).
 * <ul>
 * <li>adoptedAt: a meeting named shortly before the verb (上合组织青岛峰会又通过了《…》;
 *     当年11月的上合组织视频峰会上，各成员国集体发表《…》; 此次视频峰会还发表了《…》);</li>
 * <li>issuedBy: the meeting's mechanism, else the countries, mechanisms and persons of the clause
 *     before the verb that are not preceded by 在/于 (迄今亚信已通过了《…》; 中国与俄罗斯…四国…签署了《…》);</li>
 * <li>date: the closest date before the verb in the sentence; place: a place after 在 in the clause;</li>
 * <li>with 分别 and as many dates (or places) as documents, they pair in order:
 *     1996年和1997年分别在上海、莫斯科签署了《甲》和《乙》; so do partners (分别同阿拉伯国家联盟、中亚五国发表《甲》及《乙》:
 *     the subject issued both, each partner its own; a subjectless clause takes the last country or
 *     person before it).</li>
 * </ul>
 */
public final class DocumentAdoptionRule implements RelationRule {

    public static final String NAME = "document-adopted";


    private static final String DOC = "[“\"《]?" + DOCUMENT + "[”\"》]?";
    /** What a sentence must say to adopt a document (T). */
    private static final List<String> ADOPTING = List.of("通过", "签署", "签订", "发表", "发布", "缔结", "批准", "达成", "公布");
    private static final Pattern ADOPTS = Pattern.compile("(?:" + String.join("|", ADOPTING) + ")(?:并(?:发表|签署|通过|发布))?了?(?:的|题为)?"
            + "(?<docs>" + DOC + "(?:(?:、|和|与|及|以及)?" + DOC + ")*)");

    /** 分别同/与 X、Y (共同) right before the verb: the partners of a subject, one per document. */
    private static final Pattern RESPECTIVE_PARTNERS = Pattern.compile("分别(?:同|与|和|跟)(?<list>[^，。；在于]+?)(?:共同|一道|一起)?$");

    /** A meeting this close before the verb is where the document was adopted. */
    private static final Pattern SHORTLY_BEFORE = Pattern.compile("[^。；;]{0,12}");
    private static final Pattern PLACES_AFTER_ZAI = Pattern.compile("在(?<list>" + MaskedSentence.PLACE
            + "(?:、" + MaskedSentence.PLACE + ")*)");

    /**
     * A sentence that begins with the verb, or with 会上/会议期间 and the signatories, speaks of the
     * meeting the text last named.
     */
    private static final Pattern CONTEXT_CLAUSE = Pattern.compile("(?:会上|会议期间|峰会期间|会议|峰会|此次会议|本次会议|会后|当天|同日|Dd|其间|期间)?[，,]?"
            + "(?:(?:Cc*[、和与及]?)*[^，。；《》MTNPmtnp]{0,8}?)?(?:又|还|并|共同|一致|正式|分别)?");


    public DocumentAdoptionRule() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(MaskedSentence s, ExtractionSink out) {
        AnalysedSentence sentence = s.analysed();
        List<NamedMeeting> named = s.meetings();
        if (!s.names('T') || !s.saysAny(ADOPTING)) {
            return;
        }
        Matcher m = s.matcher(ADOPTS);
        while (m.find()) {
            int verb = m.start();
            if (s.insideTitle(verb)) {
                continue;
            }
            List<Entity> docs = s.entitiesIn(m.start("docs"), m.end("docs"), 'T');
            int clause = s.clauseStart(verb);
            NamedMeeting at = named.stream()
                    .filter(n -> n.end() <= verb && SHORTLY_BEFORE.matcher(s.masked().substring(n.end(), verb)).matches())
                    .reduce((a, b) -> b).orElse(null);
            Matcher partnersMatch = RESPECTIVE_PARTNERS.matcher(s.masked().substring(clause, verb));
            boolean withPartners = partnersMatch.find();
            List<Entity> partners = withPartners ? partners(s, clause + partnersMatch.start("list"),
                    clause + partnersMatch.end("list"), docs.size()) : List.of();
            boolean fromContext = false;
            if (at == null && s.dateBefore(verb) == null && CONTEXT_CLAUSE.matcher(s.masked().substring(0, verb)).matches()) {
                at = meetingBefore(s, verb); // 会上，六国元首签署了《…》: the meeting the text speaks of
                fromContext = at != null;
            }
            List<Entity> issuers = at != null ? List.of(at.mechanism())
                    : withPartners ? subjectOf(s, clause, clause + partnersMatch.start()) : issuers(s, clause, verb);
            boolean respectively = s.text().substring(clause, verb).contains("分别");
            List<DateMention> dates = datesIn(s, clause, verb);
            List<Entity> places = placesAfterZai(s, clause, verb);
            DateMention closest = s.dateBefore(verb);
            Statements st = new Statements(sentence, out, NAME, fromContext ? 0.6 : at != null || !issuers.isEmpty() ? 0.85 : 0.7);
            for (int i = 0; i < docs.size(); i++) {
                String doc = docs.get(i).key();
                DateMention date = respectively && dates.size() == docs.size() ? dates.get(i) : closest;
                if (date == null && at != null) {
                    date = at.date();
                }
                st.date(doc, Property.DATE, null, date);
                if (at != null) {
                    st.link(doc, Property.ADOPTED_AT, at.entity());
                }
                for (Entity issuer : issuers) {
                    st.link(doc, Property.ISSUED_BY, issuer);
                }
                if (!partners.isEmpty()) {
                    st.link(doc, Property.ISSUED_BY, partners.get(i)); // null (an unrecognised partner) links nothing
                }
                if (places.size() == 1 || (respectively && places.size() == docs.size())) {
                    st.link(doc, Property.PLACE, places.get(places.size() == 1 ? 0 : i));
                }
            }
        }
    }

    /**
     * The meeting the text named last before {@code verb}: not one this sentence names after it (rows of a
     * chronology read as one sentence: …签署《甲》 第2次｜2002年…, where 第2次 is the next row's meeting).
     */
    private static NamedMeeting meetingBefore(MaskedSentence s, int verb) {
        List<NamedMeeting> so = s.meetingsSoFar();
        for (int i = so.size() - 1; i >= 0; i--) {
            NamedMeeting n = so.get(i);
            boolean later = n.start() >= verb && s.meetings().stream().anyMatch(x -> x == n);
            if (!later) {
                return n;
            }
        }
        return null;
    }

    /**
     * 分别同 X、Y 发表《A》及《B》: X issued A with the subject, Y issued B. One partner per document
     * (null where the item is no recognised name), or none when the counts differ.
     */
    private static List<Entity> partners(MaskedSentence s, int from, int to, int documents) {
        List<Entity> out = new ArrayList<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || "、和及与".indexOf(s.masked().charAt(i)) >= 0) {
                List<Entity> named = new ArrayList<>();
                for (char marker : new char[] {'C', 'M', 'N'}) {
                    named.addAll(s.entitiesIn(start, i, marker));
                }
                out.add(named.size() == 1 ? named.get(0) : null);
                start = i + 1;
            }
        }
        return out.size() == documents ? out : List.of();
    }

    /** The issuers before 分别 in the clause, else (a subjectless clause) the last country or person before it. */
    private static List<Entity> subjectOf(MaskedSentence s, int clause, int respectively) {
        List<Entity> inClause = issuers(s, clause, respectively);
        if (!inClause.isEmpty()) {
            return inClause;
        }
        for (int i = clause - 1; i >= 0; i--) {
            char c = s.masked().charAt(i);
            if (c == 'C' || c == 'N') {
                return List.of(s.entityAt(i));
            }
        }
        return List.of();
    }

    private static List<Entity> issuers(MaskedSentence s, int from, int to) {
        List<Entity> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            char c = s.masked().charAt(i);
            Entity e = (c == 'C' || c == 'M' || c == 'N') ? s.entityAt(i) : null;
            boolean located = i > 0 && "在于".indexOf(s.masked().charAt(i - 1)) >= 0;
            if (e != null && !located && out.stream().noneMatch(x -> x.key().equals(e.key()))) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<DateMention> datesIn(MaskedSentence s, int from, int to) {
        List<DateMention> out = new ArrayList<>();
        for (int start : s.dateStarts()) {
            if (start >= from && start < to) {
                out.add(s.dateAt(start));
            }
        }
        return out;
    }

    /** Places of 在上海 or 在上海、莫斯科 in the clause. */
    private static List<Entity> placesAfterZai(MaskedSentence s, int from, int to) {
        Matcher m = PLACES_AFTER_ZAI.matcher(s.masked().substring(from, to));
        List<Entity> out = new ArrayList<>();
        if (m.find()) {
            for (Entity e : s.entitiesIn(from + m.start("list"), from + m.end("list"), 'P')) {
                if (e.type() == EntityType.PLACE) {
                    out.add(e);
                }
            }
        }
        return out;
    }
}
