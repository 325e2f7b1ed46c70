package org.asiasec.kg.server;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecDatasetBuilder;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.eclipse.jetty.http.HttpStatus;

/**
 * Fuseki's SPARQL query service with the whole request under the time limit:
 * <ul>
 * <li>a {@code timeout} parameter that is not a positive number of seconds is refused (400), not ignored;</li>
 * <li>the time spent reading and parsing the query counts against the limit, and the query runs only for
 * what is left of it;</li>
 * <li>queries whose shape would overflow the algebra compiler's stack ({@link QueryShape}) are refused
 * with 400 and one line before any work, and a stack overflow that still happens becomes the same 400,
 * not a 500 with a stack trace in the log;</li>
 * <li>a SELECT result is held ({@link ResultBuffer}) until the query has finished, so that a query stopped
 * by its timeout answers 503 instead of 200 with a truncated body.</li>
 * </ul>
 * The size of a request is limited before it gets here (413, {@link KgServer#MAX_REQUEST_BYTES}).
 */
final class GuardedQuery extends SPARQL_QueryDataset {

    @Override
    protected void validateRequest(HttpAction action) {
        try {
            QueryTimeLimit.requestedMillis(action.getRequestParameter("timeout"));
        } catch (IllegalArgumentException e) {
            ServletOps.errorBadRequest(e.getMessage());
        }
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        // Counted in the text before parsing: parsing a 30,000-way UNION alone costs seconds of CPU. A query
        // whose comments or strings say UNION more than a thousand times is refused as well.
        if (queryString != null && QueryShape.unionWords(queryString) > QueryShape.MAX_UNION_BRANCHES) {
            ServletOps.errorBadRequest(QueryShape.tooManyUnions());
        }
        try {
            super.execute(queryString, action);
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest("the query is nested too deeply for this server to compile it");
        }
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        QueryShape.refusal(query).ifPresent(ServletOps::errorBadRequest);
        QueryTimeLimit limit = limit(action);
        long spent = spentMillis(action);
        if (limit.isSet() && spent >= limit.earliestMillis()) {
            ServletOps.error(HttpStatus.SERVICE_UNAVAILABLE_503, "Query timed out (reading and parsing it took " + spent + " ms)");
        }
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExecDatasetBuilder builder = QueryExec.newBuilder().dataset(dataset).query(query).context(action.getContext());
        QueryTimeLimit left = limit(action).minus(spentMillis(action));
        if (left.firstResultMillis() > 0) {
            builder.initialTimeout(left.firstResultMillis(), TimeUnit.MILLISECONDS);
        }
        if (left.overallMillis() > 0) {
            builder.overallTimeout(left.overallMillis(), TimeUnit.MILLISECONDS);
        }
        return builder.build();
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
        ResultBuffer.Held held = ResultBuffer.of(action.getRequest());
        if (held == null || !requestQuery.isSelectType()) {
            // CONSTRUCT, DESCRIBE and ASK are computed in full before Fuseki writes a byte
            return super.executeQuery(action, queryExec, requestQuery, queryStringLog);
        }
        RowSet rows = new WatchedRows(queryExec.select(), held);
        rows.hasNext(); // the first row, under the timeout: a query stopped here answers 503 at once
        held.hold(queryExec::abort);
        return new QueryExecResult(rows);
    }

    private static QueryTimeLimit limit(HttpAction action) {
        return QueryTimeLimit.of(action.getContext().getAsString(ARQ.queryTimeout), action.getRequestParameter("timeout"));
    }

    private static long spentMillis(HttpAction action) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - action.getStartTime());
    }

    /** A SELECT result that tells the held response when the timeout stops it. */
    private record WatchedRows(RowSet rows, ResultBuffer.Held held) implements RowSet {

        @Override
        public boolean hasNext() {
            try {
                return rows.hasNext();
            } catch (QueryCancelledException e) {
                held.timedOut();
                throw e;
            }
        }

        @Override
        public Binding next() {
            try {
                return rows.next();
            } catch (QueryCancelledException e) {
                held.timedOut();
                throw e;
            }
        }

        @Override
        public List<Var> getResultVars() {
            return rows.getResultVars();
        }

        @Override
        public long getRowNumber() {
            return rows.getRowNumber();
        }

        @Override
        public void close() {
            rows.close();
        }
    }
}
