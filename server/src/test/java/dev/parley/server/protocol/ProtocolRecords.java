package dev.parley.server.protocol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The records of the protocol module, found on the class path, and what a component holds at the JSON level. */
final class ProtocolRecords {
    static final String ROOT = "dev/parley/protocol";

    private ProtocolRecords() {
    }

    /** Every record under {@code dev.parley.protocol} (nested ones included), by name. */
    static List<Class<?>> all() {
        List<String> names = new ArrayList<>();
        try {
            var resources = ProtocolRecords.class.getClassLoader().getResources(ROOT);
            while (resources.hasMoreElements()) {
                names.addAll(classNames(resources.nextElement()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names.stream().map(ProtocolRecords::load).filter(Class::isRecord)
                .sorted(Comparator.comparing(Class::getName)).toList();
    }

    /** The records of one sub-package, e.g. {@code "ws"}. */
    static List<Class<?>> in(String subPackage) {
        String name = "dev.parley.protocol." + subPackage;
        return all().stream().filter(type -> type.getPackageName().equals(name)).toList();
    }

    private static List<String> classNames(URL url) throws IOException {
        if (url.getProtocol().equals("jar")) {
            var jar = ((JarURLConnection) url.openConnection()).getJarFile();
            return jar.stream().map(entry -> entry.getName())
                    .filter(name -> name.startsWith(ROOT) && name.endsWith(".class"))
                    .map(ProtocolRecords::className).toList();
        }
        try (Stream<Path> files = Files.walk(Path.of(url.toURI()))) {
            Path base = Path.of(url.toURI());
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> className(ROOT + "/" + base.relativize(file).toString().replace('\\', '/'))).toList();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String className(String path) {
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ProtocolRecords.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JSON name of a component: its {@code @JsonProperty} name when it has one (a Java keyword such as {@code final}). */
    static String jsonName(java.lang.reflect.RecordComponent component) {
        var renamed = component.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
        return renamed == null || renamed.value().isEmpty() ? component.getName() : renamed.value();
    }

    /** The JSON type a component is written as: string, integer, number, boolean, array, object or any. */
    static String jsonType(Type type) {
        Class<?> raw = raw(type);
        if (raw == String.class || raw == java.util.UUID.class || raw == java.time.Instant.class || raw.isEnum()) {
            return "string";
        }
        if (raw == int.class || raw == long.class || raw == Integer.class || raw == Long.class) {
            return "integer";
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            return "number";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "boolean";
        }
        if (java.util.Collection.class.isAssignableFrom(raw)) {
            return "array";
        }
        if (raw == dev.parley.protocol.model.RawJson.class || raw == Object.class) {
            return "any";
        }
        return "object";
    }

    /** The element type of a collection component, or null. */
    static Type elementType(Type type) {
        return type instanceof ParameterizedType p && java.util.Collection.class.isAssignableFrom(raw(p))
                ? p.getActualTypeArguments()[0] : null;
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class; // a type variable, as in Page<T>: checked by the page's own rule
    }

    /** A record written as a JSON object (not {@code RawJson}, which is written as the value it holds). */
    static boolean isObjectRecord(Class<?> type) {
        return type.isRecord() && type != dev.parley.protocol.model.RawJson.class;
    }

    /** The values a frame's {@code type} takes: its {@code public static final String} constants. */
    static Set<String> typeConstants(Class<?> record) {
        Set<String> values = new TreeSet<>();
        for (var field : record.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (field.getType() == String.class && Modifier.isStatic(modifiers)
                    && Modifier.isPublic(modifiers)) {
                try {
                    values.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return values;
    }
}
