package org.asiasec.kg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.asiasec.kg.UserException;
import org.asiasec.kg.corpus.CorpusReader;
import org.asiasec.kg.corpus.MetadataCatalog;
import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.eval.EntityEvaluation;
import org.asiasec.kg.eval.FactEvaluation;
import org.asiasec.kg.eval.GoldStandard;
import org.asiasec.kg.extract.StandardExtractor;
import org.asiasec.kg.extract.relation.RelationRules;
import org.asiasec.kg.lexicon.Lexicon;
import org.asiasec.kg.model.CollectingSink;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Runs extraction on annotated texts and prints two tables: precision, recall and F1 per entity
 * type (recognition and linking only), then precision and recall per fact kind (the full
 * pipeline, relation rules included).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Compare the entities and facts extracted from annotated texts with a gold standard.")
public class EvalCommand implements Callable<Integer> {

    private static final Path DEFAULT_GOLD = Path.of("src/test/resources/gold/entities.tsv");
    private static final Path DEFAULT_GOLD_FACTS = Path.of("src/test/resources/gold/facts.tsv");

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Text files or folders (default: corpus/).")
    List<Path> inputs = List.of(Path.of("corpus"));

    @Option(names = "--gold", paramLabel = "FILE",
            description = "Gold entities TSV (default: src/test/resources/gold/entities.tsv, else the bundled one).")
    Path gold;

    @Option(names = "--gold-facts", paramLabel = "FILE",
            description = "Gold facts TSV (default: src/test/resources/gold/facts.tsv when present; "
                    + "without one the fact table is left out).")
    Path goldFacts;

    @Option(names = "--lexicon", paramLabel = "DIR", description = "Folder with lexicon files overriding the bundled ones.")
    Path lexicon;

    @Option(names = "--errors", description = "Also list every spurious and missed entity and fact.")
    boolean errors;

    @Override
    public Integer call() {
        GoldStandard goldStandard = gold != null ? GoldStandard.read(gold)
                : Files.isRegularFile(DEFAULT_GOLD) ? GoldStandard.read(DEFAULT_GOLD)
                : GoldStandard.fromClasspath(GoldStandard.RESOURCE);
        if (goldFacts != null && !Files.isRegularFile(goldFacts)) {
            throw new UserException("gold facts file not found: " + goldFacts);
        }
        Path factsFile = goldFacts != null ? goldFacts : Files.isRegularFile(DEFAULT_GOLD_FACTS) ? DEFAULT_GOLD_FACTS : null;
        CorpusReader reader = new CorpusReader();
        List<Path> files = reader.listTexts(inputs);
        if (files.isEmpty()) {
            throw new UserException("no text files in " + inputs);
        }
        // document dates anchor relative dates (今年, 同年), so facts need the texts' metadata
        MetadataCatalog catalog = MetadataCatalog.forInputs(inputs);
        List<SourceText> texts = files.stream().map(f -> reader.read(f, catalog)).toList();
        Lexicon names = lexicon == null ? Lexicon.standard() : Lexicon.load(lexicon);

        EntityEvaluation entities = EntityEvaluation.run(StandardExtractor.entitiesOnly(names), texts, goldStandard);
        System.out.print(entities.report());
        if (errors) {
            entities.errors().forEach(System.out::println);
        }
        if (factsFile == null) {
            System.out.println("no gold facts (give a file with --gold-facts): fact table left out");
            return 0;
        }
        FactEvaluation facts = FactEvaluation.load(factsFile);
        CollectingSink extracted = new CollectingSink();
        StandardExtractor full = new StandardExtractor(names, RelationRules::all);
        texts.forEach(text -> full.extract(text, extracted));
        Map<String, FactEvaluation.Score> scores = facts.evaluate(extracted);
        System.out.println();
        System.out.print(FactEvaluation.report(scores));
        if (errors) {
            facts.differences(extracted).forEach(System.out::println);
        }
        return 0;
    }
}
