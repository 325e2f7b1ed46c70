package org.asiasec.kg.extract.relation;

import static org.asiasec.kg.extract.relation.MaskedSentence.CONCEPT;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asiasec.kg.extract.sentence.AnalysedSentence;
import org.asiasec.kg.extract.sentence.LinkedMention;
import org.asiasec.kg.extract.time.DateMention;
import org.asiasec.kg.model.Entity;
import org.asiasec.kg.model.EntityType;
import org.asiasec.kg.model.ExtractionSink;
import org.asiasec.kg.model.Property;

/**
 * Who put forward a concept, where and when: … (首次/正式/首先) 提出/倡导/首倡/阐述/提倡 … concept(s).
 * 1997年3月，中国领导人在北京东盟地区论坛信任措施会议上首次正式提出了…“新安全观”;
 * 2025年4月，中央周边工作会议首次提出“…亚洲安全模式”.
 * <ul>
 * <li>proposedBy: the subject of the verb's clause — the first person named in it, else the first
 *     country with those joined to it (中国同印度、缅甸) — or, when the clause has no subject of its
 *     own (并首次提出…), the sentence's first such subject;</li>
 * <li>proposedAt: the last meeting named before the verb, or a mechanism whose name is a
 *     conference (…会议, …大会) named before the verb, in its clause or, when no proposer is named,
 *     earlier in the sentence;</li>
 * <li>proposedOn: the closest date before the verb in the sentence;</li>
 * <li>在峰会上 / 在此次会议上 with no meeting named in the sentence: the meeting named last in the text,
 *     and its date when the sentence gives none.</li>
 * </ul>
 * 再次提出 and 重申 are not proposals.
 */
public final class ConceptProposalRule implements RelationRule {

    public static final String NAME = "concept-proposed";


