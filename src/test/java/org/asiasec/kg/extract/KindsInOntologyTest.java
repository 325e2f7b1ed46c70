package org.asiasec.kg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.asiasec.kg.corpus.CorpusReader;
import org.asiasec.kg.corpus.MetadataCatalog;
import org.asiasec.kg.lexicon.Lexicon;
import org.asiasec.kg.lexicon.LexiconEntry;
import org.asiasec.kg.model.Entity;
import org.asiasec.kg.model.ExtractionSink;
import org.asiasec.kg.rdf.Ontology;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every kind the lexicon or a recogniser gives is the entity's type or a subclass of it in ontology/asiasec.ttl. */
class KindsInOntologyTest {

    private final Ontology ontology = Ontology.standard();

    @Test
    @DisplayName("词表中每个条目的 kind 都是其类型在本体中的子类（Forum ⊑ Mechanism，City ⊑ Place …）")
    void lexiconKindsAreClassesUnderTheirType() {
        List<String> wrong = new ArrayList<>();
        for (LexiconEntry e : Lexicon.standard().entries()) {
            if (!ontology.isClassWithin(e.kind(), e.type().className())) {
                wrong.add(e.key() + ": " + e.kind() + " ⋢ " + e.type().className());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    @DisplayName("识别器给出的 kind（论坛、倡议、白皮书 …）都在实体类型之下：语料与未见文本")
    void recognisedKindsAreClassesUnderTheirType() {
        List<String> wrong = new ArrayList<>();
        ExtractionSink sink = new ExtractionSink() {
            @Override
            public void entity(Entity e) {
                if (e.kind() != null && !ontology.isClassWithin(e.kind(), e.type().className())) {
                    wrong.add(e.labelZh() + ": " + e.kind() + " ⋢ " + e.type().className());
                }
            }
        };
        CorpusReader reader = new CorpusReader();
        StandardExtractor extractor = StandardExtractor.entitiesOnly(Lexicon.standard());
        for (Path file : reader.listTexts(List.of(Path.of("corpus"), Path.of("src/test/resources/unseen")))) {
            extractor.extract(reader.read(file, MetadataCatalog.empty()), sink);
        }
        assertEquals(List.of(), wrong);
    }
}
