package org.asiasec.kg.extract.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asiasec.kg.extract.time.DateMention;
import org.asiasec.kg.model.Entity;
import org.asiasec.kg.model.ExtractionSink;

/**
 * Memberships stated by a list of countries and a word of the frames {@code membership-list},
 * {@code membership-join} and {@code membership-founders} (see {@code ontology/frames/frames.tsv}):
 * <ul>
 * <li>a role word with the list after it (创始成员12个：甲、乙、丙; 成员国包括甲、乙) or before it
 *     (甲、乙为创始成员国; 甲、乙（以上为创始成员国）; 给予甲、乙观察员地位; 甲成为第7个成员国);</li>
 * <li>a joining verb after the list (甲、乙先后加入 M);</li>
 * <li>a founding verb after the list (甲、乙六国元首在上海宣布成立 M; M 由甲、乙组成).</li>
 * </ul>
 * The mechanism is the one named at the word, else in its clause, else the only one in the sentence,
 * else the mechanism the text speaks of there (lower confidence). A date in brackets after a country,
 * else in the words between list and trigger, else governing the clause, dates the membership.
 */
public final class MembershipFrameRule implements RelationRule {

    private static final String NUMBER = "[0-9０-９一二三四五六七八九十两]";
    /** Words that may stand between a list and the role word after it. */
    private static final Pattern GAP_BEFORE_ROLE = Pattern.compile("(?:[、和与及]Mm*)?(?:等|等国|" + NUMBER + "+(?:个|国|个国家)?"
            + "|国|国家|均|都|也|亦|则|已|已经|正式|先后|相继|同时|分别|共同|一起|随即|随后|即|于|在|将|为|是|系|成为|作为|以|获得|获"
            + "|取得|获准|升为|升格为|转为|加入|被接纳为|接纳为|被|给予|授予|的|Dd*|第" + NUMBER + "+个|新|\\s|[（(]以上为|以上为|其|当选|担任|接任|了"
            + "|[，,](?=均|都|也|亦|先后|相继)|由(?:观察员国?|对话伙伴国?|伙伴国|联系国|候选国)"
            + "|首次|再次|总统|总理|元首|领导人|外长|代表团|代表|政府|[“\"「])*"
            + "(?:Mm*的?)?");
    /** Words that may stand between the role word and the list after it. */
    private static final Pattern GAP_AFTER_ROLE = Pattern.compile("(?:国|地位|资格|身份)?(?:(?:身份|身分)(?:与会|出席|列席|参会|参加)的|Mm*(?:成员国|各国|国家)(?:和|及|以及|、)|[，,](?=即|包括|分别|为|有|是)|【|】|共有|共|有|包括|包含|为|是|即|分别为|分别是|目前|现有|还有|计|"
            + NUMBER + "+|个|国家|国|[：:（）()]|\\s)*");
    /** Words after a role word that make it qualify another noun (成员国元首, 观察员国代表): no membership. */
    private static final Pattern QUALIFIES = Pattern.compile("^的?(?:元首|领导人|外长|外交|国防|防长|代表|首脑|政府|之间|间|总统|总理|议会|军|人民|企业"
            + "|部长|常驻|边境|境内|关系|利益|数量|专家|官员|总数|国家元首|议长|团|财长|央行"
            + "|提供|举办|举行|培训|援助|开放|设立)"); // 甲为成员国提供奖学金: 为 means "for"
    private static final Pattern NOT_A_STATEMENT_BEFORE = Pattern.compile("(?:非|其他|其它|前|各|申请|寻求|希望|有意|拟|争取|候选|潜在)$");
    /**
     * 甲、乙于2017年，丙于2023年，丁于2024年先后成为M成员国: the parts before the last one, each with its
     * own date, when the last part says 先后/相继/分别 before the word.
     */
    private static void emitEarlierParts(MaskedSentence s, ExtractionSink out, String rule, List<Enumeration> lists,
                                         Enumeration last, Trigger t, Mechanism mech, Memberships.Role role) {
        String masked = s.masked();
        if (!IN_TURN.matcher(masked.substring(last.end(), t.start()) + t.word()).find()) {
            return;
        }
        Enumeration next = last;
        for (int i = lists.indexOf(last) - 1; i >= 0; i--) {
            Enumeration part = lists.get(i);
            Matcher dated = DATED_PART.matcher(masked.substring(part.end(), next.start()));
            if (!dated.matches()) {
                break;
            }
            emit(s, out, rule, part, mech, role, s.dateAt(part.end() + dated.start("date")));
            next = part;
        }
    }

