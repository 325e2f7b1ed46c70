package org.asiasec.kg.extract.relation;

import static org.asiasec.kg.extract.relation.MaskedSentence.COUNTRY;
import static org.asiasec.kg.extract.relation.MaskedSentence.MECHANISM;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asiasec.kg.extract.sentence.AnalysedSentence;
import org.asiasec.kg.extract.time.DateMention;
import org.asiasec.kg.model.Entity;
import org.asiasec.kg.model.EntityType;
import org.asiasec.kg.model.ExtractionSink;
import org.asiasec.kg.model.Property;
import org.asiasec.kg.model.Value;

/**
 * Membership and roles: a country (or an organisation, for observers and partners) is member,
 * founding member, observer, dialogue partner or chair of a mechanism. Two shapes:
 * <ul>
 * <li>subjects + 成为/是/获得/加入/接任/担任 … (mechanism) + role: 印度和巴基斯坦成为新成员国,
 *     中国是亚信创始成员国之一, 蒙古国获观察员地位, 接任2014—2016年亚信主席国;</li>
 * <li>(mechanism) + role + 包括/有/为 + subjects: 成员国中包括中国、俄罗斯…, 观察员包括联合国;</li>
 * <li>a clause without subject, …，并接任 (date) mechanism role: the sentence's first country —
 *     我国将在上海举办…峰会，并接任2014—2016年亚信主席国.</li>
 * </ul>
 * The mechanism is the one named in the match, else the only one elsewhere in the sentence (first
 * shape) or before the match (second shape, which falls back to the last one named in the text). A date inside the match, or the closest before it
 * in the sentence, dates the membership. Each membership gives a shortcut fact and a
 * {@code Membership} node {@code membership-<subject>-<mechanism>-<role>}.
 */
public final class MembershipRule implements RelationRule {

    public static final String NAME = "membership-role";


    private static final String SUBJECTS = "(?<subj>(?:" + COUNTRY + "|" + MECHANISM + ")(?:(?:、|和|与|及|以及)(?:"
            + COUNTRY + "|" + MECHANISM + "))*)";
    /** Every shape names a role: a sentence without one of these words states no membership. */
    private static final List<String> ROLES = List.of("创始成员国", "创始成员", "创始国", "观察员国", "观察员", "对话伙伴国",
            "对话伙伴", "主席国", "正式成员国", "成员国", "成员");
    private static final String ROLE = "(?<role>" + String.join("|", ROLES) + ")";

    private static final Pattern SUBJECT_BECOMES_ROLE = Pattern.compile(SUBJECTS + "(?<gap>[^，。；：、]{0,20}?)"
            + "(?<verb>成为|是|为|作为|获得|获|取得|加入|接任|担任|当选)了?(?<obj>[^，。；：]{0,24}?)(?:新|正式)?" + ROLE);
    private static final Pattern ENDS_CLAUSE = Pattern.compile("(?:之一)?(?:[，。；,;：:）)\\s]|$)");
    /** 中方不是集安组织成员国, 并非, 不再: a negated clause states no membership. */
    private static final Pattern NEGATED = Pattern.compile("(?:不|非|未|没有|并非|无意|拒绝|不再|尚未|放弃)$");
    /** …，并接任2014—2016年亚信主席国: the clause has no subject of its own and takes the sentence's. */
    private static final Pattern SUBJECTLESS_CLAUSE_BECOMES_ROLE = Pattern.compile("[，,；;](?:并|还|也|同时|随后)?(?:将|将要|已)?"
            + "(?:成为|接任|担任|当选|加入)了?(?<obj>[^，。；：]{0,24}?)(?:新|正式)?" + ROLE);
    /** 作为2030年度轮值主席国，甲将…: the role of the subject of the next clause. */
    private static final Pattern AS_ROLE_THEN_SUBJECT = Pattern.compile("(?:^|[，,。；])作为(?<obj>[^，。；：]{0,16}?)(?:新|正式)?" + ROLE
            + "[，,](?<subj>" + COUNTRY + ")");
    private static final Pattern ROLE_INCLUDES_SUBJECTS = Pattern.compile("(?<mech>" + MECHANISM + ")?的?" + ROLE
            + "中?(?:包括|有|为|是)" + SUBJECTS);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(MaskedSentence s, ExtractionSink out) {
        AnalysedSentence sentence = s.analysed();
        if (s.saysAny(ROLES)) {
            membershipsStated(s, out);
        }
    }

