package org.asiasec.kg.extract.relation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asiasec.kg.model.Entity;
import org.asiasec.kg.model.ExtractionSink;
import org.asiasec.kg.model.Property;

/**
 * Who took part in a meeting, by the frame {@code participation} of {@code ontology/frames/frames.tsv}:
 * the persons named before a word such as 出席, 主持, 致辞 in its clause (哈萨克斯坦总统托卡耶夫、吉尔吉斯
 * 斯坦总统扎帕罗夫出席), or, where the clause names no person, the countries whose leaders or
 * delegations it names (中国、俄罗斯等五国元首在上海举行首次会晤); the host of 应 X 邀请 or 主办. The
 * meeting is the one the sentence names, else the one the text last named (会上, 峰会期间).
 * Also: the country and person after 东道主、; the country a chair's role word names (轮值主席国甲国总统乙主持);
 * a subjectless clause that hosts takes the subject of an earlier clause (甲国担任主席国，于…主办…); the
 * delegations after 与会的; a speaker who 在会上/峰会上/开幕式上提出 (not 在此基础上提出).
 */
public final class ParticipationFrameRule implements RelationRule {

    /** 未出席, 不再参加: no participation. */
    private static final Pattern NEGATED = Pattern.compile("(?:未|没有|没|不|拒绝|无法|未能|缺席|不再)$");
    /** 中国、俄罗斯五国元首: countries stand for their delegations only with such a word after them. */
    private static final Pattern DELEGATION = Pattern.compile("^[^，。；]{0,8}?(?:元首|领导人|首脑|总统|总理|外长|防长|国防部长|外交部长|代表团?|政府|部长|官员)");
    private static final Pattern INVITED_BY = Pattern.compile("应(?<host>[^，。；]{1,40}?)(?:的)?邀请");

    /** What may follow the word when the sentence names no meeting: nothing, or a plain 会议, 峰会, 开幕式. */
    private static final Pattern GENERIC_OBJECT = Pattern.compile("了?(?:此次|本次|这次|本届|该次|今天的|当天的|Dd的)?(?:会议|峰会|会晤|大会|年会|开幕式|闭幕式|全体会议|会议开幕式|部长级会议)?"
            + "(?:并|，|,|。|；|$|、|发表|致辞|讲话|和|与)");

    private final Frame frame;

    public ParticipationFrameRule() {
        this(FrameCatalog.standard());
    }

    ParticipationFrameRule(FrameCatalog frames) {
        this.frame = frames.frame("participation");
    }

    @Override
    public String name() {
        return frame.name();
    }

    @Override
    public void apply(MaskedSentence s, ExtractionSink out) {
        if (!s.names('N') && !s.names('C')) {
            return;
        }
        List<Trigger> triggers = Trigger.find(s, frame);
        boolean invited = s.says("邀请");
        if (triggers.isEmpty() && !invited) {
            return;
        }
        List<NamedMeeting> named = s.meetings();
        List<Enumeration> lists = Enumeration.countries(s); // read once, for every word of the sentence
        for (Trigger t : triggers) {
            if (NEGATED.matcher(s.masked().substring(0, t.start())).find()) {
                continue;
            }
            Entity meeting = meetingFor(s, named, t.end());
            boolean signing = "signatory".equals(t.value()); // 签署, 发表: took part only where the sentence names the meeting
            boolean apposition = t.word().startsWith("东道") // 东道国X: X follows, no object
                    || (t.word().equals("与会") && DELEGATIONS_AFTER.matcher(s.masked()).region(t.end(), s.masked().length()).lookingAt());
            if (t.word().endsWith("提出") && !AT_MEETING.matcher(s.masked().substring(0, t.start())).find()) {
                continue; // 在会上提出 speaks at the meeting; 在此基础上提出 does not
            }
            apposition |= t.word().endsWith("提出"); // what follows is the idea, not the meeting
            if (meeting == null || (named.isEmpty() && (signing
                    || (!apposition && !GENERIC_OBJECT.matcher(s.masked().substring(t.end())).lookingAt())))) {
                continue; // 出席联合国大会 names another event: the text's current meeting is not meant
            }
            boolean leads = "host".equals(t.value()) || "chair".equals(t.value());
            List<Entity> who = participants(s, t, lists, leads);
            if (who.isEmpty() && t.word().startsWith("东道")) { // 东道国土库曼斯坦在会上宣布: the host after the word
                who = hostAfter(s, t.end());
            }
            if (who.isEmpty() && leads) { // 中国担任主席国，于5月在上海主办第四次峰会: the subject of an earlier clause
                who = subjectOfEarlierClause(s, t.start());
            }
            if (who.isEmpty() && t.word().equals("与会")) { // 首次与会的甲国和乙国代表团
                who = delegationsAfter(s, t.end());
            }
            Property property = "host".equals(t.value()) ? Property.HOST : Property.PARTICIPANT;
            Statements st = new Statements(s.analysed(), out, frame.name(), named.isEmpty() ? 0.6 : 0.75);
            for (Entity e : who) {
                st.link(meeting.key(), property, e);
            }
        }
        if (invited) {
            java.util.regex.Matcher m = s.matcher(INVITED_BY);
            while (m.find()) {
                Entity meeting = named.isEmpty() ? null : meetingFor(s, named, m.end());
                List<Entity> hosts = s.entitiesIn(m.start("host"), m.end("host"), 'N');
                if (hosts.isEmpty()) {
                    hosts = s.entitiesIn(m.start("host"), m.end("host"), 'C');
                }
                if (meeting != null && !hosts.isEmpty()) {
                    new Statements(s.analysed(), out, frame.name(), 0.6).link(meeting.key(), Property.HOST, hosts.get(0));
                }
            }
        }
    }

