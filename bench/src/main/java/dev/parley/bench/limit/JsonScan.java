package dev.parley.bench.limit;

/** Finds a top-level-ish string field in a client frame's text: the limit server's only "parsing". */
final class JsonScan {
    private JsonScan() {
    }

    /** The raw (still escaped) value of the first string field {@code name}, or null. */
    static String raw(String json, String name) {
        String key = "\"" + name + "\"";
        int at = json.indexOf(key);
        if (at < 0) {
            return null;
        }
        at = json.indexOf('"', json.indexOf(':', at + key.length()) + 1);
        if (at < 0) {
            return null;
        }
        int end = at + 1;
        while (end < json.length() && json.charAt(end) != '"') {
            end += json.charAt(end) == '\\' ? 2 : 1;
        }
        return end < json.length() ? json.substring(at + 1, end) : null;
    }
}
