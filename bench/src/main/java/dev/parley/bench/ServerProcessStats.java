package dev.parley.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time and resident memory of the server process, read from {@code /proc} (Linux). */
record ServerProcessStats(long cpuTicks, long rssKb) {
    /** Kernel clock ticks per second ({@code getconf CLK_TCK}); 100 on Linux x86-64. */
    static final int TICKS_PER_SECOND = 100;

    static ServerProcessStats read(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        long rss = 0;
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return new ServerProcessStats(ticks, rss);
    }

    double cpuSecondsSince(ServerProcessStats earlier) {
        return (cpuTicks - earlier.cpuTicks) / (double) TICKS_PER_SECOND;
    }
}
