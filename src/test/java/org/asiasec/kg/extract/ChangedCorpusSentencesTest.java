package org.asiasec.kg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.asiasec.kg.corpus.CorpusReader;
import org.asiasec.kg.corpus.MetadataCatalog;
import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.model.CollectingSink;
import org.asiasec.kg.model.Fact;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The acceptance of issue 5 on the real pipeline: a sentence of a corpus text, as written and with
 * its date, ordinal or city changed inside the whole text, goes through the standard extractor
 * (recognition, linking, dates, relation rules); the facts read from that sentence follow the
 * change. One case per fact kind and per changed part; a concept's components have no date,
 * ordinal or city, so one component word is changed instead.
 */
class ChangedCorpusSentencesTest {

    private static final Path CORPUS = Path.of("corpus");
    private static final StandardExtractor EXTRACTOR = new StandardExtractor();

    /** The facts of the sentence holding {@code changed}, after replacing {@code original} by it in the text. */
    private static Set<String> factsOf(String file, String original, String changed) {
        SourceText text = new CorpusReader().read(CORPUS.resolve(file), MetadataCatalog.load(CORPUS));
        assertTrue(text.text().contains(original), "the corpus text no longer holds: " + original);
        SourceText edited = new SourceText(text.fileName(), text.text().replace(original, changed), text.metadata());
        int at = edited.text().indexOf(changed);
        CollectingSink sink = new CollectingSink();
        EXTRACTOR.extract(edited, sink);
        Set<String> out = new TreeSet<>();
        for (Fact f : sink.facts()) {
            if (f.evidence().sentenceStart() <= at && at < f.evidence().sentenceEnd()) {
                out.add(f.subjectKey() + " " + f.property().localName() + " " + WholeTextFacts.show(f.value()));
            }
        }
        return out;
    }


    private static void assertHas(Set<String> facts, String expectedFacts) {
        for (String expected : expectedFacts.split("\\s*\\|\\s*")) {
            assertTrue(facts.contains(expected), "missing «" + expected + "» among " + facts);
        }
    }

