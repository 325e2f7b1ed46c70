package org.asiasec.kg.extract.relation;

import static org.asiasec.kg.extract.relation.MaskedSentence.DATE;
import static org.asiasec.kg.extract.relation.MaskedSentence.MECHANISM;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asiasec.kg.model.ExtractionSink;
import org.asiasec.kg.model.Property;

/**
 * A founding date said of a mechanism in passing, as an attribute before its name (frame
 * {@code founding-attribute}): 其前身是2019年在甲城建立的乙河边境磋商机制; 源于1996年启动的“甲”会晤机制;
 * 三国于1961年7月31日在曼谷成立的东南亚联盟. The date stands in the verb's clause with nothing between it
 * and the verb but places, persons, countries and plain words (no other date, mechanism or title).
 */
public final class AttributiveFoundingRule implements RelationRule {

    public static final String NAME = "mechanism-founded-attribute";

    private static final Frame FRAME = FrameCatalog.standard().frame("founding-attribute");
    private static final Pattern ATTRIBUTE = Pattern.compile("(?<date>" + DATE + ")(?:[^，,。；;：:DMKTE《》的“”\"「」]){0,24}?(?:"
            + String.join("|", FRAME.wordsLongestFirst()) + ")[“\"「]?(?<mech>" + MECHANISM + ")");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(MaskedSentence s, ExtractionSink out) {
        if (!s.names('M') || !s.saysAny(FRAME.wordsLongestFirst())) {
            return;
        }
        Matcher m = s.matcher(ATTRIBUTE);
        while (m.find()) {
            if (!s.insideTitle(m.start()) && !s.insideTitle(m.start("mech"))) {
                new Statements(s.analysed(), out, NAME, 0.8).date(s.entity(m, "mech").key(), Property.FOUNDED_ON, null,
                        s.date(m, "date"));
            }
        }
    }
}
