package org.asiasec.kg.rdf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.asiasec.kg.UserException;

/**
 * Coordinates of places as reference data: {@code ontology/lexicon/coordinates.tsv} gives latitude and
 * longitude by Wikidata id; every entity whose {@code owl:sameAs} is that Wikidata item gets
 * {@code geo:lat} and {@code geo:long} (W3C Basic Geo) in a graph of their own, typed
 * {@code asc:ReferenceData}. They are never stated in a text's graph, and never evidence of a fact.
 */
public final class PlaceCoordinates {

    public static final String GEO = "http://www.w3.org/2003/01/geo/wgs84_pos#";
    public static final Node LAT = NodeFactory.createURI(GEO + "lat");
    public static final Node LONG = NodeFactory.createURI(GEO + "long");
    private static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";
    private static final String FILE = "ontology/lexicon/coordinates.tsv";

    /** Latitude and longitude, WGS84 decimal degrees, as written in the file. */
    record LatLong(String lat, String lon) {
    }

    private final Map<String, LatLong> byWikidataId;

    PlaceCoordinates(Map<String, LatLong> byWikidataId) {
        this.byWikidataId = byWikidataId;
    }

    /** The project's file: an edited copy in the working folder wins over the one in the jar. */
    public static PlaceCoordinates load() {
        try (Reader reader = open()) {
            return reader == null ? new PlaceCoordinates(Map.of()) : parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PlaceCoordinates parse(Reader reader) throws IOException {
        Map<String, LatLong> table = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        boolean header = true;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length < 3 || !cells[0].matches("Q[0-9]+")
                    || !cells[1].matches("-?[0-9]+(\\.[0-9]+)?") || !cells[2].matches("-?[0-9]+(\\.[0-9]+)?")) {
                throw new UserException(FILE + ": a row needs a Wikidata id, a latitude and a longitude: " + line);
            }
            table.put(cells[0], new LatLong(cells[1], cells[2]));
        }
        return new PlaceCoordinates(table);
    }

    /** The graph the coordinates are stated in. */
    public static Node graphName(IriScheme iris) {
        return NodeFactory.createURI(iris.base() + "reference/coordinates");
    }

    /**
     * The coordinate triples for every entity of {@code data} linked to a Wikidata item of the table, and
     * the description of the graph itself (reference data, from Wikidata).
     */
    public List<Triple> statements(Graph data, Node graphName) {
        List<Triple> out = new ArrayList<>();
        data.find(Node.ANY, OWL.sameAs.asNode(), Node.ANY).forEach(t -> {
            Node item = t.getObject();
            if (item.isURI() && item.getURI().startsWith(WIKIDATA_ENTITY)) {
                LatLong at = byWikidataId.get(item.getURI().substring(WIKIDATA_ENTITY.length()));
                if (at != null) {
                    out.add(Triple.create(t.getSubject(), LAT, decimal(at.lat())));
                    out.add(Triple.create(t.getSubject(), LONG, decimal(at.lon())));
                }
            }
        });
        out.add(Triple.create(graphName, RDF.type.asNode(), Asc.term("ReferenceData")));
        out.add(Triple.create(graphName, RDFS.label.asNode(), NodeFactory.createLiteralLang("地点坐标（参考数据）", "zh")));
        out.add(Triple.create(graphName, RDFS.label.asNode(), NodeFactory.createLiteralLang("Coordinates of places (reference data)", "en")));
        out.add(Triple.create(graphName, DCTerms.source.asNode(), NodeFactory.createURI("https://www.wikidata.org/")));
        return out;
    }

    /**
     * The canonical form (39.90 → 39.9, 51.00 → 51.0): TDB2 keeps decimals as values, so a literal written
     * with trailing zeros would come back in another form than it was stored in.
     */
    static Node decimal(String lexical) {
        java.math.BigDecimal value = new java.math.BigDecimal(lexical).stripTrailingZeros();
        if (value.scale() < 1) {
            value = value.setScale(1);
        }
        return NodeFactory.createLiteralDT(value.toPlainString(), XSDDatatype.XSDdecimal);
    }

    private static Reader open() throws IOException {
        Path edited = Path.of(FILE);
        if (Files.isRegularFile(edited)) {
            return Files.newBufferedReader(edited, StandardCharsets.UTF_8);
        }
        InputStream in = PlaceCoordinates.class.getClassLoader().getResourceAsStream(FILE);
        return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
