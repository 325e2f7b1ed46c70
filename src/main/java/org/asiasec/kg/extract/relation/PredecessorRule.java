package org.asiasec.kg.extract.relation;

import static org.asiasec.kg.extract.relation.MaskedSentence.MECHANISM;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asiasec.kg.extract.sentence.AnalysedSentence;
import org.asiasec.kg.model.Entity;
import org.asiasec.kg.model.ExtractionSink;
import org.asiasec.kg.model.Property;

/**
 * Lineage between mechanisms: old 升级为/改组为/更名为 new (“上海五国”会晤机制正式升级为上海合作组织);
 * new 的前身是 old; old 是 new 的前身; 在 old 的基础上成立 new; and, of the mechanism the sentence or the
 * text speaks of, 其前身是 old (M于2001年成立，其前身是…) and the field 【前身】… old.
 */
public final class PredecessorRule implements RelationRule {

    public static final String NAME = "mechanism-predecessor";


    private static final String OLD = "[“\"]?(?<old>" + MECHANISM + ")[”\"]?";
    private static final String NEW = "[“\"]?(?<new>" + MECHANISM + ")[”\"]?";
    private static final List<String> BECAME = List.of("升级为", "改组为", "更名为", "改名为", "扩大为");
    /** Every shape names two mechanisms (M) and says one of these words. */
    private static final List<String> LINEAGE = java.util.stream.Stream.concat(BECAME.stream(),
            java.util.stream.Stream.of("前身", "基础上")).toList();
    private static final List<Pattern> SHAPES = List.of(
            Pattern.compile(OLD + "[^，。；：]{0,10}?(?:正式)?(?:" + String.join("|", BECAME) + ")" + NEW),
            Pattern.compile(NEW + "的前身[，,]?(?:是|为)[^。；M]{0,40}?" + OLD),
            Pattern.compile(OLD + "(?:是|为)" + NEW + "的前身"),
            Pattern.compile("在" + OLD + "[^，。；：]{0,8}?的?基础上[，,]?[^。；：M]{0,80}?(?:成立|建立|组建|创建)了?" + NEW));

    /** 其前身是 old, 【前身】old: the new one is the sentence's first mechanism, else the text's topic. */
    private static final List<Pattern> ITS_PREDECESSOR = List.of(
            Pattern.compile("(?:其|该组织的|该机制的|论坛的|组织的)前身[，,]?(?:是|为)[^，。；M]{0,16}?" + OLD),
            Pattern.compile("^[\\s【\\[]*前身[】\\]]?[：:]?[^，。；M]{0,16}?" + OLD));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(MaskedSentence s, ExtractionSink out) {
        AnalysedSentence sentence = s.analysed();
        if (!s.names('M') || !s.saysAny(LINEAGE)) {
            return;
        }
        for (Pattern form : ITS_PREDECESSOR) {
            Matcher its = s.matcher(form);
            if (!its.find()) {
                continue;
            }
            Entity older = s.entity(its, "old");
            List<Entity> before = s.entitiesIn(0, its.start(), 'M');
            Entity newer = !before.isEmpty() ? before.get(0) : s.topicMechanism();
            if (newer != null && older != null && !older.key().equals(newer.key())) {
                new Statements(sentence, out, NAME, before.isEmpty() ? 0.6 : 0.8).link(newer.key(), Property.PREDECESSOR, older);
            }
        }
        for (Pattern shape : SHAPES) {
            Matcher m = s.matcher(shape);
            while (m.find()) {
                Entity older = s.entity(m, "old");
                Entity newer = s.entity(m, "new");
                if (!older.key().equals(newer.key())) {
                    new Statements(sentence, out, NAME, 0.9).link(newer.key(), Property.PREDECESSOR, older);
                }
            }
        }
    }
}
