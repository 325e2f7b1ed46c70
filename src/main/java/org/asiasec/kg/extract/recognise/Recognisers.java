package org.asiasec.kg.extract.recognise;

import java.util.ArrayList;
import java.util.List;

/** The registry of recognisers run on every text, in the manner of Any23's extractor registry. */
public final class Recognisers {

    private Recognisers() {
    }

    public static List<Recogniser> standard() {
        return List.of(new LexiconRecogniser(), new TitleRecogniser(), new MechanismNameRecogniser(),
                new FormulaMechanismRecogniser(), new JoinedPartiesRecogniser(), new ShortConferenceRecogniser(), new MembersOfRecogniser(), new ConceptNameRecogniser(), new QuotedTermRecogniser(),
                new ConceptListRecogniser(), new PersonRecogniser(), new TitledPersonRecogniser(), new PlaceRecogniser(), new PlaceByFormRecogniser(), new InstitutionRecogniser(),
                new ShortFormRecogniser(), new DefinedNameRecogniser());
    }

    /** Every candidate every recogniser proposes. */
    public static List<Candidate> run(List<Recogniser> recognisers, TextAnalysis text) {
        List<Candidate> out = new ArrayList<>();
        for (Recogniser r : recognisers) {
            r.recognise(text, out);
        }
        return out;
    }
}
