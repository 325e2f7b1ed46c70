package org.asiasec.kg.extract;

import java.util.Set;
import java.util.TreeSet;

import org.asiasec.kg.corpus.SourceMetadata;
import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.model.CollectingSink;
import org.asiasec.kg.model.Fact;
import org.asiasec.kg.model.Value;

/** What the standard extractor reads from a whole text, in the short form the frame tests assert. */
public final class WholeTextFacts {

    private static final StandardExtractor EXTRACTOR = new StandardExtractor();

    private WholeTextFacts() {
    }

    /** Facts of {@code property} read from {@code text} (a literal \\n, as in a CSV row, is a line break), as "subject property value". */
    static Set<String> facts(String text, String property) {
        text = text.replace("\\n", "\n");
        CollectingSink sink = new CollectingSink();
        EXTRACTOR.extract(new SourceText("t.txt", text, SourceMetadata.unknown("t.txt")), sink);
        Set<String> out = new TreeSet<>();
        for (Fact f : sink.facts()) {
            if (f.property().localName().equals(property)) {
                out.add(f.subjectKey() + " " + property + " " + show(f.value()));
            }
        }
        return out;
    }

    /** An entity by its key, a date by its lexical form, a number by its digits, a text in quotes, an ontology term by its local name. */
    public static String show(Value v) {
        if (v instanceof Value.EntityRef r) {
            return r.key();
        }
        if (v instanceof Value.Date d) {
            return d.lexical();
        }
        if (v instanceof Value.Int i) {
            return Long.toString(i.value());
        }
        if (v instanceof Value.Text t) {
            return "\"" + t.text() + "\"";
        }
        if (v instanceof Value.Term t) {
            return t.localName();
        }
        return v.toString();
    }
}
