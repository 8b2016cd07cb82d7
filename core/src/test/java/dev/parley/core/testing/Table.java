package dev.parley.core.testing;

import dev.parley.core.store.DuplicateKeyException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * One table of the in-memory store: immutable rows by primary key. Every write is recorded
 * in the {@link UndoLog}, so a failed unit of work restores the rows it changed.
 */
final class Table<K, V> {
    private final String name;
    private final Map<K, V> rows;
    private final UndoLog undo;

    private Table(String name, Map<K, V> rows, UndoLog undo) {
        this.name = name;
        this.rows = rows;
        this.undo = undo;
    }

    static <K, V> Table<K, V> hashed(String name, UndoLog undo) {
        return new Table<>(name, new HashMap<>(), undo);
    }

    /** A table kept in key order, for range scans ({@link #range}). */
    static <K, V> Table<K, V> sorted(String name, Comparator<K> order, UndoLog undo) {
        return new Table<>(name, new TreeMap<>(order), undo);
    }

    Optional<V> find(K key) {
        return Optional.ofNullable(rows.get(key));
    }

    boolean contains(K key) {
        return rows.containsKey(key);
    }

    /** A snapshot of the rows, safe to iterate while writing. */
    List<V> rows() {
        return new ArrayList<>(rows.values());
    }

    List<V> rows(Predicate<V> filter) {
        return rows.values().stream().filter(filter).toList();
    }

    int size() {
        return rows.size();
    }

    /** Inserts a row; a taken key is a {@link DuplicateKeyException}, as a unique key is in SQL. */
    void insert(K key, V row) {
        if (rows.containsKey(key)) {
            throw new DuplicateKeyException(name + ": duplicate key " + key, null);
        }
        put(key, row);
    }

    /** Replaces the row of {@code key} with {@code change} of it; false when there is none. */
    boolean update(K key, UnaryOperator<V> change) {
        V old = rows.get(key);
        if (old == null) {
            return false;
        }
        put(key, change.apply(old));
        return true;
    }

    boolean delete(K key) {
        if (!rows.containsKey(key)) {
            return false;
        }
        V old = rows.remove(key);
        undo.record(() -> rows.put(key, old));
        return true;
    }

    /** Deletes the rows matching {@code filter}; returns how many. */
    int deleteIf(Predicate<V> filter) {
        List<K> doomed = rows.entrySet().stream().filter(e -> filter.test(e.getValue())).map(Map.Entry::getKey)
                .toList();
        doomed.forEach(this::delete);
        return doomed.size();
    }

    /** The rows with keys between {@code from} and {@code to}, in key order (sorted tables only). */
    Collection<V> range(K from, boolean fromInclusive, K to, boolean toInclusive) {
        return List.copyOf(((NavigableMap<K, V>) rows).subMap(from, fromInclusive, to, toInclusive).values());
    }

    private void put(K key, V row) {
        V old = rows.put(key, row);
        undo.record(old == null ? () -> rows.remove(key) : () -> rows.put(key, old));
    }
}
