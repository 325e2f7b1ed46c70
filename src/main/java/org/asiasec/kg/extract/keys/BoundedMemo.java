package org.asiasec.kg.extract.keys;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the results of a pure function, shared by all threads, up to a fixed number of entries:
 * when it is full it starts afresh, so memory stays bounded however many distinct arguments a long
 * run sees. Only for functions whose result depends on nothing but the argument.
 */
public final class BoundedMemo<K, V> {

    private final ConcurrentHashMap<K, V> results = new ConcurrentHashMap<>();
    private final int capacity;
    private final Function<K, V> function;

    public BoundedMemo(int capacity, Function<K, V> function) {
        this.capacity = capacity;
        this.function = function;
    }

    public V get(K argument) {
        V known = results.get(argument);
        if (known != null) {
            return known;
        }
        // computed outside the map: computeIfAbsent would hold a lock on the bin while the function runs
        V computed = function.apply(argument);
        if (results.size() >= capacity) {
            results.clear();
        }
        results.putIfAbsent(argument, computed);
        return computed;
    }
}
