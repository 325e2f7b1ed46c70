package org.asiasec.kg.server;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementExists;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementLateral;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementNotExists;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementUnion;

/**
 * Refuses, before any work is done, the queries whose shape makes Jena's algebra compiler and
 * optimiser recurse once per part: a 30,000-way UNION becomes a 30,000-deep tree of binary unions
 * and ends in a StackOverflowError (HTTP 500 and a thousand lines of stack trace) rather than in an
 * answer. Real queries stay far below these limits; the shipped ones have at most a dozen branches.
 * The walk is iterative, so a deeply nested query cannot overflow the stack here either.
 */
final class QueryShape {

    static final int MAX_UNION_BRANCHES = 1_000;
    static final int MAX_NESTING = 200;
    static final int MAX_EXPRESSION_NODES = 20_000;
    private static final Pattern UNION_WORD = Pattern.compile("(?<![\\p{L}\\p{N}_])[Uu][Nn][Ii][Oo][Nn](?![\\p{L}\\p{N}_])");

    private QueryShape() {
    }

    /** Why the query is refused, in one line; empty when it is acceptable. */
    static Optional<String> refusal(Query query) {
        int unionBranches = 0;
        int expressionNodes = 0;
        Deque<Object[]> todo = new ArrayDeque<>(); // {Element or Expr, depth}
        if (query.getQueryPattern() != null) {
            todo.push(new Object[] {query.getQueryPattern(), 1});
        }
        query.getProject().getExprs().values().forEach(e -> todo.push(new Object[] {e, 1}));
        if (query.hasHaving()) {
            query.getHavingExprs().forEach(e -> todo.push(new Object[] {e, 1}));
        }
        while (!todo.isEmpty()) {
            Object[] next = todo.pop();
            int depth = (int) next[1];
            if (depth > MAX_NESTING) {
                return Optional.of("the query nests groups or expressions more than " + MAX_NESTING + " levels deep;"
                        + " this server answers only queries less deeply nested");
            }
            if (next[0] instanceof Expr expr) {
                if (++expressionNodes > MAX_EXPRESSION_NODES) {
                    return Optional.of("the query's expressions have more than " + MAX_EXPRESSION_NODES + " parts;"
                            + " this server answers only smaller queries");
                }
                if (expr instanceof ExprFunctionOp op && op.getElement() != null) {
                    todo.push(new Object[] {op.getElement(), depth + 1});
                }
                if (expr instanceof ExprFunction f) {
                    f.getArgs().forEach(a -> todo.push(new Object[] {a, depth + 1}));
                }
                continue;
            }
            Element element = (Element) next[0];
            if (element instanceof ElementUnion union) {
                unionBranches += union.getElements().size();
                if (unionBranches > MAX_UNION_BRANCHES) {
                    return Optional.of(tooManyUnions());
                }
            }
            for (Object child : children(element)) {
                todo.push(new Object[] {child, depth + 1});
            }
        }
        return Optional.empty();
    }

    static String tooManyUnions() {
        return "the query has more than " + MAX_UNION_BRANCHES + " UNION branches;"
                + " this server answers only queries with fewer (a VALUES block lists alternatives more simply)";
    }

    /** How often the word UNION (any case) stands in the query text: at least its branches less one. */
    static int unionWords(String query) {
        int count = 0;
        for (Matcher m = UNION_WORD.matcher(query); m.find(); ) {
            count++;
        }
        return count;
    }

    private static Iterable<?> children(Element element) {
        if (element instanceof ElementGroup g) {
            return g.getElements();
        }
        if (element instanceof ElementUnion u) {
            return u.getElements();
        }
        if (element instanceof ElementOptional o) {
            return List.of(o.getOptionalElement());
        }
        if (element instanceof ElementMinus m) {
            return List.of(m.getMinusElement());
        }
        if (element instanceof ElementNamedGraph n) {
            return List.of(n.getElement());
        }
        if (element instanceof ElementService s) {
            return List.of(s.getElement());
        }
        if (element instanceof ElementLateral l) {
            return List.of(l.getLateralElement());
        }
        if (element instanceof ElementExists e) {
            return List.of(e.getElement());
        }
        if (element instanceof ElementNotExists e) {
            return List.of(e.getElement());
        }
        if (element instanceof ElementFilter f) {
            return List.of(f.getExpr());
        }
        if (element instanceof ElementBind b) {
            return List.of(b.getExpr());
        }
        if (element instanceof ElementSubQuery sub) {
            Query q = sub.getQuery();
            List<Object> parts = new ArrayList<>();
            if (q.getQueryPattern() != null) {
                parts.add(q.getQueryPattern());
            }
            parts.addAll(q.getProject().getExprs().values());
            return parts;
        }
        return List.of();
    }

}
