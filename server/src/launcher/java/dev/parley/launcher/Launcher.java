package dev.parley.launcher;

import java.lang.reflect.InvocationTargetException;

/**
 * The jar's entry point, compiled for Java 8 so that an older Java can run it far enough to say
 * what is wrong: on Java 21 or newer it hands over to the {@code parley} command; on an older one
 * it prints one line naming the Java it found and how to get a suitable one, instead of an
 * {@code UnsupportedClassVersionError}.
 */
public final class Launcher {
    static final int REQUIRED = 21;
    private static final String COMMAND = "dev.parley.server.cli.ParleyCli";

    private Launcher() {
    }

    public static void main(String[] args) throws Throwable {
        int found = major(System.getProperty("java.specification.version", "0"));
        if (found < REQUIRED) {
            System.err.println(tooOld(found, System.getProperty("java.home", "?")));
            System.exit(1);
        }
        try {
            Class.forName(COMMAND).getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    static String tooOld(int found, String javaHome) {
        return "parley: needs Java " + REQUIRED + " or newer, but this is Java " + found + " (" + javaHome + ")."
                + " Run the jar with a JDK " + REQUIRED + "+ (JAVA_HOME=/path/to/jdk $JAVA_HOME/bin/java -jar …),"
                + " or use ./parley serve, which finds one, or the release archive from ./parley dist, which brings its own.";
    }

    /** "1.8" → 8, "17" → 17. */
    static int major(String specification) {
        String version = specification.startsWith("1.") ? specification.substring(2) : specification;
        int end = 0;
        while (end < version.length() && Character.isDigit(version.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(version.substring(0, end));
    }
}