    private static final Pattern IN_TURN = Pattern.compile("先后|相继|分别");
    private static final Pattern DATED_PART = Pattern.compile("(?:于|在)(?<date>Dd*)[，,、]");

    /**
     * 论坛创立之初共有18个成员，包括…; 首批成员包括…: members counted at the founding are its founding members.
     */
    private static Memberships.Role atTheFounding(MaskedSentence s, Trigger t, Memberships.Role role) {
        if (role != Memberships.Role.MEMBER) {
            return role;
        }
        String before = s.masked().substring(s.clauseStart(t.start()), t.start());
        return AT_THE_FOUNDING.matcher(before).find() ? Memberships.Role.FOUNDING_MEMBER : role;
    }

    private static final Pattern AT_THE_FOUNDING = Pattern.compile("(?:创立|成立|创建|建立|组建)(?:之初|时|伊始)|首批$");

    /** 以创始成员国身份加入…: the role word's capacity, then the verb and what is joined. */
    private static final Pattern JOINS_IN_CAPACITY = Pattern.compile("(?:身份|身分|名义)(?:正式)?(?:加入|参加|参与|出席|列席)");
    /** 以伙伴国身份参与, 以观察员身份加入: the capacity is the role; the verb does not make a member. */
    private static final Pattern IN_ANOTHER_CAPACITY = Pattern.compile("以[^，。；]*(?:伙伴|观察员|候选|联系国|客人|嘉宾|特邀)");
    /** The meeting at which a country joins: 在第六届峰会上, 在那次会议上, 在又一次阿斯塔纳峰会上. */
    private static final String MEETING_HERE = "(?:Ee*|[^，。；、CMNTKE]{0,8}?(?:峰会|会议|会晤|大会|年会))";
    /** Between the list and a joining or founding verb: dates, places, counts and adverbs. */
    private static final Pattern GAP_BEFORE_VERB = Pattern.compile("(?:等|" + NUMBER + "+(?:个|国|个国家)?|国|国家|元首|领导人|首脑|代表|外长"
            + "|均|都|也|亦|则|已|已经|正式|先后|相继|同时|分别|共同|一起|一道|随即|随后|于|在|从|自|Dd*|Pp*|\\s|的|首脑|政府|获准|[，,](?=均|都)"
            + "|[（(]Cc*[）)]|以[^，。；、CMNPDTKE]{0,8}(?:身份|身分)|在" + MEETING_HERE + "上)*");
    private static final Pattern GAP_AFTER_VERB = Pattern.compile("(?:了|的|\\s|[“\"「])*");
    private static final Pattern BY = Pattern.compile("由$");
    /** Between two parts of one enumeration: 甲、乙等东盟6国，丙、丁，以及戊. */
    private static final Pattern CONTINUES = Pattern.compile("(?:[（(][^）)]{0,12}[）)])?(?:等[^，。；：]{0,10})?[，,](?:以及|及|和|还有|另有)?");
    /** 这个由…, 该由…: the founders qualify a noun that stands for a mechanism of the text. */
    private static final Pattern THIS_BY = Pattern.compile("(?:这个|这一|该|此)由$");
    /** …发起、2009年举行首次峰会的合作机制: the noun the founding qualifies, in the same clause. */
    private static final Pattern STANDS_FOR_IT = Pattern.compile("[^，。；]{0,30}?的(?:合作|安全|对话|多边)?(?:机制|组织|论坛|对话|联盟|集团|进程)");
    /** A sentence opening on a mechanism that its first clause speaks of: 六方会谈于2003年8月在北京启动，… */
    private static final Pattern SENTENCE_SUBJECT = Pattern.compile("^[^，。；CMNPDTKE]{0,3}?[“\"「]?(?<mech>Mm*)[”\"」]?(?=于|在|是|自|已|正式|Dd*)[^，。；]*[，,]");
    /** M 是 … 共同创建的: the subject of the clause is the mechanism the list founded. */
    private static final Pattern SUBJECT_IS = Pattern.compile("^(?:[^，。；]{0,4}?)(?<mech>Mm*)[”\"」]?(?:是|为|系|由)");
    /** A sentence that is only a list (科威特、巴林（2022年）) under a field or line that named the role. */
    private static final Pattern ONLY_A_LIST = Pattern.compile("^[\\s【】\\[\\]·•\\-－—]*$");
    /** A line that names a role and nothing else: 【观察员国】, 对话伙伴：. */
    private static final Pattern FIELD = Pattern.compile("^[\\s【\\[]*(?:Mm*的?)?$");
    private static final Pattern FIELD_END = Pattern.compile("^[\\s】\\]]*(?:[（(][^）)]{0,8}[）)])?[：:]?[\\s】\\]]*$");

