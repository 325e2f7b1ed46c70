package org.asiasec.kg.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.asiasec.kg.corpus.SourceMetadata;
import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.model.Entity;
import org.asiasec.kg.model.EntityType;
import org.asiasec.kg.model.Evidence;
import org.asiasec.kg.model.ExtractionSink;
import org.asiasec.kg.model.Fact;
import org.asiasec.kg.model.Mention;
import org.asiasec.kg.model.Property;
import org.asiasec.kg.model.Value;

/**
 * Hand-built extraction results for two short texts, as extraction would deliver them: every
 * entity announced in each sentence where it occurs, with mentions and facts carrying evidence.
 * The first text begins with a character outside the BMP (𠮷, two Java chars) so that char and
 * code point offsets differ for every sentence after it.
 */
public final class SampleCorpus {

    static final String CICA_TEXT = "𠮷前言。"
            + "2001年6月15日，上海合作组织在上海成立，哈萨克斯坦和中国是创始成员国。"
            + "2014年5月21日，亚洲相互协作与信任措施会议第四次峰会在上海举行，习近平主席在峰会上提出亚洲安全观。"
            + "峰会通过了《亚信第四次峰会上海宣言》。"
            + "新安全观的核心是互信、互利、平等、协作。"
            + "2017年6月，印度正式成为上合组织成员国。";
    public static final String CICA_FILE = "900_cica-sample.txt";

    static final String SCO_TEXT = "上合组织成立二十年来，成员国之间的安全合作不断深化。";
    public static final String SCO_FILE = "901_sco-sample.txt";

    public static final Entity SCO = new Entity("SCO", EntityType.MECHANISM, "Organisation", "上海合作组织",
            "Shanghai Cooperation Organisation", labels("上合组织", "SCO"), "Q485207");
    static final Entity CICA = new Entity("CICA", EntityType.MECHANISM, "Conference", "亚洲相互协作与信任措施会议",
            "Conference on Interaction and Confidence-Building Measures in Asia", labels("亚信", "CICA"), "Q1055264");
    static final Entity SUMMIT = new Entity("CICA-summit-4", EntityType.MEETING, "Summit", "亚信第四次峰会",
            "Fourth CICA Summit", labels(), null);
    static final Entity SHANGHAI = new Entity("shanghai", EntityType.PLACE, null, "上海", "Shanghai", labels(), "Q8686");
    static final Entity XI = new Entity("xi-jinping", EntityType.PERSON, null, "习近平", "Xi Jinping", labels(), "Q15031");
    public static final Entity CHINA = new Entity("china", EntityType.COUNTRY, null, "中国", "China", labels("中华人民共和国"), "Q148");
    static final Entity KAZAKHSTAN = new Entity("kazakhstan", EntityType.COUNTRY, null, "哈萨克斯坦", "Kazakhstan", labels(), "Q232");
    public static final Entity INDIA = new Entity("india", EntityType.COUNTRY, null, "印度", "India", labels(), "Q668");
    static final Entity ASIAN_SECURITY_CONCEPT = new Entity("yazhou-anquan-guan", EntityType.CONCEPT, "SecurityConcept",
            "亚洲安全观", "Asian Security Concept", labels(), null);
    static final Entity NEW_SECURITY_CONCEPT = new Entity("xin-anquan-guan", EntityType.CONCEPT, "SecurityConcept",
            "新安全观", "New Security Concept", labels(), null);
    static final Entity SHANGHAI_DECLARATION = new Entity("yaxin-di-si-ci-fenghui-shanghai-xuanyan", EntityType.DOCUMENT,
            "Declaration", "亚信第四次峰会上海宣言", null, labels(), null);
    static final Entity INDIA_IN_SCO = new Entity("membership/india-SCO-member", EntityType.MEMBERSHIP, null,
            "印度的上海合作组织成员国资格", null, labels(), null);
    static final List<Entity> COMPONENTS = List.of(
            principle("hu-xin", "互信"), principle("hu-li", "互利"), principle("ping-deng", "平等"), principle("xie-zuo", "协作"));

    private SampleCorpus() {
    }

    static SourceText cicaSource() {
        return cicaSource(CICA_FILE);
    }

    /** The CICA sample under another file name: a copy of the text, as a corpus may hold one. */
    static SourceText cicaSource(String fileName) {
        return new SourceText(fileName, CICA_TEXT,
                new SourceMetadata(fileName, "亚信与上合组织样例", "测试作者", "2021-06", null, "zh"));
    }

    static SourceText scoSource() {
        return new SourceText(SCO_FILE, SCO_TEXT, new SourceMetadata(SCO_FILE, "上合组织二十年样例", null, "2021", null, "zh"));
    }

