package org.asiasec.kg.extract.relation;

import java.util.List;
import java.util.regex.Pattern;

import org.asiasec.kg.extract.keys.EntityKeys;
import org.asiasec.kg.extract.time.DocumentDate;
import org.asiasec.kg.model.Entity;
import org.asiasec.kg.model.EntityType;
import org.asiasec.kg.model.ExtractionSink;
import org.asiasec.kg.model.Property;
import org.asiasec.kg.model.Value;

/**
 * A text that is itself a document says so in its head: a speech by its subtitle (携手共进 ⏎ ——在某论坛年会开幕式上的致辞),
 * a white paper by its issuer line (中华人民共和国国务院新闻办公室) or its title (《…》白皮书). Then its title is a
 * Document (a Speech, a WhitePaper) dated by the date the head gives ({@link DocumentDate}: the byline
 * （2029年3月27日，北京）, the issue line 2017年1月), and a speech was delivered at the meeting its subtitle names.
 * A head with no such line (a news headline, an encyclopaedia entry) makes the title no document.
 */
public final class TextAsDocumentRule implements RelationRule {

    public static final String NAME = "text-as-document";

    /** ——在某会议上的讲话 (in either script: the head is read from the source text). */
    private static final Pattern SPEECH_SUBTITLE = Pattern.compile("^[—－-]{1,2}\\s*在.{2,60}?(?:上|时|之际)?的?"
            + "(?:主旨讲话|主旨演讲|讲话|致辞|演讲|发言|致词|講話|致辭|演講|發言|致詞)\\s*$");
    private static final Pattern PAPER_ISSUER = Pattern.compile("国务院新闻办公室|國務院新聞辦公室|白皮书|白皮書");
    /** What a title line carries besides the title: 《》, 白皮书, （节选）. */
    private static final Pattern TITLE_DRESS = Pattern.compile("[《》]|白皮书|（节选）|\\(节选\\)|（摘要）");
    private static final int HEAD_LINES = 6;

    private final TextMemory<Head[]> heads = new TextMemory<>(() -> new Head[1]);

    /** What the head of a text says about it: what kind of document it is, its date; then the document its title names. */
    private static final class Head {
        final String kind;
        final String date;
        String documentKey;
        boolean titleSeen;

        Head(String kind, String date) {
            this.kind = kind;
            this.date = date;
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(MaskedSentence s, ExtractionSink out) {
        Head[] remembered = heads.of(s.analysed());
        if (remembered[0] == null) {
            remembered[0] = head(s.analysed().source().text());
        }
        Head head = remembered[0];
        if (head.kind == null) {
            return;
        }
        if (!head.titleSeen) {
            head.titleSeen = true;
            Entity document = titleDocument(s, head);
            head.documentKey = document.key();
            Statements st = new Statements(s.analysed(), out, NAME, 0.8);
            st.entity(document);
            if (head.date != null) {
                st.fact(document.key(), Property.DATE, date(head.date));
            }
            return;
        }
        if ("Speech".equals(head.kind) && SPEECH_SUBTITLE.matcher(s.text().strip()).matches() && !s.meetings().isEmpty()) {
            new Statements(s.analysed(), out, NAME, 0.75).link(head.documentKey, Property.ADOPTED_AT, s.meetings().get(0).entity());
        }
    }

    @Override
    public void finish(org.asiasec.kg.corpus.SourceText source, ExtractionSink out) {
        heads.forget(source);
    }

    private static Head head(String source) {
        List<String> lines = source.lines().map(String::strip).filter(l -> !l.isEmpty()).limit(HEAD_LINES).toList();
        if (lines.isEmpty()) {
            return new Head(null, null);
        }
        String kind = null;
        for (String line : lines.subList(1, lines.size())) {
            if (SPEECH_SUBTITLE.matcher(line).matches()) {
                kind = "Speech";
                break;
            }
        }
        if (kind == null && lines.stream().anyMatch(l -> PAPER_ISSUER.matcher(l).find()) && !lines.get(0).contains("。")) {
            kind = "WhitePaper";
        }
        return new Head(kind, kind == null ? null : DocumentDate.in(source));
    }

    /** The document the title names: the one the recognisers found in it (《…》白皮书), else one made from the title line. */
    private static Entity titleDocument(MaskedSentence s, Head head) {
        for (int i = 0; i < s.masked().length(); i++) {
            Entity e = s.masked().charAt(i) == 'T' ? s.entityAt(i) : null;
            if (e != null && e.type() == EntityType.DOCUMENT) {
                return e;
            }
        }
        String title = TITLE_DRESS.matcher(s.text().strip()).replaceAll("").strip();
        return new Entity(EntityKeys.mint(title), EntityType.DOCUMENT, head.kind, title, null, null, null);
    }

    private static Value.Date date(String lexical) {
        String[] p = lexical.split("-");
        return switch (p.length) {
            case 1 -> Value.Date.year(Integer.parseInt(p[0]));
            case 2 -> Value.Date.month(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
            default -> Value.Date.day(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
        };
    }
}
