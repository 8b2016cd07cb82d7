package dev.parley.server.protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small reader of the declarations in {@code web/src/client/types.ts}: {@code interface X<T>
 * extends A, B { a: T; b?: U }} and string-literal unions {@code type X = "a" | "b"}. Enough
 * for a file of wire types; not a TypeScript parser.
 */
final class TypeScriptDeclarations {
    record Field(String name, boolean optional, String type) {
    }

    private record Interface(boolean exported, List<String> bases, List<Field> fields) {
    }

    private static final Pattern INTERFACE = Pattern.compile(
            "(export\\s+)?interface\\s+(\\w+)(?:<[^>]*>)?(?:\\s+extends\\s+([\\w\\s,]+?))?\\s*\\{");
    private static final Pattern LITERAL_UNION = Pattern.compile(
            "type\\s+(\\w+)\\s*=\\s*((?:\\s*\\|?\\s*\"[^\"]*\")+)\\s*;");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern FIELD = Pattern.compile("(\\w+)(\\?)?\\s*:\\s*(.+)", Pattern.DOTALL);

    private final Map<String, Interface> interfaces = new LinkedHashMap<>();
    private final Map<String, Set<String>> literalUnions = new LinkedHashMap<>();

    static TypeScriptDeclarations parse(String source) {
        var declarations = new TypeScriptDeclarations();
        String code = source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
        Matcher m = INTERFACE.matcher(code);
        while (m.find()) {
            int end = closingBrace(code, m.end() - 1);
            List<String> bases = m.group(3) == null ? List.of()
                    : List.of(m.group(3).trim().split("\\s*,\\s*"));
            declarations.interfaces.put(m.group(2),
                    new Interface(m.group(1) != null, bases, members(code.substring(m.end(), end))));
        }
        Matcher u = LITERAL_UNION.matcher(code);
        while (u.find()) {
            declarations.literalUnions.put(u.group(1), literals(u.group(2)));
        }
        return declarations;
    }

    Set<String> exportedInterfaces() {
        Set<String> names = new TreeSet<>();
        interfaces.forEach((name, declared) -> {
            if (declared.exported()) {
                names.add(name);
            }
        });
        return names;
    }

    boolean hasInterface(String name) {
        return interfaces.containsKey(name);
    }

    /** The fields of an interface, its bases' first. */
    List<Field> fields(String name) {
        Interface declared = interfaces.get(name);
        List<Field> all = new ArrayList<>();
        for (String base : declared.bases()) {
            all.addAll(fields(base));
        }
        all.addAll(declared.fields());
        return all;
    }

    Map<String, Set<String>> literalUnions() {
        return literalUnions;
    }

    /** The string literals a type is a union of; empty when it is not such a union. */
    Set<String> literalsOf(String type) {
        String bare = withoutNull(type);
        if (literalUnions.containsKey(bare)) {
            return literalUnions.get(bare);
        }
        return bare.matches("(\\s*\\|?\\s*\"[^\"]*\")+") ? literals(bare) : Set.of();
    }

    /** The JSON type a TypeScript type stands for: string, number, boolean, array, object or any. */
    String jsonType(String type) {
        String bare = withoutNull(type);
        if (bare.equals("string") || !literalsOf(bare).isEmpty()) {
            return "string";
        }
        if (bare.equals("number") || bare.equals("boolean")) {
            return bare;
        }
        if (bare.endsWith("[]") || bare.startsWith("Array<")) {
            return "array";
        }
        if (bare.equals("unknown") || bare.equals("any") || bare.matches("[A-Z]")) {
            return "any";
        }
        return "object";
    }

    /** The interface an object type names ({@code Partial<Room> & {…}} names Room). */
    static String referenced(String type) {
        Matcher m = Pattern.compile("^(?:Partial<)?(\\w+)").matcher(withoutNull(type));
        return m.find() ? m.group(1) : type;
    }

    static String elementOf(String type) {
        String bare = withoutNull(type);
        return bare.endsWith("[]") ? bare.substring(0, bare.length() - 2) : bare.replaceAll("^Array<(.*)>$", "$1");
    }

    private static String withoutNull(String type) {
        return type.replaceAll("\\s*\\|\\s*(null|undefined)\\b", "").trim();
    }

    private static Set<String> literals(String union) {
        Set<String> values = new TreeSet<>();
        Matcher m = LITERAL.matcher(union);
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    private static List<Field> members(String body) {
        List<Field> fields = new ArrayList<>();
        for (String member : topLevel(body)) {
            Matcher m = FIELD.matcher(member.trim());
            if (m.matches()) {
                fields.add(new Field(m.group(1), m.group(2) != null, m.group(3).trim()));
            }
        }
        return fields;
    }

    /** Splits a body at the semicolons and line ends that are not inside brackets. */
    private static List<String> topLevel(String body) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '{' || c == '<' || c == '(' || c == '[') {
                depth++;
            } else if (c == '}' || c == '>' || c == ')' || c == ']') {
                depth--;
            } else if ((c == ';' || c == '\n') && depth == 0) {
                parts.add(body.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(body.substring(start));
        return parts;
    }

    private static int closingBrace(String code, int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            if (code.charAt(i) == '{') {
                depth++;
            } else if (code.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced braces in types.ts");
    }
}
