package org.asiasec.kg.nlp;

import java.util.ArrayList;
import java.util.List;

import org.asiasec.kg.corpus.NormalisedText;

/** Splits the analysis text into sentences. (First version: at 。！？ and line breaks.) */
public class SentenceSplitter {

    public List<Sentence> split(NormalisedText text) {
        String s = text.analysisText();
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean end = c == '。' || c == '！' || c == '？' || c == '\n';
            if (end || i == s.length() - 1) {
                int e = i + 1;
                String t = s.substring(start, e).strip();
                if (!t.isEmpty()) {
                    out.add(new Sentence(start, e, s.substring(start, e)));
                }
                start = e;
            }
        }
        return out;
    }
}
