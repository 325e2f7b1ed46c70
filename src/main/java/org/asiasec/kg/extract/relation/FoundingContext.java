package org.asiasec.kg.extract.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.asiasec.kg.extract.time.DateMention;
import org.asiasec.kg.model.Entity;

/**
 * What the founding rules read around a founding verb that the clause itself does not give: the
 * date of the event the sentence tells (会晤, 签署, 首届会议 … 由此成立) and the mechanism a word such as
 * 论坛 or 该组织 stands for.
 */
final class FoundingContext {

    private FoundingContext() {
    }

    /** A sentence that opens on the meeting the text speaks of: 会议决定…, 会上…, 此次峰会宣布…. */
    private static final Pattern OPENS_ON_THE_MEETING = Pattern.compile("^(?:会议|会上|此次会议|本次会议|这次会议|此次峰会|本次峰会|会议期间)");
    /** 三十年前的6月15日: a date counted back from the dateline, which the date reader does not count yet. */
    private static final Pattern COUNTED_BACK = Pattern.compile("年前的?$");
    private static final Pattern DATE_CLAUSE = Pattern.compile("^[\\s在于自]*D");

    /**
     * The date of a founding stated at {@code verb}: the date governing its clause, else the date of a
     * meeting the sentence names before it, else the closest date before it outside titles (the
     * sentence tells the event: 2029年5月9日，…举行首次会晤，签署…，M由此成立), else, when the sentence opens
     * on the meeting of the text (会议决定成立…), that meeting's date.
     */
    static DateMention dateOfEvent(MaskedSentence s, int verb) {
        DateMention d = s.dateGoverning(verb);
        if (d != null && !s.insideTitle(s.localStart(d))) {
            return trusted(s, d);
        }
        DateMention ofMeeting = null;
        for (NamedMeeting m : s.meetings()) {
            if (m.end() <= verb && m.date() != null) {
                ofMeeting = m.date();
            }
        }
        if (ofMeeting != null) {
            return trusted(s, ofMeeting);
        }
        DateMention before = null;
        for (int start : s.dateStarts()) {
            DateMention candidate = s.dateAt(start);
            if (candidate.end() - s.analysed().sentence().start() <= verb && !s.insideTitle(start)
                    && !s.text().substring(start, verb).matches("(?s).*[；;].*")) {
                before = candidate;
            }
        }
        if (before != null) {
            return trusted(s, before);
        }
        return dateOfTheMeeting(s);
    }

    /** When the sentence opens on the meeting the text speaks of (会议决定…, 会议同时宣布…), that meeting's date. */
    static DateMention dateOfTheMeeting(MaskedSentence s) {
        if (OPENS_ON_THE_MEETING.matcher(s.masked()).find() && s.lastMeeting() != null) {
            return s.lastMeeting().date();
        }
        return null;
    }

    /**
     * The date that opens the sentence as a clause of its own (2026年3月，在甲方推动下，M在乙城成立), when no
     * other date stands between it and {@code verb}; else null.
     */
    static DateMention leadDate(MaskedSentence s, int verb) {
        List<Integer> starts = s.dateStarts().stream().filter(st -> st < verb).toList();
        if (starts.size() != 1 || !DATE_CLAUSE.matcher(s.masked()).find()) {
            return null;
        }
        DateMention d = s.dateAt(starts.get(0));
        int end = d.end() - s.analysed().sentence().start();
        return end < s.masked().length() && "，,".indexOf(s.masked().charAt(end)) >= 0 ? trusted(s, d) : null;
    }

    /** {@code date}, unless the sentence counts it back from the dateline (三十年前的6月15日): null then. */
    static DateMention trusted(MaskedSentence s, DateMention date) {
        if (date == null) {
            return null;
        }
        int start = s.localStart(date);
        return start >= 0 && COUNTED_BACK.matcher(s.text().substring(0, start)).find() ? null : date;
    }

    /**
     * The mechanisms a text has named so far, the last first: what 论坛, 该组织 or 该机制 stands for
     * when the text's topic is not of that kind.
     */
    static final class Named {
        private final List<Entity> mechanisms = new ArrayList<>();

        void read(MaskedSentence s) {
            for (Entity e : s.entitiesIn(0, s.masked().length(), 'M')) {
                mechanisms.removeIf(m -> m.key().equals(e.key()));
                mechanisms.add(0, e);
            }
        }

        /**
         * The mechanism {@code head} (论坛, 组织, 机制 …) stands for: the topic when its name says that
         * word, else the last mechanism named whose name says it; null when none does.
         */
        Entity standingFor(String head, Entity topic) {
            if (topic != null && says(topic, head)) {
                return topic;
            }
            return mechanisms.stream().filter(m -> says(m, head)).findFirst().orElse(null);
        }

        private static boolean says(Entity mechanism, String head) {
            String label = mechanism.labelZh();
            return label != null && label.contains(head);
        }
    }
}
