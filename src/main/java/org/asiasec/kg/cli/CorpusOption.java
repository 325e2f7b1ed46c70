package org.asiasec.kg.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The {@code --corpus} option shared by the commands that read a whole corpus. */
final class CorpusOption {

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus",
            description = "Folder of texts (*.txt, *.md) with their metadata in sources.tsv (default: ${DEFAULT-VALUE}).")
    Path folder;
}
