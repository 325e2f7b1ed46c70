package org.asiasec.kg.extract.relation;

import java.util.List;
import java.util.regex.Pattern;

import org.asiasec.kg.model.Entity;
import org.asiasec.kg.model.ExtractionSink;
import org.asiasec.kg.model.Property;

/**
 * A document in the row of a chronology or fact sheet that names a meeting: 第五届　2010年10月30日　河内　《…宣言》,
 * 第19次｜2019年6月13日｜比什凯克｜发表《…宣言》, 第四次峰会：2014年5月20日，上海。通过《…宣言》 (one sentence
 * when the reading joined the lines). The document was adopted at that meeting and is dated by it. Only
 * dates, places, countries, separators and an adopting verb may stand between the meeting and the title.
 */
public final class DocumentInRowRule implements RelationRule {

    public static final String NAME = "document-in-row";

    private static final Pattern ROW_CELLS = Pattern.compile("[\\sDdPpCc｜|：:，,；;、—－\\-（）()]*(?:并|还|会议|峰会)?(?:通过|签署|发表|批准|发布|签订)?了?(?:[《》Tt、和及与\\s]*)");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(MaskedSentence s, ExtractionSink out) {
        List<NamedMeeting> meetings = s.meetings();
        if (meetings.isEmpty() || !s.names('T')) {
            return;
        }
        String masked = s.masked();
        for (int i = 0; i < meetings.size(); i++) {
            NamedMeeting m = meetings.get(i);
            int end = i + 1 < meetings.size() ? meetings.get(i + 1).start() : masked.length();
            if (m.end() >= end) {
                continue;
            }
            Statements st = null;
            for (int at = m.end(); at < end; at++) {
                if (masked.charAt(at) != 'T' || s.entityAt(at) == null) {
                    continue;
                }
                if (!ROW_CELLS.matcher(masked.substring(m.end(), at)).matches()) {
                    break;
                }
                Entity doc = s.entityAt(at);
                if (st == null) {
                    st = new Statements(s.analysed(), out, NAME, 0.7);
                }
                st.link(doc.key(), Property.ADOPTED_AT, m.entity());
                st.date(doc.key(), Property.DATE, null, m.date());
            }
        }
    }
}
