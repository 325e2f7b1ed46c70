package org.asiasec.kg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.asiasec.kg.UserException;
import org.asiasec.kg.corpus.CorpusReader;
import org.asiasec.kg.eval.EvalReport;
import org.asiasec.kg.eval.Evaluation;
import org.asiasec.kg.eval.GoldSet;
import org.asiasec.kg.extract.StandardExtractor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Extracts the texts that have gold annotations and scores each text's graph as
 * {@code shared/devset/score.py} scores the output of {@code extract --format trig --out-dir}.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Extract annotated texts and score their graphs against gold annotations (JSON, one file per text): "
                + "entity recall, precision and F1 per type, fact recall (loose and strict) and precision per kind, "
                + "meeting precision, and last a SCORE line; the same figures as shared/devset/score.py gives.")
final class EvalCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(EvalCommand.class);

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Text files or folders (default: corpus).")
    List<Path> inputs = List.of(Path.of("corpus"));

    @Option(names = "--gold", paramLabel = "DIR",
            description = "Folder of gold files <text name without extension>.json (default: the gold of the corpus texts, packed in the jar).")
    Path gold;

    @Option(names = "--docs", paramLabel = "STEM", split = ",",
            description = "Score only these texts (names without extension, comma-separated: d01,d02).")
    List<String> docs;

    @Option(names = "--verbose", description = "Also print, per text, every missed entity and fact, every wrong fact, and its figures.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> files = new CorpusReader().listTexts(inputs);
        if (files.isEmpty()) {
            throw new UserException("no texts (*.txt, *.md) in " + inputs);
        }
        Set<String> stems = new LinkedHashSet<>();
        files.forEach(f -> stems.add(GoldSet.stem(f.getFileName().toString())));
        GoldSet goldSet = gold != null ? GoldSet.directory(gold) : GoldSet.bundled(stems);
        if (docs != null) {
            goldSet = goldSet.only(Set.copyOf(docs));
        }
        if (goldSet.only(stems).isEmpty()) {
            String which = docs == null ? "" : " named with --docs";
            throw new UserException(gold == null
                    ? "no bundled gold for any of the texts" + which + " in " + inputs + " (give a folder of gold files with --gold)"
                    : "no gold file in " + gold + " for any of the texts" + which + " in " + inputs);
        }
        List<Evaluation.TextResult> results = new Evaluation(new StandardExtractor()).run(goldSet, files, LOG::warn);
        PrintWriter out = spec.commandLine().getOut();
        EvalReport.print(results, verbose, out);
        out.flush();
        return Main.OK;
    }
}
