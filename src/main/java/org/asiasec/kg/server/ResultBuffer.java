package org.asiasec.kg.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Holds a SPARQL result back until the query has finished, so that the status line tells the truth.
 * Fuseki streams a SELECT result as it is computed: when the timeout stops the query half-way, the
 * status 200 has long been sent and the client gets a truncated body ending in "## Query cancelled ##",
 * which it cannot tell from a result. Here the result is kept in memory, up to {@link #MAX_RESULT_BYTES};
 * a query stopped by its timeout answers 503, a result larger than the limit stops the query and answers
 * 400, and a complete result is sent with its length. Only query answers are held: the filter does
 * nothing until {@link GuardedQuery} asks it to, so the Graph Store's whole-graph downloads still stream.
 *
 * <p>A normal answer is a few kilobytes; holding it costs a copy, not a delay the client can notice.
 */
final class ResultBuffer implements Filter {

    /** The largest answer this server gives to one query; the dumps hold the whole graph. */
    static final int MAX_RESULT_BYTES = 16 << 20;
    private static final String ATTRIBUTE = ResultBuffer.class.getName();

    private final int maxBytes;

    ResultBuffer(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse httpResponse)) {
            chain.doFilter(request, response);
            return;
        }
        Held held = new Held(httpResponse, maxBytes);
        http.setAttribute(ATTRIBUTE, held);
        try {
            chain.doFilter(request, held);
        } finally {
            http.removeAttribute(ATTRIBUTE);
            held.finish();
        }
    }

    /** The held response of this request, or {@code null} when the request did not pass the filter. */
    static Held of(HttpServletRequest request) {
        return (Held) request.getAttribute(ATTRIBUTE);
    }

    /** A response whose body, once {@link #hold held}, stays here until the request ends. */
    static final class Held extends HttpServletResponseWrapper {

        private final int maxBytes;
        private Runnable stopQuery = () -> { };
        private Body body;
        private boolean timedOut;
        private boolean overflowed;

        Held(HttpServletResponse response, int maxBytes) {
            super(response);
            this.maxBytes = maxBytes;
        }

        /** From now on the body is held; {@code stopQuery} ends the query when the body grows over the limit. */
        void hold(Runnable stopQuery) {
            this.stopQuery = stopQuery;
            this.body = new Body();
        }

        /** The query was stopped by its timeout. */
        void timedOut() {
            timedOut = true;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            return body != null ? body : super.getOutputStream();
        }

        @Override
        public void flushBuffer() throws IOException {
            if (body == null) {
                super.flushBuffer();
            }
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            body = null; // an error replaces whatever was held
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            body = null;
            super.sendError(sc);
        }

        void finish() throws IOException {
            if (body == null) {
                return;
            }
            HttpServletResponse response = (HttpServletResponse) getResponse();
            if (overflowed) {
                plain(response, HttpServletResponse.SC_BAD_REQUEST, "Result too large: over " + (maxBytes >> 20)
                        + " MB, this server's limit for one answer. Narrow the query (LIMIT, FILTER) or download a dump from /dumps/.");
            } else if (timedOut) {
                plain(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Query timed out");
            } else {
                response.setContentLengthLong(body.size);
                OutputStream out = response.getOutputStream();
                for (byte[] chunk : body.chunks) {
                    out.write(chunk, 0, chunk.length);
                }
                out.write(body.current, 0, body.used);
            }
            body = null;
        }

        private static void plain(HttpServletResponse response, int status, String message) throws IOException {
            response.resetBuffer(); // keeps the headers every response carries (nosniff…); the type is replaced below
            response.setStatus(status);
            response.setContentType("text/plain;charset=utf-8");
            response.setHeader("Cache-Control", "no-store");
            byte[] bytes = (message + "\n").getBytes(StandardCharsets.UTF_8);
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }

        /** The held bytes, in chunks so that a growing answer is never copied. */
        private final class Body extends ServletOutputStream {
            /** Most answers fit in the first, small chunk; larger ones grow by big chunks. */
            private static final int FIRST_CHUNK = 8 * 1024;
            private static final int CHUNK = 64 * 1024;
            private final List<byte[]> chunks = new ArrayList<>();
            private byte[] current = new byte[FIRST_CHUNK];
            private int used;
            private long size;

            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                if (overflowed) {
                    return;
                }
                if (size + length > maxBytes) {
                    overflowed = true;
                    chunks.clear();
                    current = new byte[0];
                    used = 0;
                    stopQuery.run();
                    return;
                }
                size += length;
                while (length > 0) {
                    if (used == current.length) {
                        chunks.add(current);
                        current = new byte[CHUNK];
                        used = 0;
                    }
                    int n = Math.min(length, current.length - used);
                    System.arraycopy(bytes, offset, current, used, n);
                    used += n;
                    offset += n;
                    length -= n;
                }
            }

            @Override
            public void flush() {
                // held until the query has finished
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("a held SPARQL result is written in blocking mode");
            }
        }
    }
}
