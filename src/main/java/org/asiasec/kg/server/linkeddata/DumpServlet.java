package org.asiasec.kg.server.linkeddata;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** /dumps/: a listing of the dump directory and its files, with their RDF media types. */
final class DumpServlet extends LinkedDataServlet {

    private final transient DumpFiles files;

    DumpServlet(LinkedDataSettings settings) {
        super(settings);
        this.files = settings.dumpDirectory() == null ? null : new DumpFiles(settings.dumpDirectory());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> relative = RequestPaths.rawRemainder(request).flatMap(ResourceIds::decode);
        Optional<Path> target = files == null ? Optional.empty() : relative.flatMap(files::resolve);
        if (target.isEmpty()) {
            notFound(request, response);
        } else if (Files.isDirectory(target.get())) {
            if (!request.getRequestURI().endsWith("/")) {
                response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                response.setHeader("Location", request.getRequestURI() + "/");
                return;
            }
            listing(relative.get(), target.get(), request, response);
        } else {
            file(target.get(), response);
        }
    }

    private void file(Path file, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(DumpFiles.contentType(file.getFileName().toString()));
        response.setContentLengthLong(Files.size(file));
        response.setDateHeader("Last-Modified", Files.getLastModifiedTime(file).toMillis());
        try (OutputStream out = response.getOutputStream()) {
            Files.copy(file, out);
        }
    }

    private void listing(String relative, Path directory, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        StringBuilder body = new StringBuilder();
        body.append("<h1>数据下载 Dumps</h1>\n<p class=\"iri\">/dumps/").append(Html.text(relative)).append("</p>\n");
        body.append("<table>\n<thead><tr><th>文件 File</th><th>格式 Format</th><th class=\"count\">大小 Bytes</th>")
                .append("<th>修改时间 Modified</th></tr></thead>\n<tbody>\n");
        for (Path entry : files.list(directory)) {
            String name = entry.getFileName().toString();
            boolean isDirectory = Files.isDirectory(entry);
            String href = ResourceIds.escapeForPath(name) + (isDirectory ? "/" : "");
            body.append("<tr><td><a href=\"").append(Html.text(href)).append("\">").append(Html.text(name))
                    .append(isDirectory ? "/" : "").append("</a></td><td>")
                    .append(Html.text(isDirectory ? "" : DumpFiles.formatName(name))).append("</td><td class=\"count\">")
                    .append(isDirectory ? "" : String.valueOf(Files.size(entry))).append("</td><td>")
                    .append(Html.text(Files.getLastModifiedTime(entry).toInstant().toString().substring(0, 19).replace('T', ' ')))
                    .append("</td></tr>\n");
        }
        body.append("</tbody>\n</table>\n");
        sendHtml(response, HttpServletResponse.SC_OK, layout(request).render("Dumps", "", body.toString()));
    }
}
