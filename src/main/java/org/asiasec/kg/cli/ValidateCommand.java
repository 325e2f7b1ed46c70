package org.asiasec.kg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.asiasec.kg.store.OntologyFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check the database against the SHACL shapes (all graphs together, ontology included).",
            "Exit code 0 when it conforms, 1 with a report of each violation when it does not."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--shapes", paramLabel = "FILE", description = "SHACL shapes (default: ontology/shapes.ttl).")
    Path shapesFile;

    @Override
    public Integer call() {
        Shapes shapes = Shapes.parse(OntologyFiles.shapes(shapesFile));
        DatasetGraph dataset = database.open("validate");
        PrintWriter out = spec.commandLine().getOut();
        return Txn.calculateRead(dataset, () -> {
            Graph data = dataset.getUnionGraph();
            ValidationReport report = ShaclValidator.get().validate(shapes, data);
            if (report.conforms()) {
                out.println("conforms: " + shapes.numRootShapes() + " shapes checked, no violation");
                return Main.OK;
            }
            PrefixMap prefixes = dataset.prefixes();
            for (ReportEntry entry : report.getEntries()) {
                out.printf("%s  %s%s: %s%n", entry.severity().level().getLocalName(),
                        format(entry.focusNode(), prefixes),
                        entry.resultPath() == null ? "" : " " + entry.resultPath(),
                        entry.message());
            }
            out.flush();
            spec.commandLine().getErr().println("error: the database does not conform to the shapes ("
                    + report.getEntries().size() + " results)");
            return Main.FAILED;
        });
    }

    private static String format(Node node, PrefixMap prefixes) {
        return NodeFmtLib.str(node, prefixes);
    }
}