    private static final List<String> VERBS = List.of("提出", "倡导", "首倡", "阐述", "提倡", "倡议", "概括为", "确立");
    private static final String VERB = "(?:" + String.join("|", VERBS) + ")";
    /** A window after a verb ends at the next of these; 倡议, 概括为 and 确立 may stand inside it (提出双方主张确立“…”). */
    private static final String PLAIN_VERB = "(?:提出|倡导|首倡|阐述|提倡)";
    /** Not 的提出 (a noun), not 再次提出 (a repetition), not 倡导、 (an item of a list). */
    private static final Pattern PROPOSES = Pattern.compile("(?<!再次|再|重新|又|的)(?:首次|首先|正式|率先|最早|明确|创新性地?|创造性地?)*"
            + VERB + "(?!、|下|中|书|者)(?:了|的|要|并践行)?(?<window>(?:(?!" + PLAIN_VERB + ")[^，。；：]){0,30}?)(?<concepts>" + CONCEPT
            + "(?:[”\"]?(?:、|和|与|及)[“\"]?" + CONCEPT + ")*)");
    /** 确立了“甲、乙，丙”的某精神: the words between the quotation marks may hold commas. */
    private static final Pattern PROPOSES_QUALIFIED = Pattern.compile("(?<!再次|再|重新|又|的)(?:首次|首先|正式|率先|最早|明确)*"
            + VERB + "(?:了|的)?[“\"「][^“”\"「」]{1,40}[，,][^“”\"「」]{1,40}[”\"」]的(?<concept>" + CONCEPT + ")");
    /**
     * What follows a list of concepts when they only qualify a head concept: 提出“安危与共、求同存异、
     * 对话协商的亚洲安全模式” proposes the 模式, whose components the list names.
     */
    private static final Pattern QUALIFIES_A_HEAD = Pattern.compile("^(?:[、和与及][^，。；：“”\"《》]{0,12}?)?的(?=K)");
    /** 在峰会上, 在此次会议上, 会上, 此次会议期间: the meeting named last in the text. */
    private static final Pattern ANAPHORIC_MEETING = Pattern.compile("在(?:此次|本次|这次|该次|本届|那次)?(?:峰会|会议|会)上"
            + "|(?:此次|本次|这次|本届)(?:会议|峰会)期间|(?:^|[，,])会上"
            // 那次峰会还确立了……: the meeting itself is the subject
            + "|(?:^|[，,])(?:此次|本次|这次|该次|本届|那次)(?:峰会|会议)(?:还|也|又|则|首次|正式)*$");
    /**
     * 在开幕式上, 在年会上: the meeting named last in the text too, but only when the sentence dates the
     * proposal in that meeting's year (the text may have named an older meeting last).
     */
    private static final Pattern CEREMONY = Pattern.compile("在(?:Dd*的)?(?:首届|首次)?(?:(?:峰会|会议|年会|大会)?(?:开幕式|闭幕式|全体会议)|年会|大会)上");
    /** 我在这里提出, 在此，我代表…提出: a speaker at the meeting the text speaks of. */
    private static final Pattern HERE = Pattern.compile("在这里|在此|今天");
    /** 他又在…提出, 落实他先后提出的…: the person the text named last. */
    private static final Pattern PRONOUN = Pattern.compile("^\\s*(?:他|她)(?![们国])|(?:他|她)(?:先后|曾经|曾|多次|首次|最早|所)?$");
    /** “甲精神”即在这次会议上提出: the concept before the verb, the meeting the text speaks of. */
    private static final Pattern PROPOSED_THERE = Pattern.compile("(?<concept>" + CONCEPT + ")[”\"」]?(?:即|就|正是|便|也)?"
            + "在(?:这次|此次|本次|该次|那次)(?:会议|峰会|会)上(?:首次|正式)?(?:提出|确立)");
    /** What every PROPOSES_QUALIFIED match ends with: 的, then the concept (masked K…). */
    private static final String QUALIFIED_CONCEPT = "的K";
    /** What every PROPOSED_THERE match says before the meeting word, after its concept (K). */
    private static final String AT_THE_MEETING = "在";
    /** The words of THIS_CONCEPT that point back to the concept: one of them is in every match. */
    private static final List<String> THIS_ONE = List.of("这一", "这个", "该");
    /** 首次阐述这一理念: the concept the text named last. */
    private static final Pattern THIS_CONCEPT = Pattern.compile("(?<!再次|再|重新|的)" + VERB + "了?(?:这一|这个|该)(?:理念|概念|构想|主张|思想|倡议)");
    private static final Pattern QUOTED_WITH_VERB = Pattern.compile("^[“\"]?(?:首次|正式|积极)?" + VERB);
    /**
     * A clause whose subject is left out — nothing before the verb but adverbs (并首次提出…;
     * 提出双方主张…; 针对…问题创造性提出…) — takes the sentence's; 中央周边工作会议提出 has its own.
     */
    private static final Pattern SUBJECTLESS = Pattern.compile(
            "(?:.*(?:并|且|而|又|也|还|曾|首次|正式|首先|率先|明确|积极|共同|同时|随后|进而|创造性地?|创新性地?|全面系统地?|[“\"]))?"
            // 首次向国际社会阐述: a phrase saying to whom, not who
            + "(?:(?:向|对|面向)[\\u4e00-\\u9fff]{1,8})?\\s*");
    private static final Pattern CONFERENCE_NAME = Pattern.compile(".*(会议|大会|峰会|论坛)$");
    /** 中国同印度、缅甸; 中俄: persons or countries named together. */
    private static final Pattern JOINED_PERSONS = Pattern.compile("Nn*(?:(?:同|与|和|及|、)Nn*)*");
    private static final Pattern JOINED_COUNTRIES = Pattern.compile("Cc*(?:(?:同|与|和|及|、)Cc*)*");
    /** A country or person after these is what the clause is about or whom it addresses, not who speaks. */
    private static final Pattern NOT_A_SUBJECT = Pattern.compile("(?:针对|对于|关于|就|向|在)$");


    /** The person and the concept the text named last, before this sentence: what 他 and 这一理念 stand for. */
    private final TextMemory<Entity[]> remembered = new TextMemory<>(() -> new Entity[2]);

