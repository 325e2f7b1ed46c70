package org.asiasec.kg.extract.relation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asiasec.kg.extract.sentence.AnalysedSentence;
import org.asiasec.kg.extract.sentence.LinkedMention;
import org.asiasec.kg.extract.time.DateMention;
import org.asiasec.kg.model.Entity;
import org.asiasec.kg.model.EntityType;

/**
 * A sentence with every linked mention and date replaced, char for char, by a marker run, so that
 * rules can be written as plain regular expressions over what the sentence says rather than over
 * names: 上合组织青岛峰会 becomes {@code Mmmm}{@code Pp}峰会, 2014年5月 becomes {@code Dddddd}.
 * Offsets in the masked text equal offsets in the sentence text.
 *
 * <p>Markers (upper case starts a mention, lower case continues it): M mechanism, E meeting,
 * T document, K concept, C country, N person, P place, D date. Latin letters of the sentence
 * itself are masked as '·' so they never read as markers.
 */
public final class MaskedSentence {

    /** One mention of the patterns: {@code M} matches exactly one mechanism, and so on. */
    public static final String MECHANISM = "(?:Mm*)";
    public static final String MEETING = "(?:Ee*)";
    public static final String DOCUMENT = "(?:Tt*)";
    public static final String CONCEPT = "(?:Kk*)";
    public static final String COUNTRY = "(?:Cc*)";
    public static final String PERSON = "(?:Nn*)";
    public static final String PLACE = "(?:Pp*)";
    public static final String DATE = "(?:Dd*)";

    private static final Pattern ACROSS_SEMICOLON = Pattern.compile(".*[；;].*");
    private static final Pattern SAME_CLAUSE = Pattern.compile("[^，,。；;：:]*");
    private static final Pattern DATE_CLAUSE_LEAD = Pattern.compile("[\\s在于从自]*");
    private static final Pattern NEXT_CLAUSE = Pattern.compile("\\s*[，,][^，,。；;：:]*");

    private final AnalysedSentence sentence;
    private final String text;
    private final String masked;
    private final Map<Integer, LinkedMention> mentionsByStart = new HashMap<>();
    private final Map<Integer, DateMention> datesByStart = new HashMap<>();
    private final List<Integer> dateStarts;
    /** The meetings named here, as the {@link MeetingFinder} of the text found them; null until it read the sentence. */
    private List<NamedMeeting> meetings;
    private NamedMeeting lastMeeting;
    private List<NamedMeeting> meetingsSoFar = List.of();
    private final Entity topicMechanism;
    private final Entity speaker;
    private final Map<String, Entity> parents;
    /** The chars of the masked text: the rules ask {@link #says} for dozens of words a sentence mostly lacks. */
    private final CharFilter charsHeld;
    /** The sentence's lists of countries, read when a rule first asks: several rules read them. */
    private List<Enumeration> countryLists;

    /** A sentence read alone: no topic, speaker or organs from the text around it. */
    public MaskedSentence(AnalysedSentence sentence) {
        this(sentence, null, null, Map.of());
    }

