package dev.parley.store;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The columns of one table as a select list {@code t.col AS t_col, …}, so that the row
 * mapper of a table reads the same labels whether the table is queried alone or joined.
 */
record Columns(String table, List<String> names) {
    Columns {
        names = List.copyOf(names);
    }

    static Columns of(String table, String... names) {
        return new Columns(table, List.of(names));
    }

    /** The select list for the table under {@code alias}. */
    String select(String alias) {
        return names.stream().map(name -> alias + "." + name + " AS " + alias + "_" + name)
                .collect(Collectors.joining(", "));
    }

    /** {@code table alias}, for a FROM or JOIN clause. */
    String from(String alias) {
        return table + " " + alias;
    }
}