    private void membershipsStated(MaskedSentence s, ExtractionSink out) {
        AnalysedSentence sentence = s.analysed();
        Matcher a = s.matcher(SUBJECT_BECOMES_ROLE);
        while (a.find()) {
            if (NEGATED.matcher(a.group("gap")).find()
                    || a.group("verb").equals("为") && !ENDS_CLAUSE.matcher(s.masked().substring(a.end())).lookingAt()) {
                continue; // 甲为上合组织成员国提供奖学金: 为 is "for" unless the role ends the clause
            }
            int named = a.group("obj").indexOf('M');
            if (named >= 0 && Memberships.beginsLongerName(s, a.start("obj") + named)) {
                continue; // 接纳甲为东盟防长扩大会成员, 东盟防长扩大会 unknown: not a member of 东盟
            }
            Entity mech = first(s.entitiesIn(a.start("obj"), a.end("obj"), 'M'));
            double confidence = 0.85;
            if (mech == null) {
                mech = soleMechanismOutside(s, a.start("subj"), a.end("subj"));
            }
            if (mech == null && !namesMechanismNear(s, a.start())) { // 甲和乙在阿斯塔纳峰会上成为正式成员国
                mech = meetingMechanismOrTopic(s);
                confidence = 0.6;
            }
            DateMention date = firstDate(s, a.start("gap"), a.end("obj"));
            if (date == null) {
                date = s.dateBefore(a.start());
            }
            emit(s, out, subjects(s, a), mech, a.group("role"), date, confidence);
        }
        Matcher c = s.matcher(SUBJECTLESS_CLAUSE_BECOMES_ROLE);
        while (c.find()) {
            List<Entity> countries = s.entitiesIn(0, c.start(), 'C');
            Entity mech = first(s.entitiesIn(c.start("obj"), c.end("obj"), 'M'));
            if (!countries.isEmpty() && mech != null) {
                DateMention date = firstDate(s, c.start("obj"), c.end("obj"));
                emit(s, out, List.of(countries.get(0)), mech, c.group("role"), date, 0.7);
            }
        }
        Matcher r = s.matcher(AS_ROLE_THEN_SUBJECT);
        while (r.find()) {
            Entity mech = first(s.entitiesIn(r.start("obj"), r.end("obj"), 'M'));
            double confidence = 0.75;
            if (mech == null && !namesMechanismNear(s, r.start())) {
                mech = meetingMechanismOrTopic(s);
                confidence = 0.6;
            }
            emit(s, out, List.of(s.entity(r, "subj")), mech, r.group("role"), firstDate(s, r.start("obj"), r.end("obj")), confidence);
        }
        Matcher b = s.matcher(ROLE_INCLUDES_SUBJECTS);
        while (b.find()) {
            Entity mech = b.group("mech") != null ? s.entity(b, "mech") : soleMechanismBefore(s, b.start());
            double confidence = 0.8;
            if (mech == null) {
                mech = s.topicMechanism(); // what the text speaks of here
                confidence = 0.6;
            }
            emit(s, out, subjects(s, b), mech, b.group("role"), null, confidence);
        }
    }

    private void emit(MaskedSentence s, ExtractionSink out, List<Entity> subjects, Entity mech, String roleWord,
                      DateMention date, double confidence) {
        Memberships.emit(s, out, NAME, subjects, mech, Memberships.Role.of(roleWord), date, confidence);
    }

    private static List<Entity> subjects(MaskedSentence s, Matcher m) {
        List<Entity> out = new ArrayList<>(s.entitiesIn(m.start("subj"), m.end("subj"), 'C'));
        out.addAll(s.entitiesIn(m.start("subj"), m.end("subj"), 'M'));
        return out;
    }