    public ConceptProposalRule() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(MaskedSentence s, ExtractionSink out) {
        AnalysedSentence sentence = s.analysed();
        List<NamedMeeting> named = s.meetings();
        if (s.names('K') && s.saysAny(VERBS)) { // the verb and a concept (K) after it
            Matcher m = s.matcher(PROPOSES);
            while (m.find()) {
                if (!s.insideTitle(m.start())) {
                    propose(s, out, named, m.start(), proposedConcepts(s, m));
                }
            }
        }
        // 确立了“互尊、互信，以发展促安全”的某精神: a quoted qualifier (commas and all) before the concept
        if (s.names('K') && s.saysAny(VERBS) && s.says(QUALIFIED_CONCEPT)) {
            Matcher q = s.matcher(PROPOSES_QUALIFIED);
            while (q.find()) {
                if (!s.insideTitle(q.start())) {
                    propose(s, out, named, q.start(), List.of(s.entity(q, "concept")));
                }
            }
        }
        // a quoted phrase taken whole as a concept name may begin with the verb: “倡导共同、综合…的安全观”
        for (LinkedMention mention : sentence.mentions()) {
            if (mention.entity().type() == EntityType.CONCEPT && QUOTED_WITH_VERB.matcher(mention.surface()).find()) {
                propose(s, out, named, mention.start() - sentence.sentence().start(), List.of(mention.entity()));
            }
        }
        Entity[] last = remembered.of(sentence);
        if (s.saysAny(VERBS)) {
            Matcher there = s.matcher(PROPOSED_THERE);
            while (s.names('K') && s.says(AT_THE_MEETING) && there.find()) { // what PROPOSED_THERE needs, asked first
                NamedMeeting meeting = s.lastMeeting();
                if (meeting != null) {
                    Statements st = new Statements(sentence, out, NAME, 0.7);
                    Entity concept = s.entity(there, "concept");
                    st.link(concept.key(), Property.PROPOSED_AT, meeting.entity());
                    st.date(concept.key(), Property.PROPOSED_ON, null, meeting.date());
                }
            }
            Matcher thisOne = s.saysAny(THIS_ONE) ? s.matcher(THIS_CONCEPT) : null; // what THIS_CONCEPT needs, asked first
            if (thisOne != null && thisOne.find() && !s.insideTitle(thisOne.start())) {
                List<Entity> before = s.entitiesIn(0, thisOne.start(), 'K');
                Entity concept = !before.isEmpty() ? before.get(before.size() - 1) : last[1];
                if (concept != null) {
                    propose(s, out, named, thisOne.start(), List.of(concept));
                }
            }
        }
        List<Entity> persons = s.entitiesIn(0, s.masked().length(), 'N');
        if (!persons.isEmpty()) {
            last[0] = persons.get(0);
        }
        List<Entity> concepts = s.entitiesIn(0, s.masked().length(), 'K');
        if (!concepts.isEmpty()) {
            last[1] = concepts.get(concepts.size() - 1);
        }
    }

    /** The concepts of the match, or the head concept they qualify. */
    private static List<Entity> proposedConcepts(MaskedSentence s, Matcher m) {
        Matcher head = QUALIFIES_A_HEAD.matcher(s.masked().substring(m.end("concepts")));
        if (head.find()) {
            return List.of(s.entityAt(m.end("concepts") + head.end()));
        }
        return s.entitiesIn(m.start("concepts"), m.end("concepts"), 'K');
    }

    private void propose(MaskedSentence s, ExtractionSink out, List<NamedMeeting> named, int verb,
                         List<Entity> concepts) {
        AnalysedSentence sentence = s.analysed();
        int clause = s.clauseStart(verb);
        List<Entity> by = subjects(s, clause, verb);
        double confidence = 0.85;
        Entity lastPerson = remembered.of(sentence)[0];
        if (PRONOUN.matcher(s.masked().substring(clause, verb)).find() && lastPerson != null
                && s.entitiesIn(clause, verb, 'N').isEmpty()) { // 他又在…提出, not 他介绍了甲提出的…
            by = List.of(lastPerson);
            confidence = 0.65;
        }
        boolean speaking = false;
        if (by.isEmpty() && s.firstPersonIn(clause, verb) != null) { // 我愿在这里提出…: the speaker of the speech
            by = List.of(s.firstPersonIn(clause, verb));
            confidence = 0.7;
            speaking = true;
        }
        if (by.isEmpty() && SUBJECTLESS.matcher(s.text().substring(clause, verb)).matches()) {
            by = subjects(s, 0, verb);
            confidence = 0.7;
        }
        Entity at = named.stream().filter(n -> n.end() <= verb).reduce((a, b) -> b)
                .map(NamedMeeting::entity).orElse(null);
        if (at == null) {
            at = conferenceBefore(s, clause, verb);
        }
        if (at == null) {
            at = conferenceBefore(s, 0, verb);
        }
        DateMention date = s.dateBefore(verb);
        String before = s.masked().substring(0, verb);
        if (at == null && speaking && s.speaker() != null && HERE.matcher(before).find() && !s.meetingsSoFar().isEmpty()) {
            NamedMeeting own = s.meetingsSoFar().get(0); // 我在这里提出: the meeting of the speech, which its heading names first
            at = own.entity();
            date = date != null ? date : own.date();
        }
        if (at == null) {
            NamedMeeting byVenue = meetingCalledByItsVenue(s, before);
            if (byVenue != null && sameYear(date, byVenue.date())) {
                at = byVenue.entity();
                date = date != null ? date : byVenue.date();
            }
        }
        boolean atTheMeeting = ANAPHORIC_MEETING.matcher(before).find() || (speaking && HERE.matcher(before).find())
                || (date != null && CEREMONY.matcher(before).find());
        if (at == null && atTheMeeting && s.lastMeeting() != null && sameYear(date, s.lastMeeting().date())) {
            NamedMeeting last = s.lastMeeting();
            at = last.entity();
            date = date != null ? date : last.date();
        }
        if (by.isEmpty() && at == null) {
            return;
        }
        Statements st = new Statements(sentence, out, NAME, confidence);
        for (Entity concept : concepts) {
            for (Entity person : by) {
                st.link(concept.key(), Property.PROPOSED_BY, person);
            }
            st.link(concept.key(), Property.PROPOSED_AT, at);
            st.date(concept.key(), Property.PROPOSED_ON, null, date);
        }
    }

