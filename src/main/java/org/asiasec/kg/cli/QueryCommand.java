package org.asiasec.kg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.riot.Lang;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.asiasec.kg.UserException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a SPARQL query against the local database (no server needed), or with --endpoint against a SPARQL endpoint.",
            "The default graph is the union of all graphs. CONSTRUCT and DESCRIBE results are printed as Turtle."})
final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Parameters(paramLabel = "FILE.rq", arity = "0..1", description = "File holding the query.")
    Path file;

    @Option(names = "--query", paramLabel = "SPARQL", description = "The query itself, instead of a file.")
    String text;

    @Option(names = "--format", defaultValue = "table", description = "Result format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ResultFormat format;

    @Mixin
    DatabaseOption database;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Ask a SPARQL endpoint (such as a running serve: http://127.0.0.1:3030/kg/sparql) instead of the local database.")
    URI endpoint;

    enum ResultFormat { table, csv, tsv, json }

    @Override
    public Integer call() {
        if ((file == null) == (text == null)) {
            throw new ParameterException(spec.commandLine(), "give either a query file or --query");
        }
        Query query = parse(file != null ? read(file) : text);
        if (endpoint != null) {
            return remote(query);
        }
        DatasetGraph dataset = database.open("query");
        OutputStream out = main.stdout();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution execution = QueryExecution.create(query, DatasetFactory.wrap(dataset))) {
                PrefixMapping prefixes = PrefixMapping.Factory.create()
                        .setNsPrefixes(dataset.prefixes().getMapping())
                        .setNsPrefixes(query.getPrefixMapping());
                print(query, execution, prefixes, out);
            }
        });
        return Main.OK;
    }

    /** The same query over the SPARQL protocol; the server's refusal or failure becomes one line. */
    private int remote(Query query) {
        if (!"http".equalsIgnoreCase(endpoint.getScheme()) && !"https".equalsIgnoreCase(endpoint.getScheme())) {
            throw new ParameterException(spec.commandLine(), "--endpoint must be an http or https URL, not " + endpoint);
        }
        try (QueryExecution execution = QueryExecutionHTTP.service(endpoint.toString()).query(query).build()) {
            PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(query.getPrefixMapping());
            print(query, execution, prefixes, main.stdout());
        } catch (QueryExceptionHTTP e) {
            String said = e.getResponse() == null ? "" : ": " + Main.oneLine(e.getResponse());
            throw new UserException(e.getStatusCode() > 0
                    ? endpoint + " answered " + e.getStatusCode() + said
                    : "cannot reach " + endpoint + ": " + rootCause(e), e);
        }
        return Main.OK;
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return Main.oneLine(root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName());
    }

    private void print(Query query, QueryExecution execution, PrefixMapping prefixes, OutputStream out) {
        if (query.isSelectType()) {
            ResultSet results = execution.execSelect();
            switch (format) {
                case table -> ResultSetFormatter.out(out, results, prefixes);
                case csv -> ResultSetFormatter.outputAsCSV(out, results);
                case tsv -> ResultSetFormatter.outputAsTSV(out, results);
                case json -> ResultSetFormatter.outputAsJSON(out, results);
            }
        } else if (query.isAskType()) {
            boolean answer = execution.execAsk();
            switch (format) {
                case table -> write(out, answer + "\n");
                case csv -> ResultSetFormatter.outputAsCSV(out, answer);
                case tsv -> ResultSetFormatter.outputAsTSV(out, answer);
                case json -> ResultSetFormatter.outputAsJSON(out, answer);
            }
        } else {
            Model graph = query.isConstructType() ? execution.execConstruct() : execution.execDescribe();
            graph.setNsPrefixes(prefixes);
            RDFDataMgr.write(out, graph, Lang.TURTLE);
        }
    }

    private static Query parse(String sparql) {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            // the parser's first line says where; the rest lists every token it would have accepted
            throw new UserException("the query does not parse: " + e.getMessage().strip().lines().findFirst().orElse(""), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserException("cannot read query file " + file + (Files.exists(file) ? ": " + e.getMessage() : ": no such file"), e);
        }
    }

    private static void write(OutputStream out, String s) {
        try {
            out.write(s.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