    /**
     * The only mechanism of the part of the sentence (up to ；) around the subjects, outside them, or
     * null. A mechanism listed among countries (甲、乙及欧盟取得观察员资格) is a subject of its own part, not
     * what the countries join.
     */
    private static Entity soleMechanismOutside(MaskedSentence s, int from, int to) {
        int partFrom = partStart(s, from);
        int partTo = partEnd(s, to);
        Set<String> keys = new TreeSet<>();
        Entity found = null;
        for (int i = partFrom; i < partTo; i++) {
            if ((i < from || i >= to) && s.masked().charAt(i) == 'M' && s.entityAt(i) != null && !s.insideTitle(i)
                    && !listedWithCountries(s, i)) {
                keys.add(s.entityAt(i).key());
                found = s.entityAt(i);
            }
        }
        return keys.size() == 1 ? found : null;
    }

    /** Whether the sentence part around {@code at} names any mechanism outside titles. */
    private static boolean namesMechanismNear(MaskedSentence s, int at) {
        for (int i = partStart(s, at); i < partEnd(s, at); i++) {
            if (s.masked().charAt(i) == 'M' && !s.insideTitle(i)) {
                return true;
            }
        }
        return false;
    }

    /** The mechanism of the meeting the sentence names (在阿斯塔纳峰会上), else the one the text speaks of. */
    static Entity meetingMechanismOrTopic(MaskedSentence s) {
        for (NamedMeeting m : s.meetings()) {
            if (m.mechanism() != null && !listedInSentence(s, m.mechanism())) {
                return m.mechanism();
            }
        }
        if (OPENS_ON_THE_MEETING.matcher(s.masked()).lookingAt() && s.lastMeeting() != null
                && s.lastMeeting().mechanism() != null) { // 会议决定接纳甲为…: the meeting the text speaks of
            return s.lastMeeting().mechanism();
        }
        return s.topicMechanism();
    }

    private static final Pattern OPENS_ON_THE_MEETING = Pattern.compile("^(?:会议|会晤|峰会|会上|此次会议|本次会议|此次峰会|本次峰会|会议期间)");

    /** Whether the sentence lists {@code mech} among countries (甲、乙及欧盟): then it is not the host of the meeting. */
    private static boolean listedInSentence(MaskedSentence s, Entity mech) {
        for (int i = 0; i < s.masked().length(); i++) {
            if (s.masked().charAt(i) == 'M' && s.entityAt(i) != null && s.entityAt(i).key().equals(mech.key())
                    && listedWithCountries(s, i)) {
                return true;
            }
        }
        return false;
    }

    private static int partStart(MaskedSentence s, int at) {
        int i = Math.min(at, s.masked().length());
        while (i > 0 && "；;".indexOf(s.masked().charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    private static int partEnd(MaskedSentence s, int at) {
        int i = Math.max(at, 0);
        while (i < s.masked().length() && "；;".indexOf(s.masked().charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    private static final Pattern JOINED_TO_COUNTRY_BEFORE = Pattern.compile("[Cc][、和与及]$");

    /** 甲、乙及欧盟: a mechanism joined to a country before it is an item of a list. */
    private static boolean listedWithCountries(MaskedSentence s, int at) {
        return JOINED_TO_COUNTRY_BEFORE.matcher(s.masked().substring(Math.max(0, at - 2), at)).find();
    }

    private static Entity soleMechanismBefore(MaskedSentence s, int end) {
        List<Entity> mechs = s.entitiesIn(0, end, 'M');
        return mechs.stream().map(Entity::key).distinct().count() == 1 ? mechs.get(0) : null;
    }

    private static DateMention firstDate(MaskedSentence s, int from, int to) {
        for (int start : s.dateStarts()) {
            if (start >= from && start < to) {
                return s.dateAt(start);
            }
        }
        return null;
    }

    private static Entity first(List<Entity> entities) {
        return entities.isEmpty() ? null : entities.get(0);
    }
}
