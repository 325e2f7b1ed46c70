package org.asiasec.kg.server.linkeddata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Node;
import org.asiasec.kg.search.SentenceIndex;

/**
 * /search?q=TEXT: entities by name (label or alias; simplified or traditional, pinyin, English) ranked by
 * how well and how often, and sentences by Chinese full-text search. HTML for browsers; with
 * {@code Accept: application/json}: {@code {"entities": [{"iri", "label", "type", …}],
 * "sentences": [{"text", "source", "start", "end", …}]}}.
 */
final class SearchServlet extends LinkedDataServlet {

    static final int MAX_ENTITIES = 20;
    static final int MAX_SENTENCES = 20;

    private final transient LinkedDataStore store;
    private final transient Bookkeeping bookkeeping;
    private final transient SentenceIndex sentences;
    private transient volatile EntityNames names;

    SearchServlet(LinkedDataStore store, LinkedDataSettings settings, SentenceIndex sentences) {
        super(settings);
        this.store = store;
        this.bookkeeping = new Bookkeeping(settings.vocabulary());
        this.sentences = sentences;
    }

    /** One sentence found: where it is and what it says. */
    record SentenceHit(Node sentence, String text, Node source, String file, String start, String end, float score) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Vary", "Accept");
        String q = Optional.ofNullable(request.getParameter("q")).orElse("").strip();
        if (q.length() > 200) {
            q = q.substring(0, 200);
        }
        List<EntityNames.Match> entities = q.isEmpty() ? List.of() : names().find(q, MAX_ENTITIES);
        List<SentenceHit> found = q.isEmpty() ? List.of() : sentences(q);
        if (wantsJson(request.getHeader("Accept"))) {
            allowAnyOrigin(response);
            send(response, HttpServletResponse.SC_OK, "application/json; charset=utf-8",
                    json(entities, found).toString().getBytes(StandardCharsets.UTF_8));
        } else {
            sendHtml(response, HttpServletResponse.SC_OK, new SearchPage(layout(request), store.ids())
                    .render(q, entities, found, sentences != null));
        }
    }

    private EntityNames names() {
        EntityNames loaded = names;
        if (loaded == null) {
            synchronized (this) {
                if (names == null) {
                    names = store.read(dsg -> new EntityNames(new DatasetTriples(dsg), bookkeeping));
                }
                loaded = names;
            }
        }
        return loaded;
    }

    private List<SentenceHit> sentences(String q) {
        if (sentences == null) {
            return List.of();
        }
        List<SentenceIndex.Hit> hits = sentences.search(q, MAX_SENTENCES);
        return store.read(dsg -> {
            DatasetTriples data = new DatasetTriples(dsg);
            List<SentenceHit> list = new ArrayList<>();
            for (SentenceIndex.Hit hit : hits) {
                Node s = hit.sentence();
                Optional<Node> source = first(data, s, EvidenceVocabulary.SOURCE);
                list.add(new SentenceHit(s, lexical(first(data, s, EvidenceVocabulary.TEXT)), source.orElse(null),
                        source.flatMap(n -> first(data, n, EvidenceVocabulary.FILE_NAME)).map(Node::getLiteralLexicalForm).orElse(null),
                        lexical(first(data, s, EvidenceVocabulary.START)), lexical(first(data, s, EvidenceVocabulary.END)),
                        hit.score()));
            }
            return list;
        });
    }

    private static Optional<Node> first(DatasetTriples data, Node node, List<Node> properties) {
        for (Node p : properties) {
            List<Node> values = data.objects(node, p);
            if (!values.isEmpty()) {
                return Optional.of(values.get(0));
            }
        }
        return Optional.empty();
    }

    private static String lexical(Optional<Node> n) {
        return n.filter(Node::isLiteral).map(Node::getLiteralLexicalForm).orElse(null);
    }

    /** JSON only when the client prefers it to HTML. */
    static boolean wantsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            MediaType chosen = AcceptList.match(new AcceptList(accept), AcceptList.create("text/html", "application/json"));
            return chosen != null && chosen.getContentTypeStr().equals("application/json");
        } catch (RuntimeException malformed) {
            return false;
        }
    }

    private JsonObject json(List<EntityNames.Match> entities, List<SentenceHit> found) {
        JsonArray es = new JsonArray();
        for (EntityNames.Match m : entities) {
            JsonObject o = new JsonObject();
            o.put("iri", m.entity().entity().getURI());
            o.put("label", m.entity().label());
            if (m.entity().labelEn() != null) {
                o.put("labelEn", m.entity().labelEn());
            }
            o.put("type", m.entity().type().getURI());
            o.put("page", store.ids().idOf(m.entity().entity()).map(id -> "/page/" + id).orElse(""));
            o.put("matched", m.matchedName());
            o.put("mentions", m.entity().mentions());
            es.add(o);
        }
        JsonArray ss = new JsonArray();
        for (SentenceHit h : found) {
            JsonObject o = new JsonObject();
            o.put("iri", h.sentence().getURI());
            o.put("text", h.text() == null ? "" : h.text());
            if (h.source() != null && h.source().isURI()) {
                o.put("source", h.source().getURI());
            }
            if (h.file() != null) {
                o.put("file", h.file());
            }
            putNumber(o, "start", h.start());
            putNumber(o, "end", h.end());
            o.put("score", JsonNumber.value(h.score()));
            ss.add(o);
        }
        JsonObject result = new JsonObject();
        result.put("entities", es);
        result.put("sentences", ss);
        return result;
    }

    private static void putNumber(JsonObject o, String key, String lexical) {
        try {
            if (lexical != null) {
                o.put(key, Long.parseLong(lexical.trim()));
            }
        } catch (NumberFormatException notANumber) {
            o.put(key, lexical);
        }
    }
}
