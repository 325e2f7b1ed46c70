package org.asiasec.kg.extract.relation;


import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.extract.sentence.AnalysedSentence;
import org.asiasec.kg.extract.time.DateMention;
import org.asiasec.kg.model.Entity;
import org.asiasec.kg.model.EntityType;
import org.asiasec.kg.model.ExtractionSink;
import org.asiasec.kg.model.Property;
import org.asiasec.kg.model.Value;

/**
 * A meeting occurrence: writes each meeting the {@link MeetingFinder} found in a sentence — its
 * mechanism, ordinal, date, place or host, participants and theme. See the package README for the
 * shapes the finder reads and the key policy.
 */
public final class MeetingRule implements RelationRule {

    public static final String NAME = "meeting-occurrence";

    private final TextMemory<MeetingMemory> memories = new TextMemory<>(MeetingMemory::new);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(MaskedSentence s, ExtractionSink out) {
        AnalysedSentence sentence = s.analysed();
        for (NamedMeeting meeting : s.meetings()) {
            Statements st = new Statements(sentence, out, NAME, meeting.confidence());
            st.entity(meeting.entity());
            String key = meeting.entity().key();
            st.link(key, Property.MECHANISM, meeting.mechanism());
            if (meeting.ordinal() != null) {
                st.fact(key, Property.ORDINAL, new Value.Int(meeting.ordinal()));
            }
            DateMention date = meeting.date();
            if (date != null && !date.isSpan() && date.from().precision() == Value.Date.Precision.YEAR) {
                memories.of(sentence).holdYear(new MeetingMemory.HeldYear(key, st, date));
            } else {
                st.date(key, Property.DATE, Property.END_DATE, date);
                if (date != null) {
                    memories.of(sentence).preciseDate(key, date.from().lexical());
                }
            }
            st.link(key, meeting.where() != null && meeting.where().type() == EntityType.COUNTRY
                    ? Property.HOST : Property.PLACE, meeting.where());
            st.link(key, Property.HOST, meeting.host());
            for (Entity person : meeting.participants()) {
                st.link(key, Property.PARTICIPANT, person);
            }
            if (meeting.theme() != null) {
                st.fact(key, Property.THEME, new Value.Text(meeting.theme(), "zh"));
            }
        }
    }

    /**
     * A meeting's bare year (2018年青岛峰会) is written only when no sentence of the text gave a finer
     * date of it (2018年6月): a node keeps its most precise date, not also the year that contains it.
     */
    @Override
    public void finish(SourceText source, ExtractionSink out) {
        MeetingMemory memory = memories.forget(source);
        if (memory == null) {
            return;
        }
        for (MeetingMemory.HeldYear year : memory.unrefinedYears()) {
            year.statements().date(year.meeting(), Property.DATE, Property.END_DATE, year.date());
        }
    }

}