    /** The role (and mechanism) a field or heading line named, for the lists of the lines after it. */
    private final TextMemory<Field[]> remembered = new TextMemory<>(() -> new Field[1]);

    private final CountedCountries counted = new CountedCountries();
    private final Frame roles;
    private final Frame joins;
    private final Frame founders;

    public MembershipFrameRule() {
        this(FrameCatalog.standard());
    }

    MembershipFrameRule(FrameCatalog frames) {
        this.roles = frames.frame("membership-list");
        this.joins = frames.frame("membership-join");
        this.founders = frames.frame("membership-founders");
    }

    @Override
    public String name() {
        return roles.name();
    }

    @Override
    public void apply(MaskedSentence s, ExtractionSink out) {
        List<Enumeration> lists = Enumeration.countries(s);
        counted.read(s, lists);
        if (lists.isEmpty()) {
            for (Trigger t : Trigger.find(s, roles)) {
                roleOfCounted(s, out, t);
            }
            for (Trigger t : Trigger.find(s, roles)) {
                remembered.of(s.analysed())[0] = fieldHeading(s, t);
            }
            return;
        }
        Field field = remembered.of(s.analysed())[0];
        if (field != null && lists.size() == 1 && onlyAList(s, lists.get(0))) {
            emit(s, out, roles.name(), lists.get(0), new Mechanism(field.mechanism(), 0.6), field.role(), null);
            return;
        }
        remembered.of(s.analysed())[0] = null;
        java.util.Set<Enumeration> claimed = new java.util.HashSet<>();
        for (Trigger t : Trigger.find(s, roles)) {
            roleStated(s, out, lists, t, claimed);
        }
        for (Trigger t : Trigger.find(s, joins)) {
            verbStated(s, out, lists, t, joins);
        }
        for (Trigger t : Trigger.find(s, founders)) {
            verbStated(s, out, lists, t, founders);
        }
    }

    /** 南盟的创始成员国为前述七国: the role word, then a count of countries the text listed before. */
    private void roleOfCounted(MaskedSentence s, ExtractionSink out, Trigger t) {
        String masked = s.masked();
        Matcher gap = GAP_AFTER_ROLE.matcher(masked.substring(t.end()));
        int at = t.end() + (gap.lookingAt() ? gap.end() : 0);
        CountedCountries.Resolved countries = counted.at(s, at);
        if (countries == null || QUALIFIES.matcher(masked.substring(t.end())).find()
                || NOT_A_STATEMENT_BEFORE.matcher(masked.substring(0, t.start())).find()) {
            return;
        }
        List<Enumeration.Item> items = countries.countries().stream().map(c -> new Enumeration.Item(c, null)).toList();
        Enumeration list = new Enumeration(items, List.of(), at, countries.end());
        Mechanism mech = mechanism(s, t, list, List.of(), t.end(), at);
        emit(s, out, roles.name(), list, mech, Memberships.Role.named(t.value()), datesBetween(s, t.end(), at, t));
    }

