package org.asiasec.kg.extract.recognise;

import java.util.List;
import java.util.Map;

import org.asiasec.kg.lexicon.LexiconEntry;
import org.asiasec.kg.model.EntityType;

/**
 * 东盟防长扩大会 for 东盟防长扩大会议, 东盟外长会 for 东盟外长会议: texts drop the last character of a
 * conference's name. A known conference written so is that conference (the lexicon only links the name;
 * the mention is found by its form, a known name less its 议).
 */
public class ShortConferenceRecogniser implements Recogniser {

    @Override
    public String name() {
        return "short-conference";
    }

    @Override
    public void recognise(TextAnalysis text, List<Candidate> out) {
        String s = text.text();
        for (Map.Entry<String, LexiconEntry> known : text.lexicon().names().entrySet()) {
            String full = known.getKey();
            LexiconEntry e = known.getValue();
            if (e.type() != EntityType.MECHANISM || !full.endsWith("会议") || full.length() < 5) {
                continue;
            }
            String shortened = full.substring(0, full.length() - 1);
            for (int at = s.indexOf(shortened); at >= 0; at = s.indexOf(shortened, at + 1)) {
                int end = at + shortened.length();
                if (end < s.length() && "议晤谈".indexOf(s.charAt(end)) >= 0) {
                    continue; // the full name, or 会晤 / 会谈 of something else
                }
                out.add(new Candidate(at, end, EntityType.MECHANISM, e.kind(), e.zh(), name(), 0.85, e));
            }
        }
    }
}
