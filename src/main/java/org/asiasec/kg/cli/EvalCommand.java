package org.asiasec.kg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.asiasec.kg.UserException;
import org.asiasec.kg.corpus.CorpusReader;
import org.asiasec.kg.corpus.MetadataCatalog;
import org.asiasec.kg.corpus.SourceText;
import org.asiasec.kg.eval.EntityEvaluation;
import org.asiasec.kg.eval.GoldStandard;
import org.asiasec.kg.extract.StandardExtractor;
import org.asiasec.kg.lexicon.Lexicon;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs extraction on annotated texts and prints precision, recall and F1 per entity type. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Compare the entities extracted from annotated texts with a gold standard.")
public class EvalCommand implements Callable<Integer> {

    private static final Path DEFAULT_GOLD = Path.of("src/test/resources/gold/entities.tsv");

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Text files or folders (default: corpus/).")
    List<Path> inputs = List.of(Path.of("corpus"));

    @Option(names = "--gold", paramLabel = "FILE",
            description = "Gold entities TSV (default: src/test/resources/gold/entities.tsv, else the bundled one).")
    Path gold;

    @Option(names = "--lexicon", paramLabel = "DIR", description = "Folder with lexicon files overriding the bundled ones.")
    Path lexicon;

    @Option(names = "--errors", description = "Also list every spurious and missed entity.")
    boolean errors;

    @Override
    public Integer call() {
        GoldStandard goldStandard = gold != null ? GoldStandard.read(gold)
                : Files.isRegularFile(DEFAULT_GOLD) ? GoldStandard.read(DEFAULT_GOLD)
                : GoldStandard.fromClasspath(GoldStandard.RESOURCE);
        CorpusReader reader = new CorpusReader();
        List<Path> files = reader.listTexts(inputs);
        if (files.isEmpty()) {
            throw new UserException("no text files in " + inputs);
        }
        MetadataCatalog catalog = MetadataCatalog.empty();
        List<SourceText> texts = files.stream().map(f -> reader.read(f, catalog)).toList();
        StandardExtractor extractor = StandardExtractor.entitiesOnly(
                lexicon == null ? Lexicon.standard() : Lexicon.load(lexicon));
        EntityEvaluation result = EntityEvaluation.run(extractor, texts, goldStandard);
        System.out.print(result.report());
        if (errors) {
            result.errors().forEach(System.out::println);
        }
        return 0;
    }
}
