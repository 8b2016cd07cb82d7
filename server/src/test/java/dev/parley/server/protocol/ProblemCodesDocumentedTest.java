package dev.parley.server.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.error.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The error codes {@code openapi.json} documents ({@code Problem}: its table of codes and its
 * {@code code} enum) are exactly those of {@link ErrorCode}, each with its HTTP status, so a new
 * code cannot go undocumented.
 */
class ProblemCodesDocumentedTest {
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z_]+)` \\| ([0-9 /]+) \\|", Pattern.MULTILINE);

    private static JsonNode problem;
    private static Map<String, String> table;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = ProblemCodesDocumentedTest.class.getResourceAsStream("/openapi.json")) {
            problem = new ObjectMapper().readTree(in).path("components").path("schemas").path("Problem");
        }
        table = new LinkedHashMap<>();
        Matcher row = ROW.matcher(problem.path("description").asText());
        while (row.find()) {
            table.put(row.group(1), row.group(2).trim());
        }
    }

    @Test
    void every_error_code_has_a_row_of_the_problem_table_with_its_status() {
        List<String> missing = new ArrayList<>();
        for (ErrorCode code : ErrorCode.values()) {
            String statuses = table.get(code.code());
            if (statuses == null || !Arrays.asList(statuses.split(" / ")).contains(String.valueOf(code.status()))) {
                missing.add(code.code() + " (" + code.status() + ")");
            }
        }
        assertThat(missing).as("codes missing from Problem's table in openapi.json").isEmpty();
    }

    @Test
    void the_problem_table_names_no_code_the_server_does_not_answer() {
        List<String> known = Arrays.stream(ErrorCode.values()).map(ErrorCode::code).toList();
        assertThat(table.keySet()).as("rows of Problem's table").isNotEmpty().isSubsetOf(known);
    }

    @Test
    void the_code_enum_lists_every_error_code_and_nothing_else() {
        List<String> documented = new ArrayList<>();
        problem.path("properties").path("code").path("enum").forEach(value -> documented.add(value.asText()));
        List<String> known = Arrays.stream(ErrorCode.values()).map(ErrorCode::code).distinct().toList();
        assertThat(documented).containsExactlyInAnyOrderElementsOf(known);
    }
}