    /**
     * @param claimed the lists a role word before them has taken (成员包括甲、乙8个对话伙伴国): a role word
     *                after such a list only describes its items, it states no second role
     */
    private void roleStated(MaskedSentence s, ExtractionSink out, List<Enumeration> lists, Trigger t,
                            java.util.Set<Enumeration> claimed) {
        String masked = s.masked();
        if (QUALIFIES.matcher(masked.substring(t.end())).find()
                || NOT_A_STATEMENT_BEFORE.matcher(masked.substring(0, t.start())).find()) {
            return;
        }
        Enumeration list = null;
        int gapFrom = 0;
        int gapTo = 0;
        for (Enumeration l : lists) {
            if (l.start() >= t.end() && GAP_AFTER_ROLE.matcher(masked.substring(t.end(), l.start())).matches()) {
                list = l;
                gapFrom = t.end();
                gapTo = l.start();
                break;
            }
        }
        if (list == null) {
            for (Enumeration l : lists) {
                if (l.end() <= t.start() && GAP_BEFORE_ROLE.matcher(masked.substring(l.end(), t.start())).matches()) {
                    list = l; // the nearest list before the word
                    gapFrom = l.end();
                    gapTo = t.start();
                }
            }
            if (list != null && claimed.contains(list)) {
                return;
            }
        }
        if (list == null) {
            remembered.of(s.analysed())[0] = fieldHeading(s, t);
            return;
        }
        Memberships.Role role = atTheFounding(s, t, Memberships.Role.named(t.value()));
        Mechanism mech = mechanism(s, t, list, lists, gapFrom, gapTo);
        DateMention date = datesBetween(s, gapFrom, gapTo, t);
        emit(s, out, roles.name(), list, mech, role, date);
        if (list.end() <= t.start()) {
            emitEarlierParts(s, out, roles.name(), lists, list, t, mech, role);
        }
        if (list.start() >= t.end()) {
            claimed.add(list); // 包括甲、乙等东盟6国，丙、丁，以及戊、己: the lists that go on after the first
            Enumeration previous = list;
            for (Enumeration next : lists) {
                if (next.start() > previous.end() && continues(masked, previous.end(), next.start())) {
                    emit(s, out, roles.name(), next, mech, role, date);
                    claimed.add(next);
                    previous = next;
                }
            }
        }
    }

    /**
     * Whether the list starting at {@code to} goes on the one ending at {@code from}: after a comma
     * (甲、乙等东盟6国，丙、丁，以及戊), or after 等 when the next part opens with the organisation that
     * names the countries before it (甲、乙等东盟10国和丙、丁).
     */
    private static boolean continues(String masked, int from, int to) {
        String gap = masked.substring(from, to);
        return CONTINUES.matcher(gap).matches() || masked.charAt(to) == 'M' && AFTER_SUCH_AS.matcher(gap).matches()
                || NEXT_LEADER.matcher(gap).matches();
    }

    /** 对话伙伴甲国总统某某和乙国总统某某: countries named with their leaders, one after the other. */
    private static final Pattern NEXT_LEADER = Pattern.compile("[^，。；：、和及CMNPDTKEcmnpdtke]{1,6}Nn*(?:和|及|与|以及)");

    private static final Pattern AFTER_SUCH_AS = Pattern.compile("等[^，。；：CMNPDTKE]{0,6}");

