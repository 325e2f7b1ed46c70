package org.asiasec.kg.extract.recognise;

import java.util.List;
import java.util.Set;

import org.asiasec.kg.model.EntityType;
import org.asiasec.kg.nlp.Token;

/**
 * 独联体正式成员国, 北约秘书长: an abbreviation (HanLP tags it j, or nz) that has member states, observers, a
 * secretariat or a secretary-general is an organisation, though no head word says so.
 */
public class MembersOfRecogniser implements Recogniser {

    /** Parts of speech of an abbreviation (j) or other proper noun (nz). */
    private static final Set<String> ABBREVIATION_TAGS = Set.of("j", "nz");
    /** What only an organisation has. */
    private static final Set<String> OF_AN_ORGANISATION = Set.of("成员国", "正式成员国", "观察员国", "秘书处", "秘书长",
            "创始成员国", "对话伙伴");

    @Override
    public String name() {
        return "members-of";
    }

    @Override
    public void recognise(TextAnalysis text, List<Candidate> out) {
        List<Token> tokens = text.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token abbreviation = tokens.get(i);
            if (!ABBREVIATION_TAGS.contains(abbreviation.pos()) || abbreviation.word().length() < 2 || abbreviation.word().length() > 4
                    || text.lexicon().byName(abbreviation.word()).isPresent()
                    || text.lexicon().isCountryCompound(abbreviation.word())) {
                continue;
            }
            int next = i + 1;
            if (tokens.get(next).word().equals("正式") && next + 1 < tokens.size()) {
                next++; // 独联体正式成员国
            }
            Token after = tokens.get(next);
            if (tokens.get(i + 1).start() == abbreviation.end() && OF_AN_ORGANISATION.contains(after.word())
                    && text.isWordBoundary(abbreviation.start())) {
                out.add(new Candidate(abbreviation.start(), abbreviation.end(), EntityType.MECHANISM, "Organisation",
                        abbreviation.word(), name(), 0.75, null));
            }
        }
    }
}
