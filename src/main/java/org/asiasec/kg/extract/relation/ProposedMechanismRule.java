package org.asiasec.kg.extract.relation;

import static org.asiasec.kg.extract.relation.MaskedSentence.MECHANISM;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asiasec.kg.extract.time.DateMention;
import org.asiasec.kg.model.Entity;
import org.asiasec.kg.model.ExtractionSink;
import org.asiasec.kg.model.Property;

/**
 * Who proposed founding a mechanism, when and at which meeting:
 * <ul>
 * <li>active: person/country … 倡议/提议/倡导/发起 + 成立/建立 + mechanisms —
 *     纳扎尔巴耶夫总统倡议成立亚信; 中国…倡议成立了亚洲基础设施投资银行和丝路基金;</li>
 * <li>passive: mechanism + 是 … 倡议成立的 — 亚信是1992年哈萨克斯坦总统纳扎尔巴耶夫在第47届联合国大会上倡议成立的.</li>
 * </ul>
 * The proposer is the last person named before the verb (else the last country); the date and
 * the meeting are those named between the subject and the verb.
 */
public final class ProposedMechanismRule implements RelationRule {

    public static final String NAME = "mechanism-proposed";


    /** Both shapes need one of these words: a sentence without them proposes nothing. */
    private static final List<String> PROPOSING = List.of("倡议", "提议", "倡导", "发起", "首倡");
    private static final String VERB = "(?:" + String.join("|", PROPOSING) + ")(?:建立|成立|创建|创立)";
    /**
     * Active: (window) VERB (了) mechanisms, where the window is the at most {@value #WINDOW} chars before
     * the verb within the sentence part (not across 。；). The verb is found first and the window
     * taken back from it, as the leftmost match of {@code [^。；]{0,40}?VERB…} would take it.
     */
    private static final Pattern ACTIVE_VERB = Pattern.compile(VERB + "了?(?<mechs>"
            + MECHANISM + "(?:(?:、|和|与|及)" + MECHANISM + ")*)");
    private static final int WINDOW = 40;
    private static final Pattern PASSIVE = Pattern.compile("(?<mechs>" + MECHANISM + ")是(?<window>[^。；]{0,40}?)"
            + "(?:共同)?" + VERB + "的");


    public ProposedMechanismRule() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(MaskedSentence s, ExtractionSink out) {
        List<NamedMeeting> named = s.meetings();
        if (!s.saysAny(PROPOSING)) {
            return;
        }
        Matcher passive = s.matcher(PASSIVE);
        while (passive.find()) {
            if (propose(s, out, named, passive.start("window"), passive.end("window"), passive.start("mechs"),
                    passive.end("mechs"))) {
                return;
            }
        }
        Matcher active = s.matcher(ACTIVE_VERB);
        int searchedTo = 0;
        while (active.find()) {
            int verb = active.start();
            int from = Math.max(searchedTo, verb - WINDOW);
            for (int i = verb - 1; i >= from; i--) {
                char c = s.masked().charAt(i);
                if (c == '。' || c == '；') {
                    from = i + 1;
                    break;
                }
            }
            propose(s, out, named, from, verb, active.start("mechs"), active.end("mechs"));
            searchedTo = active.end();
        }
    }

    /** States who proposed the mechanisms in [mechsFrom, mechsTo), read in the window [from, to); false if no one is named. */
    private static boolean propose(MaskedSentence s, ExtractionSink out, List<NamedMeeting> named,
                                   int from, int to, int mechsFrom, int mechsTo) {
        Entity proposer = last(s.entitiesIn(from, to, 'N'));
        if (proposer == null) {
            proposer = last(s.entitiesIn(from, to, 'C'));
        }
        if (proposer == null) {
            return false;
        }
        DateMention date = s.firstDateIn(from, to);
        if (date == null) {
            date = s.dateGoverning(from);
        }
        NamedMeeting at = named.stream()
                .filter(n -> n.start() >= from && n.end() <= to).reduce((a, b) -> b).orElse(null);
        Statements st = new Statements(s.analysed(), out, NAME, 0.85);
        for (Entity mech : s.entitiesIn(mechsFrom, mechsTo, 'M')) {
            st.link(mech.key(), Property.PROPOSED_BY, proposer);
            st.date(mech.key(), Property.PROPOSED_ON, null, date);
            if (at != null) {
                st.link(mech.key(), Property.PROPOSED_AT, at.entity());
            }
        }
        return true;
    }

    private static Entity last(List<Entity> entities) {
        return entities.isEmpty() ? null : entities.get(entities.size() - 1);
    }
}