    private void verbStated(MaskedSentence s, ExtractionSink out, List<Enumeration> lists, Trigger t, Frame frame) {
        String masked = s.masked();
        if (NOT_A_STATEMENT_BEFORE.matcher(masked.substring(0, t.start())).find()) {
            return;
        }
        Memberships.Role role = Memberships.Role.named(t.value());
        for (Enumeration l : lists) {
            if (l.end() > t.start()) {
                break;
            }
            String gap = masked.substring(l.end(), t.start());
            if (!GAP_BEFORE_VERB.matcher(gap).matches() || IN_ANOTHER_CAPACITY.matcher(gap).find()) {
                continue;
            }
            Entity after = mechanismRightAfter(s, t.end());
            int from = s.clauseStart(l.start());
            boolean byList = BY.matcher(masked.substring(from, l.start())).find();
            Entity before = byList ? last(s.entitiesIn(from, l.start(), 'M')) : null;
            if (byList && before == null) { // 六方会谈于2003年在北京启动，由甲、乙六国参加: the sentence's subject
                java.util.regex.Matcher opening = SENTENCE_SUBJECT.matcher(masked);
                before = opening.lookingAt() && !s.insideTitle(opening.start("mech")) ? s.entityAt(opening.start("mech")) : null;
            }
            java.util.regex.Matcher subject = SUBJECT_IS.matcher(masked.substring(from, l.start()));
            Mechanism mech;
            if (after != null) {
                mech = new Mechanism(after, 0.8);
            } else if (before != null) {
                mech = new Mechanism(before, 0.8);
            } else if (subject.find() && !s.insideTitle(from + subject.start("mech"))) {
                mech = new Mechanism(s.entityAt(from + subject.start("mech")), 0.75); // M 是甲同乙、丙共同创建的…
            } else if (byList && THIS_BY.matcher(masked.substring(from, l.start())).find()
                    && STANDS_FOR_IT.matcher(masked.substring(t.end())).lookingAt() && s.topicMechanism() != null) {
                mech = new Mechanism(s.topicMechanism(), 0.55); // 这个由甲、乙于2006年发起的合作机制: the one the text speaks of
            } else if (frame == joins && !objectNamed(s, t.end()) && MembershipRule.meetingMechanismOrTopic(s) != null) {
                mech = new Mechanism(MembershipRule.meetingMechanismOrTopic(s), 0.55);
            } else {
                continue;
            }
            emit(s, out, frame.name(), l, mech, role, datesBetween(s, l.end(), t.start(), t));
            emitEarlierParts(s, out, frame.name(), lists, l, t, mech, role);
        }
    }

    private static void emit(MaskedSentence s, ExtractionSink out, String rule, Enumeration list, Mechanism mech,
                             Memberships.Role role, DateMention shared) {
        if (mech == null || role == null || list.organisations().contains(mech.entity()) || isBody(mech.entity())) {
            return;
        }
        for (Enumeration.Item item : list.items()) {
            DateMention date = item.date() != null ? item.date() : shared;
            Memberships.emit(s, out, rule, List.of(item.entity()), mech.entity(), role, date, mech.confidence());
        }
    }

