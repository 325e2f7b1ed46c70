package org.asiasec.kg.extract.recognise;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asiasec.kg.model.EntityType;

/**
 * Every 《…》 title is a Document (even when spelled like a known concept: 《一带一路》 is a book), typed by its head word (宣言 → Declaration, 条约 → Treaty …) or by the
 * word that follows it (《…》白皮书). Titles of periodicals, recognisable in citations by the issue
 * that follows them (《国际问题研究》，2014年第3期；《人民日报》，2015年3月29日，第2版), are left out.
 */
public class TitleRecogniser implements Recogniser {

    private static final Pattern TITLE = Pattern.compile("《([^《》]{1,100})》");
    private static final Pattern ISSUE = Pattern.compile(
            "^\\s*[，,]\\s*\\d{4}\\s*年\\s*(第|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*[，,]\\s*第\\s*\\d+\\s*版)");
    /** Head words and the Document subclass they give; longer heads first. */
    private static final List<String[]> HEADS = List.of(
            new String[] {"联合声明", "Statement"}, new String[] {"宣言", "Declaration"},
            new String[] {"条约", "Treaty"}, new String[] {"协定", "Agreement"}, new String[] {"协议", "Agreement"},
            new String[] {"宪章", "Charter"}, new String[] {"声明", "Statement"}, new String[] {"公约", "Convention"},
            new String[] {"白皮书", "WhitePaper"}, new String[] {"讲话", "Speech"}, new String[] {"演讲", "Speech"},
            new String[] {"致辞", "Speech"}, new String[] {"倡议", "Document"}, new String[] {"纲要", "Document"},
            new String[] {"规划", "Document"}, new String[] {"文件", "Document"}, new String[] {"规则", "Document"},
            new String[] {"目录", "Document"}, new String[] {"准则", "Document"}, new String[] {"备忘录", "Agreement"});

    @Override
    public String name() {
        return "title";
    }

    @Override
    public void recognise(TextAnalysis text, List<Candidate> out) {
        Matcher m = TITLE.matcher(text.text());
        while (m.find()) {
            String title = m.group(1).strip();
            String after = text.text().substring(m.end(), Math.min(text.text().length(), m.end() + 30));
            if (title.isEmpty()) {
                continue;
            }
            if (ISSUE.matcher(after).find()) {
                out.add(Candidate.block(m.start(), m.end(), title, "periodical"));
                continue;
            }
            String kind = kind(title, after);
            out.add(new Candidate(m.start(1), m.end(1), EntityType.DOCUMENT, kind, title, name(), 0.97,
                    text.lexicon().byName(title).filter(e -> e.type() == EntityType.DOCUMENT).orElse(null)));
        }
    }

    static String kind(String title, String after) {
        for (String[] head : HEADS) {
            if (title.endsWith(head[0])) {
                return head[1];
            }
        }
        for (String[] head : HEADS) {
            if (after.startsWith(head[0])) {
                return head[1];
            }
        }
        return "Document";
    }
}
