package dev.parley.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * CPU time and resident memory of the server processes (summed over a cluster's nodes), or of
 * the load generator itself, read from {@code /proc} (Linux).
 */
record ServerProcessStats(long cpuTicks, long rssKb) {
    /** Kernel clock ticks per second ({@code getconf CLK_TCK}); 100 on Linux x86-64. */
    static final int TICKS_PER_SECOND = 100;

    /** The processes' totals, or null when no pid is known. */
    static ServerProcessStats readAll(List<Long> pids) throws IOException {
        if (pids.isEmpty()) {
            return null;
        }
        long ticks = 0;
        long rss = 0;
        for (long pid : pids) {
            ServerProcessStats one = read(pid);
            ticks += one.cpuTicks;
            rss += one.rssKb;
        }
        return new ServerProcessStats(ticks, rss);
    }

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
