package dev.parley.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A scenario's result as one markdown table row (with its header) and one JSON line. */
final class Report {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ObjectNode json = JSON.createObjectNode();
    private final List<String> headers = new ArrayList<>();
    private final List<String> cells = new ArrayList<>();

    Report(String scenario) {
        json.put("scenario", scenario);
        headers.add("scenario");
        cells.add(scenario);
    }

    Report count(String header, String key, long value) {
        json.put(key, value);
        return column(header, String.format(Locale.ROOT, "%,d", value));
    }

    /** A measured value: {@code decimals} digits in the table, NaN ("unknown") as an empty JSON value. */
    Report number(String header, String key, double value, int decimals) {
        if (Double.isNaN(value)) {
            json.putNull(key);
            return column(header, "n/a");
        }
        json.put(key, Math.round(value * Math.pow(10, decimals)) / Math.pow(10, decimals));
        return column(header, String.format(Locale.ROOT, "%,." + decimals + "f", value));
    }

    Report text(String header, String key, String value) {
        json.put(key, value);
        return column(header, value);
    }

    private Report column(String header, String cell) {
        headers.add(header);
        cells.add(cell);
        return this;
    }

    void print(PrintStream out) {
        out.println();
        out.println("| " + String.join(" | ", headers) + " |");
        out.println("|---" + "|---:".repeat(headers.size() - 1) + "|");
        out.println("| " + String.join(" | ", cells) + " |");
        out.println(json);
    }
}
