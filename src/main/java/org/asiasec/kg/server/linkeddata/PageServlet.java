package org.asiasec.kg.server.linkeddata;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;

/**
 * /page/{id}: the readable page of a resource; /page/ lists the classes with their counts;
 * /page/?class={IRI} lists the instances of one class.
 */
final class PageServlet extends LinkedDataServlet {

    private final transient LinkedDataStore store;
    private final transient Bookkeeping bookkeeping;
    private final transient ClassTree classTree;

    PageServlet(LinkedDataStore store, LinkedDataSettings settings) {
        super(settings);
        this.store = store;
        this.bookkeeping = new Bookkeeping(settings.vocabulary());
        this.classTree = new ClassTree(settings.vocabulary());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> path = RequestPaths.rawRemainder(request);
        if (path.isEmpty()) {
            notFound(request, response);
        } else if (request.getRequestURI().equals(request.getContextPath() + "/page")) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath() + "/page/");
        } else if (path.get().isEmpty()) {
            index(request, response);
        } else {
            entity(path.get(), request, response);
        }
    }

    private void index(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PageLayout layout = layout(request);
        IndexPages pages = new IndexPages(layout, store.ids());
        String type = request.getParameter("class");
        if (type == null || type.isBlank()) {
            ClassIndex.Listing<ClassIndex.ClassCount> classes = store.classes();
            sendHtml(response, HttpServletResponse.SC_OK, pages.home(classes, links(request, classes.labels()), bookkeeping));
            return;
        }
        int page = pageNumber(request.getParameter("page"));
        ClassIndex.Listing<Node> instances = store.instances(NodeFactory.createURI(type),
                (page - 1) * IndexPages.PAGE_SIZE, IndexPages.PAGE_SIZE);
        if (instances.rows().isEmpty()) {
            notFound(request, response);
            return;
        }
        sendHtml(response, HttpServletResponse.SC_OK,
                pages.classList(NodeFactory.createURI(type), page, instances, links(request, instances.labels())));
    }

    /** 1 for a missing or malformed page number. */
    private static int pageNumber(String parameter) {
        try {
            return parameter == null ? 1 : Math.max(1, Math.min(Integer.parseInt(parameter), 1_000_000));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    private void entity(String rawId, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<EntityView> view = store.view(rawId, bookkeeping, classTree);
        if (view.isEmpty()) {
            notFound(request, response);
            return;
        }
        NodeLinks links = links(request, view.get().labels());
        String html = new EntityPage(layout(request), links, store.ids(), bookkeeping).render(view.get());
        sendHtml(response, HttpServletResponse.SC_OK, html);
    }

    private NodeLinks links(HttpServletRequest request, Graph labels) {
        return new NodeLinks(request.getContextPath(), store.ids(), store.prefixes(),
                new Union(labels, settings.vocabulary()));
    }
}