    /** The meeting named after the word, else the one named in the sentence, else the text's last. */
    private Entity meetingFor(MaskedSentence s, List<NamedMeeting> named, int after) {
        for (NamedMeeting m : named) {
            if (m.start() >= after) {
                return m.entity();
            }
        }
        if (!named.isEmpty()) {
            return named.get(named.size() - 1).entity();
        }
        NamedMeeting last = s.lastMeeting();
        return last == null ? null : last.entity();
    }

    /** 东道国乙国; 东道主、乙国总统丙: the country, and the person its title introduces, right after the word. */
    private static List<Entity> hostAfter(MaskedSentence s, int end) {
        Matcher m = HOST_AFTER.matcher(s.masked()).region(end, s.masked().length());
        if (!m.lookingAt()) {
            return List.of();
        }
        List<Entity> out = new java.util.ArrayList<>();
        if (m.start("country") >= 0) {
            out.add(s.entityAt(m.start("country")));
        }
        for (String group : List.of("person", "personAlone")) {
            if (m.start(group) >= 0) {
                out.add(s.entityAt(m.start(group)));
            }
        }
        out.removeIf(java.util.Objects::isNull);
        return out;
    }

    private static final Pattern HOST_AFTER = Pattern.compile("[、，,：:]?(?:(?<country>Cc*)(?:[^，。；、CN]{0,8}?(?<person>Nn*))?|(?<personAlone>Nn*))");

    /**
     * 中国担任亚信主席国，于2014年5月在上海主办第四次峰会: a clause without a subject of its own that hosts or
     * chairs takes the country or person that opens an earlier clause of the sentence (after its date).
     */
    private static List<Entity> subjectOfEarlierClause(MaskedSentence s, int at) {
        int clause = s.clauseStart(at);
        String own = s.masked().substring(clause, at);
        if (clause == 0 || own.matches(".*[CNM].*")) {
            return List.of();
        }
        for (int end = clause - 1; end > 0; end = s.clauseStart(end) - 1) {
            int start = s.clauseStart(end);
            Matcher subject = CLAUSE_SUBJECT.matcher(s.masked()).region(start, end);
            if (subject.lookingAt()) {
                return List.of(s.entityAt(subject.start("who")));
            }
            if (s.masked().substring(start, end).matches(".*[CNM].*")) {
                return List.of(); // an earlier clause with another subject: not ours to guess
            }
        }
        return List.of();
    }

    private static final Pattern CLAUSE_SUBJECT = Pattern.compile("(?:Dd*)?(?<who>Cc*|Nn*)(?:始终|一直|曾|先后|也|还)?(?:担任|作为|是|为)");

    /** 在峰会上提出, 在第二次会议开幕式上首次提出: the place before 上 is the meeting or a part of it. */
    private static final Pattern AT_MEETING = Pattern.compile("在(?:Ee*|[^，。；]{0,12}?(?:会|峰会|年会|会议|大会|开幕式|闭幕式|全体会议))$");

    /** 与会的甲国和乙国代表团: the countries of the delegations the word qualifies. */
    private static List<Entity> delegationsAfter(MaskedSentence s, int end) {
        Matcher m = DELEGATIONS_AFTER.matcher(s.masked()).region(end, s.masked().length());
        return m.lookingAt() ? s.entitiesIn(m.start("list"), m.end("list"), 'C') : List.of();
    }

    private static final Pattern DELEGATIONS_AFTER = Pattern.compile("的(?<list>Cc*(?:(?:、|和|与|及)Cc*)*)(?:代表团|代表|元首|领导人)");

    /** 轮值主席国甲国总统乙主持会议: the country a chair's or host's role word names takes the lead as well. */
    private static final Pattern ROLE_COUNTRY = Pattern.compile("(?:轮值主席国|主席国|东道国|东道主)(?<country>Cc*)");

    /** The persons of the word's clause before it; else the countries whose delegations it names. */
    private static List<Entity> participants(MaskedSentence s, Trigger t, List<Enumeration> lists, boolean leads) {
        int from = s.clauseStart(t.start());
        int invitation = s.masked().lastIndexOf("应", t.start());
        Set<Entity> out = new LinkedHashSet<>();
        for (Entity p : s.entitiesIn(from, t.start(), 'N')) {
            out.add(p);
        }
        if (out.isEmpty()) {
            for (Enumeration l : lists) {
                if (l.start() >= from && l.end() <= t.start()
                        && (leads || DELEGATION.matcher(s.masked().substring(l.end(), t.start())).find())) {
                    out.addAll(l.entities());
                }
            }
        }
        if (leads) {
            Matcher role = ROLE_COUNTRY.matcher(s.masked()).region(from, t.start());
            while (role.find()) {
                out.add(s.entityAt(role.start("country")));
            }
        }
        Entity me = s.firstPersonIn(from, t.start()); // 会议由我和X共同主持
        if (me != null) {
            out.add(me);
        }
        if (invitation >= from) { // 应 X 邀请 names the host, not a participant
            out.removeAll(s.entitiesIn(invitation, t.start(), 'N'));
        }
        return List.copyOf(out);
    }
}
