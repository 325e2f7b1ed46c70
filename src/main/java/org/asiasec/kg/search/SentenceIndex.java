package org.asiasec.kg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.asiasec.kg.rdf.Asc;

/**
 * The sentences of the graph ({@code asc:text} of each {@code asc:Sentence}), indexed for Chinese full-text
 * search. Written at build time into the database folder, next to the dumps, so it is swapped in with the
 * database; read at serve time without a write lock.
 */
public final class SentenceIndex implements AutoCloseable {

    public static final String FOLDER = "sentence-index";
    static final String ID_FIELD = "uri";
    static final String TEXT_FIELD = "text";

    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    /** One hit: the sentence node and its score. */
    public record Hit(Node sentence, float score) {
    }

    private SentenceIndex(DirectoryReader reader) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
    }

    public static Path folderOf(Path database) {
        return database.resolve(FOLDER);
    }

    /** Indexes every sentence text of the dataset; call inside a read transaction. Returns the count. */
    public static int write(DatasetGraph dataset, Path folder) {
        EntityDefinition definition = new EntityDefinition(ID_FIELD, TEXT_FIELD, Asc.text);
        TextIndexConfig config = new TextIndexConfig(definition);
        config.setAnalyzer(new SmartChineseAnalyzer());
        config.setQueryAnalyzer(new SmartChineseAnalyzer());
        int count = 0;
        try (Directory directory = FSDirectory.open(Files.createDirectories(folder))) {
            TextIndexLucene index = new TextIndexLucene(directory, config);
            try {
                // the named graphs only: the default graph repeats them, and each sentence is in one text's graph
                Iterator<Quad> quads = dataset.findNG(Node.ANY, Node.ANY, Asc.text, Node.ANY);
                try {
                    while (quads.hasNext()) {
                        Quad q = quads.next();
                        if (q.getSubject().isURI() && q.getObject().isLiteral()) {
                            Entity entity = new Entity(q.getSubject().getURI(), null);
                            entity.put(TEXT_FIELD, q.getObject().getLiteralLexicalForm());
                            index.addEntity(entity);
                            count++;
                        }
                    }
                } finally {
                    Iter.close(quads);
                }
                index.commit();
            } finally {
                index.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sentence index into " + folder, e);
        }
        return count;
    }

    /** Opens the index for reading; empty when the database was built without one. */
    public static java.util.Optional<SentenceIndex> open(Path folder) {
        try {
            if (!Files.isDirectory(folder)) {
                return java.util.Optional.empty();
            }
            Directory directory = FSDirectory.open(folder);
            if (!DirectoryReader.indexExists(directory)) {
                directory.close();
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new SentenceIndex(DirectoryReader.open(directory)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the sentence index in " + folder, e);
        }
    }

    /**
     * Sentences matching the text, best first: the words of the text in sequence (a phrase, as the
     * Chinese analyzer splits it) where any sentence has them so, else any of its words.
     */
    public List<Hit> search(String text, int limit) {
        String cleaned = text.replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s]+", " ").trim();
        if (cleaned.isEmpty()) {
            return List.of();
        }
        try {
            QueryParser parser = new QueryParser(TEXT_FIELD, new SmartChineseAnalyzer());
            List<Hit> hits = run(parser.parse("\"" + cleaned + "\""), limit);
            return hits.isEmpty() ? run(parser.parse(QueryParser.escape(cleaned)), limit) : hits;
        } catch (ParseException unparsable) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Hit> run(Query query, int limit) throws IOException {
        List<Hit> hits = new ArrayList<>();
        for (ScoreDoc d : searcher.search(query, limit).scoreDocs) {
            Document doc = searcher.storedFields().document(d.doc);
            String uri = doc.get(ID_FIELD);
            if (uri != null) {
                hits.add(new Hit(org.apache.jena.graph.NodeFactory.createURI(uri), d.score));
            }
        }
        return hits;
    }

    @Override
    public void close() {
        try {
            reader.close();
            reader.directory().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