    /** 比什凯克会议期间, 在比什凯克峰会上: a meeting called by the city it was held in. */
    private static final Pattern MEETING_BY_VENUE = Pattern.compile("(Pp*)(?:会议|峰会|会晤|会)(?:期间|上)");

    /**
     * The meeting the text named last that was held in the place of "某地会议期间" or "在某地峰会上" before the
     * verb, or null: a text calls a meeting it has told of by its venue (喀什会议 for the meeting held in Kashgar).
     */
    private static NamedMeeting meetingCalledByItsVenue(MaskedSentence s, String before) {
        if (!s.names('P')) {
            return null;
        }
        Matcher m = MEETING_BY_VENUE.matcher(before);
        Entity venue = null;
        while (m.find()) {
            venue = s.entityAt(m.start(1));
        }
        if (venue == null) {
            return null;
        }
        List<NamedMeeting> told = s.meetingsSoFar();
        for (int i = told.size() - 1; i >= 0; i--) {
            if (told.get(i).where() != null && told.get(i).where().key().equals(venue.key())) {
                return told.get(i);
            }
        }
        return null;
    }

    /** Whether the sentence's date, if any, falls in the year of the meeting (a meeting without a date agrees with any). */
    private static boolean sameYear(DateMention sentence, DateMention meeting) {
        return sentence == null || meeting == null
                || sentence.from().lexical().substring(0, 4).equals(meeting.from().lexical().substring(0, 4));
    }

    /** A conference-like mechanism (中央周边工作会议) that is the subject of the clause or is followed by 上. */
    private static Entity conferenceBefore(MaskedSentence s, int clause, int verb) {
        Entity found = null;
        for (int i = clause; i < verb; i++) {
            Entity e = s.masked().charAt(i) == 'M' ? s.entityAt(i) : null;
            if (e != null && CONFERENCE_NAME.matcher(e.labelZh()).matches()) {
                found = e;
            }
        }
        return found;
    }

    /**
     * The subject of the clause [from, to): the first person named in it, else the first country
     * together with those joined to it (中国同印度、缅甸; 中俄), skipping names after 针对, 向, 在 ….
     */
    private static List<Entity> subjects(MaskedSentence s, int from, int to) {
        for (char marker : new char[] {'N', 'C'}) {
            Matcher m = (marker == 'N' ? JOINED_PERSONS : JOINED_COUNTRIES).matcher(s.masked().substring(from, to));
            while (m.find()) {
                if (!NOT_A_SUBJECT.matcher(s.masked().substring(from, from + m.start())).find()) {
                    List<Entity> group = new java.util.ArrayList<>();
                    for (Entity e : s.entitiesIn(from + m.start(), from + m.end(), marker)) {
                        if (group.stream().noneMatch(g -> g.key().equals(e.key()))) {
                            group.add(e);
                        }
                    }
                    return group;
                }
            }
        }
        return List.of();
    }
}