    /**
     * @param topicMechanism the mechanism the text speaks of at this sentence when the sentence names
     *                       none (from {@link org.asiasec.kg.extract.discourse.Discourse}), or null
     * @param speaker        who says 我 in the text (the person its heading names), or null
     * @param parents        the mechanism each organ of the text belongs to, by the organ's key
     */
    public MaskedSentence(AnalysedSentence sentence, Entity topicMechanism, Entity speaker, Map<String, Entity> parents) {
        this.topicMechanism = topicMechanism;
        this.speaker = speaker;
        this.parents = parents;
        List<DateMention> dates = sentence.dates();
        this.sentence = sentence;
        this.text = sentence.sentence().text();
        int base = sentence.sentence().start();
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if ((chars[i] >= 'A' && chars[i] <= 'Z') || (chars[i] >= 'a' && chars[i] <= 'z')) {
                chars[i] = '·';
            }
        }
        boolean[] taken = new boolean[chars.length];
        for (DateMention d : dates) {
            int s = d.start() - base;
            int e = d.end() - base;
            if (fits(s, e, taken)) {
                mask(chars, taken, s, e, 'D');
                datesByStart.put(s, d);
            }
        }
        List<LinkedMention> longestFirst = new ArrayList<>(sentence.mentions());
        longestFirst.sort(Comparator.comparingInt((LinkedMention m) -> m.end() - m.start()).reversed());
        for (LinkedMention m : longestFirst) {
            int s = m.start() - base;
            int e = m.end() - base;
            if (fits(s, e, taken)) {
                mask(chars, taken, s, e, marker(m.entity().type()));
                mentionsByStart.put(s, m);
            }
        }
        this.masked = new String(chars);
        this.charsHeld = new CharFilter(chars);
        List<Integer> starts = new ArrayList<>(datesByStart.keySet());
        java.util.Collections.sort(starts);
        this.dateStarts = java.util.Collections.unmodifiableList(starts);
    }

    private static boolean fits(int s, int e, boolean[] taken) {
        if (s < 0 || e > taken.length || s >= e) {
            return false;
        }
        for (int i = s; i < e; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static void mask(char[] chars, boolean[] taken, int s, int e, char marker) {
        for (int i = s; i < e; i++) {
            chars[i] = i == s ? marker : Character.toLowerCase(marker);
            taken[i] = true;
        }
    }

    private static char marker(EntityType type) {
        return switch (type) {
            case MECHANISM -> 'M';
            case MEETING -> 'E';
            case DOCUMENT -> 'T';
            case CONCEPT -> 'K';
            case COUNTRY -> 'C';
            case PERSON -> 'N';
            case PLACE -> 'P';
            case MEMBERSHIP -> '·';
            case COMPONENT -> 'K';
        };
    }

    /** The mechanism the text speaks of here when the sentence names none, or null. */
    public Entity topicMechanism() {
        return topicMechanism;
    }

    /** The mechanism an organ of the text (元首理事会, 秘书处) belongs to, or null. */
    public Entity parentOf(Entity organ) {
        return parents.get(organ.key());
    }

    /** Who says 我 in this text, or null. */
    public Entity speaker() {
        return speaker;
    }

    /** The speaker, when the text between {@code from} and {@code to} says 我 (not 我国, 我们, 我方 …). */
    public Entity firstPersonIn(int from, int to) {
        return speaker != null && FIRST_PERSON.matcher(masked.substring(Math.max(0, from), Math.min(to, masked.length()))).find()
                ? speaker : null;
    }

    private static final Pattern FIRST_PERSON = Pattern.compile("我(?![国们方军党省市区])");

    public AnalysedSentence analysed() {
        return sentence;
    }

    /**
     * Whether the sentence says any of {@code words} outside its mentions and dates: a rule whose
     * every pattern needs one of them skips the sentence when it does not.
     */
    public boolean saysAny(List<String> words) {
        for (String word : words) {
            if (says(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence says {@code word} outside its mentions and dates (or, for a marker, has it there). */
    public boolean says(String word) {
        return word.isEmpty() || charsHeld.mayHold(word.charAt(0)) && masked.contains(word);
    }

    /** Whether the sentence has a mention of {@code marker} type ('M', 'K' …). */
    public boolean names(char marker) {
        return charsHeld.mayHold(marker) && masked.indexOf(marker) >= 0;
    }

    /** The meetings named in this sentence, as the text's {@link MeetingFinder} found them (none if it has not read it). */
    public List<NamedMeeting> meetings() {
        return meetings == null ? List.of() : meetings;
    }

    /** The meeting the text named last, up to and including this sentence (会上, 此次峰会), or null. */
    public NamedMeeting lastMeeting() {
        return lastMeeting;
    }

    /** The meetings the text named up to and including this sentence, in order. */
    public List<NamedMeeting> meetingsSoFar() {
        return meetingsSoFar;
    }

    boolean meetingsRead() {
        return meetings != null;
    }

    void meetingsRead(List<NamedMeeting> named, NamedMeeting last, List<NamedMeeting> soFar) {
        this.meetings = java.util.Collections.unmodifiableList(new ArrayList<>(named));
        this.lastMeeting = last;
        this.meetingsSoFar = List.copyOf(soFar);
    }

    /** {@link Enumeration#countries}, read once. */
    List<Enumeration> countryLists() {
        if (countryLists == null) {
            countryLists = List.copyOf(Enumeration.read(this));
        }
        return countryLists;
    }

    /** The masked text. */
    public String masked() {
        return masked;
    }

    /** The sentence text as written. */
    public String text() {
        return text;
    }

    public Matcher matcher(Pattern pattern) {
        return pattern.matcher(masked);
    }

    /** The mention starting at {@code offset} (sentence-relative), or null. */
    public LinkedMention mentionAt(int offset) {
        return mentionsByStart.get(offset);
    }

    /** The entity of the mention starting at {@code offset}, or null. */
    public Entity entityAt(int offset) {
        LinkedMention m = mentionsByStart.get(offset);
        return m == null ? null : m.entity();
    }

    /** The entity of the mention matched by {@code group}, or null when the group did not match. */
    public Entity entity(Matcher m, String group) {
        return m.group(group) == null ? null : entityAt(m.start(group));
    }

    /** The date matched by {@code group}, or null. */
    public DateMention date(Matcher m, String group) {
        return m.group(group) == null ? null : datesByStart.get(m.start(group));
    }

    public DateMention dateAt(int offset) {
        return datesByStart.get(offset);
    }

    /** Entities of the mentions of {@code marker} type ('C', 'P' …) inside [from, to), in order. */
    public List<Entity> entitiesIn(int from, int to, char marker) {
        List<Entity> out = new ArrayList<>();
        if (!charsHeld.mayHold(marker)) {
            return out; // no mention of the kind in the sentence: no scan
        }
        for (int i = Math.max(0, from); i < Math.min(to, masked.length()); i++) {
            if (masked.charAt(i) == marker && mentionsByStart.containsKey(i)) {
                out.add(mentionsByStart.get(i).entity());
            }
        }
        return out;
    }

    /** The first date starting inside [from, to), or null. */
    public DateMention firstDateIn(int from, int to) {
        for (int start : dateStarts) {
            if (start >= from && start < to) {
                return datesByStart.get(start);
            }
        }
        return null;
    }

    /** All dates, in order, with sentence-relative starts. */
    public List<Integer> dateStarts() {
        return dateStarts;
    }

    /** The closest date that ends at or before {@code offset} in the same part of the sentence (not across ；), or null. */
    public DateMention dateBefore(int offset) {
        DateMention best = null;
        for (var e : datesByStart.entrySet()) {
            int end = e.getValue().end() - sentence.sentence().start();
            if (end <= offset && (best == null || e.getValue().start() > best.start())) {
                best = e.getValue();
            }
        }
        if (best != null && ACROSS_SEMICOLON.matcher(text.substring(best.end() - sentence.sentence().start(), offset)).matches()) {
            return null;
        }
        return best;
    }

    /** The closest date that starts at or after {@code offset}, or null. */
    public DateMention dateAfter(int offset) {
        DateMention best = null;
        for (var e : datesByStart.entrySet()) {
            if (e.getKey() >= offset && (best == null || e.getValue().start() < best.start())) {
                best = e.getValue();
            }
        }
        return best;
    }

    /**
     * The date that governs the clause around {@code offset}: the closest date before it in the
     * same clause, or a date that is a clause of its own just before (2001年6月，上合组织正式成立).
     */
    public DateMention dateGoverning(int offset) {
        DateMention d = dateBefore(offset);
        if (d == null) {
            return null;
        }
        int dateStart = localStart(d);
        int dateEnd = d.end() - sentence.sentence().start();
        String between = masked.substring(dateEnd, offset);
        if (SAME_CLAUSE.matcher(between).matches()) {
            return d;
        }
        boolean dateIsAClause = DATE_CLAUSE_LEAD.matcher(masked.substring(clauseStart(dateStart), dateStart)).matches()
                && NEXT_CLAUSE.matcher(between).matches();
        return dateIsAClause ? d : null;
    }

    /** Sentence-relative offset of {@code date}'s start. */
    public int localStart(DateMention date) {
        return date.start() - sentence.sentence().start();
    }

    /** Whether {@code offset} lies inside a 《…》 title. */
    public boolean insideTitle(int offset) {
        int open = text.lastIndexOf('《', offset - 1);
        int close = text.lastIndexOf('》', offset - 1);
        return open >= 0 && open > close;
    }

    /** Start of the clause (after the last ，；：。 before {@code offset}). */
    public int clauseStart(int offset) {
        for (int i = Math.min(offset, text.length()) - 1; i >= 0; i--) {
            if ("，,；;：:。！？".indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    /** End of the clause (at the first ，；：。 from {@code offset}). */
    public int clauseEnd(int offset) {
        for (int i = offset; i < text.length(); i++) {
            if ("，,；;：:。！？".indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }
}