    /** The mechanism of a role word: named at it, in the gap, in the clause, alone in the sentence, or the topic. */
    private static Mechanism mechanism(MaskedSentence s, Trigger t, Enumeration list, List<Enumeration> lists, int gapFrom,
                                       int gapTo) {
        String masked = s.masked();
        Matcher joining = JOINS_IN_CAPACITY.matcher(masked.substring(t.end()));
        if (joining.lookingAt()) { // 以创始成员国身份加入 M: what they join, or nothing when its name is unknown
            int at = t.end() + joining.end();
            Entity joined = mechanismRightAfter(s, at);
            if (joined != null) {
                return new Mechanism(joined, 0.8);
            }
            if (objectNamed(s, at)) {
                return null;
            }
        }
        int at = t.start();
        if (at > 0 && masked.charAt(at - 1) == '的') {
            at--;
        }
        if (at > 0 && masked.charAt(at - 1) == 'm' || at > 0 && masked.charAt(at - 1) == 'M') {
            int start = at - 1;
            while (start > 0 && masked.charAt(start) != 'M') {
                start--;
            }
            Entity e = s.entityAt(start);
            if (e != null && !s.insideTitle(start)) {
                return new Mechanism(e, 0.85);
            }
        }
        Entity inGap = last(outsideTitles(s, gapFrom, gapTo));
        if (inGap != null) {
            return new Mechanism(inGap, 0.8);
        }
        int clauseFrom = s.clauseStart(Math.min(list.start(), t.start()));
        int clauseTo = s.clauseEnd(Math.max(list.end(), t.end()));
        List<Entity> listed = new ArrayList<>();
        for (Enumeration l : lists) { // the sentence's lists, read once in apply
            listed.addAll(l.organisations());
        }
        List<Entity> inClause = outsideTitles(s, clauseFrom, clauseTo);
        inClause.removeAll(listed);
        if (inClause.stream().map(Entity::key).distinct().count() == 1) {
            return new Mechanism(inClause.get(0), 0.75);
        }
        List<Entity> inSentence = outsideTitles(s, 0, masked.length());
        inSentence.removeAll(listed);
        if (inSentence.stream().map(Entity::key).distinct().count() == 1) {
            return new Mechanism(inSentence.get(0), 0.7);
        }
        if (inSentence.isEmpty() && MembershipRule.meetingMechanismOrTopic(s) != null && !namesUnknownMechanism(s)) {
            return new Mechanism(MembershipRule.meetingMechanismOrTopic(s), 0.6);
        }
        return null;
    }

    /** 东盟6国, 东盟国家, 东盟成员国: the mechanism names the countries in it, it is not what they join here. */
    private static boolean itsMembers(MaskedSentence s, int at) {
        int end = at + 1;
        while (end < s.masked().length() && s.masked().charAt(end) == 'm') {
            end++;
        }
        return MEMBERS_AFTER.matcher(s.masked().substring(end)).lookingAt();
    }

    private static final Pattern MEMBERS_AFTER = Pattern.compile("(?:[0-9一二三四五六七八九十]+个?国|国家|各国|成员国|的成员国)");

    /** 第82届联合国大会: a mechanism named with an ordinal is one of its meetings, not what countries join. */
    private static boolean afterOrdinal(MaskedSentence s, int at) {
        return ORDINAL_BEFORE.matcher(s.masked().substring(Math.max(0, at - 6), at)).find();
    }

    private static final Pattern ORDINAL_BEFORE = Pattern.compile("第[0-9０-９一二三四五六七八九十百]+[届次]$");

    /** 加入国协 with 国协 unknown to the recognisers: the verb names what is joined, so the topic is not it. */
    private static boolean objectNamed(MaskedSentence s, int from) {
        return NAMED_OBJECT.matcher(s.masked().substring(from)).lookingAt();
    }

    private static final Pattern NAMED_OBJECT = Pattern.compile("了?[“\"「]?(?!该|本|这|此|上述|组织|论坛|机制|联盟)[\\u4e00-\\u9fff]{0,6}(?:国协|联盟|组织|论坛|机制|集团|联合体|共同体|条约|公约|协定)");

    private static Entity mechanismRightAfter(MaskedSentence s, int from) {
        String masked = s.masked();
        java.util.regex.Matcher g = GAP_AFTER_VERB.matcher(masked.substring(from));
        int at = from + (g.lookingAt() ? g.end() : 0);
        return at < masked.length() && masked.charAt(at) == 'M' && !s.insideTitle(at) ? s.entityAt(at) : null;
    }

    /** 联合国秘书长古特雷斯: a mechanism named as a person's office says who the person is, no membership. */
    private static boolean employer(MaskedSentence s, int at) {
        int end = at + 1;
        while (end < s.masked().length() && s.masked().charAt(end) == 'm') {
            end++;
        }
        return OFFICE_OF_A_PERSON.matcher(s.masked().substring(end)).lookingAt();
    }

