package dev.parley.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What this machine lets one process open: ephemeral ports per (source address, destination)
 * and file descriptors. Read from {@code /proc} (Linux); generous defaults elsewhere.
 */
record LocalLimits(int ephemeralPorts, long openFiles) {
    static LocalLimits read() {
        int ports = 28_232;
        long files = Long.MAX_VALUE;
        try {
            String[] range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim().split("\\s+");
            ports = Integer.parseInt(range[1]) - Integer.parseInt(range[0]) + 1;
            for (String line : Files.readAllLines(Path.of("/proc/self/limits"))) {
                if (line.startsWith("Max open files")) {
                    String soft = line.substring("Max open files".length()).trim().split("\\s+")[0];
                    files = "unlimited".equals(soft) ? Long.MAX_VALUE : Long.parseLong(soft);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: keep the defaults
        }
        return new LocalLimits(ports, files);
    }

    /**
     * Null when {@code sockets} fit, else why not: each (source address, node) pair has its own
     * ephemeral port range, and every socket is a file descriptor.
     */
    String whyNot(long sockets, int sourceAddresses, int nodes) {
        long ports = (long) ephemeralPorts * sourceAddresses * nodes;
        if (sockets > ports) {
            return String.format("%,d sockets need more than the %,d ephemeral ports of %d source address(es) x %d"
                    + " node(s) (net.ipv4.ip_local_port_range): add --source-address 127.0.0.2,127.0.0.3,…",
                    sockets, ports, sourceAddresses, nodes);
        }
        if (sockets + 1_000 > openFiles) {
            return String.format("%,d sockets need more file descriptors than this process may open (%,d):"
                    + " raise it first, e.g. ulimit -n 1048576", sockets, openFiles);
        }
        return null;
    }
}
