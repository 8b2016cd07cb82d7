package dev.parley.store.jdbc;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The columns of one table as a select list {@code t.col AS t_col, …}, so that the row
 * mapper of a table reads the same labels whether the table is queried alone or joined.
 */
public record Columns(String table, List<String> names) {
    public Columns {
        names = List.copyOf(names);
    }

    public static Columns of(String table, String... names) {
        return new Columns(table, List.of(names));
    }

    /** The select list for the table under {@code alias}. */
    public String select(String alias) {
        return names.stream().map(name -> alias + "." + name + " AS " + alias + "_" + name)
                .collect(Collectors.joining(", "));
    }

    /** {@code table alias}, for a FROM or JOIN clause. */
    public String from(String alias) {
        return table + " " + alias;
    }
}