    private static final Pattern OFFICE_OF_A_PERSON = Pattern.compile("(?:的)?(?:副)?(?:秘书长|总干事|主席|特使|代表|执行主任|执行秘书|主任)N");

    /** Whether the sentence names a mechanism the recognisers know only by the start of its name (东盟防长扩大会). */
    private static boolean namesUnknownMechanism(MaskedSentence s) {
        for (int i = 0; i < s.masked().length(); i++) {
            if (s.masked().charAt(i) == 'M' && !s.insideTitle(i) && Memberships.beginsLongerName(s, i)) {
                return true;
            }
        }
        return false;
    }

    private static List<Entity> outsideTitles(MaskedSentence s, int from, int to) {
        List<Entity> out = new ArrayList<>();
        for (int i = Math.max(0, from); i < Math.min(to, s.masked().length()); i++) {
            if (s.masked().charAt(i) == 'M' && s.entityAt(i) != null && !s.insideTitle(i) && !afterOrdinal(s, i)
                    && !itsMembers(s, i) && !Memberships.beginsLongerName(s, i) && !employer(s, i)) {
                out.add(s.entityAt(i));
            }
        }
        return out;
    }

    /** A date said between list and word, else the one governing the word's clause, else the closest before it (not a 截至 date). */
    private static DateMention datesBetween(MaskedSentence s, int from, int to, Trigger t) {
        for (int start : s.dateStarts()) {
            if (start >= from && start < to) {
                return s.dateAt(start);
            }
        }
        DateMention d = s.dateGoverning(Math.min(from, t.start()));
        if (d == null) { // 2017年，上合组织实现了首次扩员，印度和巴基斯坦成为新成员国: the closest date before, in the same part
            d = s.dateBefore(Math.min(from, t.start()));
        }
        if (d == null) {
            return null;
        }
        int ds = s.localStart(d);
        String lead = s.masked().substring(Math.max(0, ds - 3), ds);
        return lead.endsWith("截至") || lead.endsWith("截止") || lead.endsWith("到") || lead.endsWith("至今") ? null : d;
    }

    /**
     * An organ of a mechanism (元首理事会, 秘书处): countries are members of the organisation, not of
     * its council, so a membership is never attached to an organ.
     */
    private static boolean isBody(Entity mechanism) {
        return BODY.matcher(mechanism.labelZh()).find();
    }

    private static final Pattern BODY = Pattern.compile("(?:理事会|秘书处|委员会|秘书长|机构|元首会议|首脑会议|外长会议)$");

    /** A role word that is a line of its own (【观察员国】, 对话伙伴国：): the lists on the next lines hold that role. */
    private static Field fieldHeading(MaskedSentence s, Trigger t) {
        String masked = s.masked();
        if (!FIELD.matcher(masked.substring(0, t.start())).matches() || !FIELD_END.matcher(masked.substring(t.end())).matches()) {
            return null;
        }
        List<Entity> named = outsideTitles(s, 0, t.start());
        Entity mech = !named.isEmpty() ? named.get(0) : s.topicMechanism();
        Memberships.Role role = Memberships.Role.named(t.value());
        return mech == null || role == null ? null : new Field(mech, role);
    }

    private static boolean onlyAList(MaskedSentence s, Enumeration list) {
        String masked = s.masked();
        String around = masked.substring(0, list.start()) + masked.substring(list.end()).replaceAll("[。；;，,\\s]+$", "");
        return ONLY_A_LIST.matcher(around).matches();
    }

    private record Field(Entity mechanism, Memberships.Role role) {
    }

    private static Entity last(List<Entity> entities) {
        return entities.isEmpty() ? null : entities.get(entities.size() - 1);
    }

    private record Mechanism(Entity entity, double confidence) {
    }
}