    @DisplayName("会议：改变日期、城市或序号，会议节点、日期、地点、序号随之改变")
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = ';', value = {
            "004_17b06f580055d9ce.txt; 2018年6月，上合组织青岛峰会又通过了; 2018年6月，上合组织青岛峰会又通过了; "
                    + "SCO-summit-2018 date 2018-06 | SCO-summit-2018 place Qingdao | SCO-summit-2018 mechanism SCO",
            "004_17b06f580055d9ce.txt; 2018年6月，上合组织青岛峰会又通过了; 2019年6月，上合组织比什凯克峰会又通过了; "
                    + "SCO-summit-2019 date 2019-06 | SCO-summit-2019 place Bishkek | SCO-summit-2019 mechanism SCO",
            "001_156f24a78463b63c.txt; 在2014年5月召开的亚洲相互协作与信任措施会议第四次峰会上; 在2014年5月召开的亚洲相互协作与信任措施会议第四次峰会上; "
                    + "CICA-summit-2014 date 2014-05 | CICA-summit-2014 ordinal 4",
            "001_156f24a78463b63c.txt; 在2014年5月召开的亚洲相互协作与信任措施会议第四次峰会上; 在2019年6月召开的亚洲相互协作与信任措施会议第五次峰会上; "
                    + "CICA-summit-2019 date 2019-06 | CICA-summit-2019 ordinal 5",
    })
    void meeting(String file, String original, String sentence, String expected) {
        assertHas(factsOf(file, original, sentence), expected);
    }

    @DisplayName("文件：改变年份，文件日期和通过它的会议随之改变；改变城市，签署地随之改变")
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = ';', value = {
            "001_156f24a78463b63c.txt; 2014年中国推动在华举行的西太平洋海军论坛年会; 2014年中国推动在华举行的西太平洋海军论坛年会; "
                    + "haishang-yiwai-xiangyu-guize date 2014 | haishang-yiwai-xiangyu-guize adoptedAt WPNS-meeting-2014",
            "001_156f24a78463b63c.txt; 2014年中国推动在华举行的西太平洋海军论坛年会; 2016年中国推动在华举行的西太平洋海军论坛年会; "
                    + "haishang-yiwai-xiangyu-guize date 2016 | haishang-yiwai-xiangyu-guize adoptedAt WPNS-meeting-2016",
            "004_17b06f580055d9ce.txt; 分别在上海、莫斯科签署了; 分别在上海、莫斯科签署了; "
                    + "guanyu-zai-bianjing-diqu-jiaqiang-junshi-lingyu-xinren-xieding place Shanghai"
                    + " | guanyu-zai-bianjing-diqu-jiaqiang-junshi-lingyu-xinren-xieding date 1996",
            "004_17b06f580055d9ce.txt; 分别在上海、莫斯科签署了; 分别在北京、莫斯科签署了; "
                    + "guanyu-zai-bianjing-diqu-jiaqiang-junshi-lingyu-xinren-xieding place Beijing"
                    + " | guanyu-zai-bianjing-diqu-jiaqiang-junshi-lingyu-xinren-xieding date 1996",
    })
    void document(String file, String original, String sentence, String expected) {
        Set<String> facts = factsOf(file, original, sentence);
        assertHas(facts, expected);
        if (!sentence.contains("上海")) {
            assertTrue(facts.stream().noneMatch(f -> f.endsWith(" place Shanghai")), facts.toString());
        }
    }

    @DisplayName("成员资格：改变年份或任期，成员资格的日期随之改变")
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = ';', value = {
            "004_17b06f580055d9ce.txt; 2017 年，上合组织实现了首次扩员; 2017 年，上合组织实现了首次扩员; "
                    + "India memberOf SCO | membership-India-SCO-member date 2017 | membership-Pakistan-SCO-member date 2017",
            "004_17b06f580055d9ce.txt; 2017 年，上合组织实现了首次扩员; 2019 年，上合组织实现了首次扩员; "
                    + "India memberOf SCO | membership-India-SCO-member date 2019 | membership-Pakistan-SCO-member date 2019",
            "000_3b34d2a578236ef7.txt; 接任 2014—2016 年亚信主席国; 接任 2014—2016 年亚信主席国; "
                    + "China chairOf CICA | membership-China-CICA-chair date 2014 | membership-China-CICA-chair endDate 2016",
            "000_3b34d2a578236ef7.txt; 接任 2014—2016 年亚信主席国; 接任 2016—2018 年亚信主席国; "
                    + "China chairOf CICA | membership-China-CICA-chair date 2016 | membership-China-CICA-chair endDate 2018",
    })
    void membership(String file, String original, String sentence, String expected) {
        assertHas(factsOf(file, original, sentence), expected);
    }

    @DisplayName("成立：改变成立日期、倡议的年份和联大届次，成立事实随之改变")
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = ';', value = {
            "004_17b06f580055d9ce.txt; 2001年6月，上合组织正式成立; 2001年6月，上合组织正式成立; SCO foundedOn 2001-06",
            "004_17b06f580055d9ce.txt; 2001年6月，上合组织正式成立; 2002年7月，上合组织正式成立; SCO foundedOn 2002-07",
            "000_3b34d2a578236ef7.txt; 亚信是 1992 年哈萨; 亚信是 1992 年哈萨; "
                    + "CICA proposedOn 1992 | CICA proposedAt UN-General-Assembly-meeting-1992 | UN-General-Assembly-meeting-1992 ordinal 47",
            "000_3b34d2a578236ef7.txt; 在第 47 届联合国大会上倡议成立的; 在第 48 届联合国大会上倡议成立的; "
                    + "CICA proposedOn 1992 | CICA proposedAt UN-General-Assembly-meeting-1992 | UN-General-Assembly-meeting-1992 ordinal 48",
            "000_3b34d2a578236ef7.txt; 亚信是 1992 年哈萨; 亚信是 1993 年哈萨; "
                    + "CICA proposedOn 1993 | CICA proposedAt UN-General-Assembly-meeting-1993 | UN-General-Assembly-meeting-1993 ordinal 47",
    })
    void founding(String file, String original, String sentence, String expected) {
        assertHas(factsOf(file, original, sentence), expected);
    }

    @DisplayName("理念的提出：改变日期或城市，提出的日期和会议随之改变")
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = ';', value = {
            "004_17b06f580055d9ce.txt; 1997年3月，中国领导人在北京东; 1997年3月，中国领导人在北京东; "
                    + "xin-anquan-guan proposedOn 1997-03 | xin-anquan-guan proposedAt ARF-meeting-1997 | ARF-meeting-1997 place Beijing",
            "004_17b06f580055d9ce.txt; 1997年3月，中国领导人在北京东; 1998年7月，中国领导人在马尼拉东; "
                    + "xin-anquan-guan proposedOn 1998-07 | xin-anquan-guan proposedAt ARF-meeting-1998 | ARF-meeting-1998 place Manila",
    })
    void conceptProposal(String file, String original, String sentence, String expected) {
        assertHas(factsOf(file, original, sentence), expected);
    }

    @DisplayName("理念的内涵：改变一个组成部分，hasComponent 随之改变")
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = ';', value = {
            "000_3b34d2a578236ef7.txt; 以互信、互利、平等、协作为核心; 以互信、互利、平等、协作为核心; "
                    + "xin-anquan-guan hasComponent huxin | xin-anquan-guan hasComponent xiezuo",
            "000_3b34d2a578236ef7.txt; 以互信、互利、平等、协作为核心; 以互信、互利、平等、包容为核心; "
                    + "xin-anquan-guan hasComponent huxin | xin-anquan-guan hasComponent baorong",
    })
    void conceptComponent(String file, String original, String sentence, String expected) {
        Set<String> facts = factsOf(file, original, sentence);
        assertHas(facts, expected);
        if (!sentence.contains("协作")) {
            assertTrue(facts.stream().noneMatch(f -> f.endsWith("hasComponent xiezuo")), facts.toString());
        }
    }
}
