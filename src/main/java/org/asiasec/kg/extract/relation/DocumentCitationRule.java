package org.asiasec.kg.extract.relation;

import static org.asiasec.kg.extract.relation.MaskedSentence.DATE;
import static org.asiasec.kg.extract.relation.MaskedSentence.DOCUMENT;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asiasec.kg.extract.sentence.AnalysedSentence;
import org.asiasec.kg.model.Entity;
import org.asiasec.kg.model.ExtractionSink;
import org.asiasec.kg.model.Property;

/**
 * The date of a document from a citation, as footnotes give it: 《…宣言》，中华人民共和国外交部网站，2017年6月9日;
 * 《…》，2025年4月9日; 《…的讲话》，新华社，2014年5月21日. Only documents in the ontology's sense — titles
 * ending in (or followed by) a document word such as 宣言, 声明, 条约, 协定, 宪章, 公约, 文件, 规则, 讲话,
 * 白皮书 — so that the dates of cited newspaper articles are not mistaken for documents' dates; a
 * headline that reports an act (…发表重要讲话) is an article too.
 */
public final class DocumentCitationRule implements RelationRule {

    public static final String NAME = "document-citation-date";


    private static final Pattern CITATION = Pattern.compile("《?(?<doc>" + DOCUMENT + ")》?(?<kind>[\\u4e00-\\u9fff]{0,3})"
            + "[，,]\\s*(?:载?《?" + DOCUMENT + "》?[，,]?\\s*|[^，,。；《》\\[\\]]{1,24}[，,]\\s*)?(?<date>" + DATE + ")");
    /**
     * 《…》（2019年6月14日）, 《…》（2009年7月23日，第十六届外长会议在甲城通过）: the date in brackets right after the
     * title; with an adopting verb in the brackets the title is a document whatever its last word (…原则, …计划).
     */
    private static final Pattern BRACKETED = Pattern.compile("《?(?<doc>" + DOCUMENT + ")》?[（(]\\s*(?<date>" + DATE
            + ")(?<rest>[^）)]{0,40})[）)]");
    private static final Pattern ADOPTED_IN_BRACKETS = Pattern.compile("通过|签署|签订|发表|批准|发布");
    /** 作者：《题目》，2014年5月21日 — a citation of a person's work (a speech, an article): a document of that person. */
    private static final Pattern AUTHORED = Pattern.compile("(?:^|[\\s\\]】])" + MaskedSentence.PERSON + "[：:]\\s*《?(?<doc>"
            + DOCUMENT + ")》?[，,]\\s*(?<date>" + DATE + ")");

    private static final Pattern DOCUMENT_WORD = Pattern.compile(
            ".*(宣言|声明|条约|协定|宪章|公约|文件|规则|目录|讲话|演讲|致辞|白皮书|纲要|决议|议定书|备忘录|公报|构想|协议|联合声明)》?$");

    /** A headline reports an act (…发表重要讲话, …提交…立场文件); the article is not the document. */
    private static final Pattern NEWS_HEADLINE = Pattern.compile("发表|提交|举行|出席|接受|会见");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(MaskedSentence s, ExtractionSink out) {
        AnalysedSentence sentence = s.analysed();
        if (!s.names('T') || !s.names('D')) { // a citation names a document and a date
            return;
        }
        Matcher b = s.matcher(BRACKETED);
        while (b.find()) {
            Entity doc = s.entity(b, "doc");
            String surface = s.mentionAt(b.start("doc")).surface();
            if (!s.insideTitle(b.start()) && (ADOPTED_IN_BRACKETS.matcher(b.group("rest")).find()
                    || DOCUMENT_WORD.matcher(surface).matches() || DOCUMENT_WORD.matcher(doc.labelZh()).matches())) {
                new Statements(sentence, out, NAME, 0.8).date(doc.key(), Property.DATE, null, s.date(b, "date"));
            }
        }
        Matcher a = s.matcher(AUTHORED);
        while (a.find()) {
            Entity doc = s.entity(a, "doc");
            if (!NEWS_HEADLINE.matcher(s.mentionAt(a.start("doc")).surface()).find()) {
                new Statements(sentence, out, NAME, 0.75).date(doc.key(), Property.DATE, null, s.date(a, "date"));
            }
        }
        Matcher m = s.matcher(CITATION);
        while (m.find()) {
            Entity doc = s.entity(m, "doc");
            String surface = s.mentionAt(m.start("doc")).surface();
            if (NEWS_HEADLINE.matcher(surface).find()) {
                continue;
            }
            if (DOCUMENT_WORD.matcher(surface).matches() || DOCUMENT_WORD.matcher(doc.labelZh()).matches()
                    || DOCUMENT_WORD.matcher(m.group("kind")).matches()) {
                new Statements(sentence, out, NAME, 0.8).date(doc.key(), Property.DATE, null, s.date(m, "date"));
            }
        }
    }
}