    /** Maps both texts into a fresh in-memory dataset. */
    public static DatasetGraph mapped() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        emitAll(new RdfMapper(IriScheme.standard(), StreamRDFLib.dataset(dsg)));
        return dsg;
    }

    static void emitAll(ExtractionSink sink) {
        emitCica(sink);
        emitSco(sink);
    }

    public static void emitCica(ExtractionSink sink) {
        emitCica(sink, CICA_FILE);
    }

    public static void emitCica(ExtractionSink sink, String fileName) {
        SourceText source = cicaSource(fileName);
        var text = new Reader(source, sink);
        sink.start(source);

        var founding = text.sentence("2001年6月15日，上海合作组织在上海成立，哈萨克斯坦和中国是创始成员国。", "sco-founding", 0.9);
        founding.mention(SCO, "上海合作组织").mention(SHANGHAI, "上海").mention(KAZAKHSTAN, "哈萨克斯坦").mention(CHINA, "中国");
        founding.fact(SCO, Property.FOUNDED_ON, Value.Date.day(2001, 6, 15));
        founding.fact(SCO, Property.FOUNDED_AT, ref(SHANGHAI));
        founding.fact(KAZAKHSTAN, Property.FOUNDING_MEMBER_OF, ref(SCO));
        founding.fact(CHINA, Property.FOUNDING_MEMBER_OF, ref(SCO));

        var summit = text.sentence("2014年5月21日，亚洲相互协作与信任措施会议第四次峰会在上海举行，习近平主席在峰会上提出亚洲安全观。",
                "meeting-ordinal-summit", 0.85);
        summit.mention(CICA, "亚洲相互协作与信任措施会议").mention(SUMMIT, "第四次峰会").mention(SHANGHAI, "上海")
                .mention(XI, "习近平").mention(ASIAN_SECURITY_CONCEPT, "亚洲安全观");
        summit.fact(SUMMIT, Property.MECHANISM, ref(CICA));
        summit.fact(SUMMIT, Property.ORDINAL, new Value.Int(4));
        summit.fact(SUMMIT, Property.DATE, Value.Date.day(2014, 5, 21));
        summit.fact(SUMMIT, Property.PLACE, ref(SHANGHAI));
        summit.fact(SUMMIT, Property.PARTICIPANT, ref(XI));
        summit.fact(XI, Property.POSITION, new Value.Text("主席", "zh"));
        summit.fact(ASIAN_SECURITY_CONCEPT, Property.PROPOSED_BY, ref(XI));
        summit.fact(ASIAN_SECURITY_CONCEPT, Property.PROPOSED_AT, ref(SUMMIT));
        summit.fact(ASIAN_SECURITY_CONCEPT, Property.PROPOSED_ON, Value.Date.day(2014, 5, 21));

        var adopted = text.sentence("峰会通过了《亚信第四次峰会上海宣言》。", "document-adopted-at", 0.8);
        adopted.mention(SUMMIT, "峰会").mention(SHANGHAI_DECLARATION, "亚信第四次峰会上海宣言");
        adopted.fact(SHANGHAI_DECLARATION, Property.ADOPTED_AT, ref(SUMMIT));

        var components = text.sentence("新安全观的核心是互信、互利、平等、协作。", "concept-components", 0.75);
        components.mention(NEW_SECURITY_CONCEPT, "新安全观");
        for (Entity component : COMPONENTS) {
            components.mention(component, component.labelZh());
            components.fact(NEW_SECURITY_CONCEPT, Property.HAS_COMPONENT, ref(component));
        }

        var joined = text.sentence("2017年6月，印度正式成为上合组织成员国。", "membership-joined", 0.9);
        joined.mention(INDIA, "印度").mention(SCO, "上合组织");
        joined.entity(INDIA_IN_SCO);
        joined.fact(INDIA, Property.MEMBER_OF, ref(SCO));
        text.sentence("2017年6月，印度正式成为上合组织成员国。", "membership-became-member", 0.7)
                .fact(INDIA, Property.MEMBER_OF, ref(SCO));
        joined.fact(INDIA_IN_SCO, Property.COUNTRY, ref(INDIA));
        joined.fact(INDIA_IN_SCO, Property.MECHANISM, ref(SCO));
        joined.fact(INDIA_IN_SCO, Property.ROLE, new Value.Term("MemberRole"));
        joined.fact(INDIA_IN_SCO, Property.DATE, Value.Date.month(2017, 6));

        sink.finish(source);
    }

    static void emitSco(ExtractionSink sink) {
        SourceText source = scoSource();
        var text = new Reader(source, sink);
        sink.start(source);
        text.sentence(SCO_TEXT, "lexicon", 1.0).mention(SCO, "上合组织");
        sink.finish(source);
    }

    static Value.EntityRef ref(Entity entity) {
        return new Value.EntityRef(entity.key());
    }

    private static SortedSet<String> labels(String... labels) {
        return new TreeSet<>(List.of(labels));
    }

    private static Entity principle(String key, String label) {
        return new Entity(key, EntityType.CONCEPT, "Principle", label, null, labels(), null);
    }

    /** Locates sentences and surfaces in the text, as a recogniser would report them. */
    private record Reader(SourceText source, ExtractionSink sink) {

        Sentence sentence(String sentence, String rule, double confidence) {
            int start = source.text().indexOf(sentence);
            if (start < 0) {
                throw new IllegalArgumentException("not in the text: " + sentence);
            }
            return new Sentence(this, start, sentence, rule, confidence);
        }
    }

    record Sentence(Reader reader, int start, String text, String rule, double confidence) {

        Evidence evidence(String recogniser) {
            return new Evidence(reader.source().fileName(), start, start + text.length(), recogniser, confidence);
        }

        Sentence entity(Entity entity) {
            reader.sink().entity(entity);
            return this;
        }

        Sentence mention(Entity entity, String surface) {
            int at = text.indexOf(surface);
            reader.sink().entity(entity);
            reader.sink().mention(new Mention(entity.key(), surface, start + at, start + at + surface.length(),
                    evidence("lexicon")));
            return this;
        }

        Sentence fact(Entity subject, Property property, Value value) {
            reader.sink().fact(new Fact(subject.key(), property, value, evidence(rule)));
            return this;
        }
    }

    static List<String> sortedNQuads(DatasetGraph dsg) {
        var out = new java.io.ByteArrayOutputStream();
        org.apache.jena.riot.RDFDataMgr.write(out, dsg, org.apache.jena.riot.Lang.NQUADS);
        List<String> lines = new ArrayList<>(List.of(out.toString(java.nio.charset.StandardCharsets.UTF_8).split("\n")));
        lines.sort(null);
        return lines;
    }
}
