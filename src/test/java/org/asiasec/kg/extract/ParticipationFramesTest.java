package org.asiasec.kg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;

import org.asiasec.kg.corpus.SourceMetadata;
import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.model.CollectingSink;
import org.asiasec.kg.model.Fact;
import org.asiasec.kg.model.Value;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The participation frame on whole texts through the standard extractor: who hosts, chairs, speaks at or
 * attends the meeting a text speaks of. Each form with a text that must give nothing; the sentences are
 * written for these tests.
 */
class ParticipationFramesTest {

    private static final StandardExtractor EXTRACTOR = new StandardExtractor();
    private static final String HELD = "上海合作组织成立于2001年。2031年6月7日，第二次峰会在圣彼得堡举行。";
    private static final String HELD_TRADITIONAL = "上海合作組織成立於2001年。2031年6月7日，第二次峰會在聖彼得堡舉行。";

    /** The participants and hosts read from {@code text}, as "meeting property who". */
    private static Set<String> participation(String text) {
        CollectingSink sink = new CollectingSink();
        EXTRACTOR.extract(new SourceText("t.txt", text, SourceMetadata.unknown("t.txt")), sink);
        Set<String> out = new TreeSet<>();
        for (Fact f : sink.facts()) {
            String p = f.property().localName();
            if ((p.equals("participant") || p.equals("host")) && f.value() instanceof Value.EntityRef r) {
                out.add(f.subjectKey() + " " + p + " " + r.key());
            }
        }
        return out;
    }

    @Test
    @DisplayName("东道主、某国总统某人：国家和人物都是东道主；主席国名下的国家随主持者一同主持")
    void hostInApposition() {
        assertEquals(Set.of("SCO-summit-2031 host Russia", "SCO-summit-2031 host Vladimir-Putin"),
                participation(HELD + "峰会东道主、俄罗斯总统普京在闭幕记者会上宣布了会议成果。"));
        assertEquals(Set.of("SCO-summit-2031 participant Kazakhstan", "SCO-summit-2031 participant Kassym-Jomart-Tokayev"),
                participation(HELD_TRADITIONAL + "輪值主席國哈薩克斯坦總統托卡耶夫主持會議。"));
        assertEquals(Set.of(), participation(HELD + "俄罗斯总统普京在记者会上宣布了会议成果。"));
    }

    @Test
    @DisplayName("无主语分句主办会议：取前一分句的主语（某国担任主席国，于某日在某地主办）；前句另有主语不取")
    void hostOfSubjectlessClause() {
        assertEquals(Set.of("SCO-summit-2031 host Kazakhstan"),
                participation("上海合作组织成立于2001年。哈萨克斯坦担任上合组织主席国，于2031年6月7日在阿斯塔纳主办上海合作组织第二次峰会。"));
        assertEquals(Set.of(), participation(
                "上海合作组织成立于2001年。哈萨克斯坦担任上合组织主席国，俄罗斯则于2031年6月7日在阿斯塔纳主办上海合作组织第二次峰会。")
                .stream().filter(f -> f.endsWith("Kazakhstan")).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    @DisplayName("在会上提出、发表主旨演讲、以视频方式参会、与会的某国代表团；在此基础上提出不算")
    void speakersAndDelegations() {
        assertEquals(Set.of("SCO-summit-2031 participant Vladimir-Putin"),
                participation(HELD + "俄罗斯总统普京在峰会上提出了新的合作倡议。"));
        assertEquals(Set.of(), participation(HELD + "俄罗斯总统普京在此基础上提出了新的合作倡议。"));
        assertEquals(Set.of("SCO-summit-2031 participant Vladimir-Putin"),
                participation(HELD_TRADITIONAL + "俄羅斯總統普京在開幕式上發表主旨演講。"));
        assertEquals(Set.of("SCO-summit-2031 participant Vladimir-Putin"),
                participation(HELD + "俄罗斯总统普京以视频方式参会。"));
        assertEquals(Set.of("SCO-summit-2031 participant Mongolia", "SCO-summit-2031 participant Turkey"),
                participation(HELD + "今天在座的，还有首次与会的蒙古国和土耳其代表团。"));
        assertEquals(Set.of(), participation(HELD + "蒙古国和土耳其代表团未能与会。"));
    }
}
