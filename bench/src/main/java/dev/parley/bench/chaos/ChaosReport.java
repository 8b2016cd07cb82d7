package dev.parley.bench.chaos;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table of a chaos run, one row per fault type: how often it was injected, the writes
 * acknowledged while it lasted and in the {@value #AFTER_MS} ms after, the losses, duplicates and
 * mismatches whose cause falls in those windows, and how long the cluster took to converge; then
 * what was found outside any fault, the totals, and the first findings in words.
 */
final class ChaosReport {
    static final long AFTER_MS = 10_000;
    private static final int LISTED = 25;

    private ChaosReport() {
    }

    static void print(ChaosRun.Result result, long seed, PrintStream out) {
        Map<String, long[]> rows = new LinkedHashMap<>();
        Map<String, List<Long>> converge = new LinkedHashMap<>();
        for (FaultType type : FaultType.values()) {
            rows.put(type.label, new long[6]);
            converge.put(type.label, new ArrayList<>());
        }
        rows.put("no fault", new long[6]);
        for (FaultInjector.FaultRecord fault : result.faults()) {
            long[] row = rows.get(fault.type().label);
            row[0]++;
            for (Ledger.Write write : result.writes()) {
                if (write.outcome() == Ledger.Outcome.ACKED && write.answeredAt() >= fault.startedAt()) {
                    if (write.answeredAt() <= fault.endedAt()) {
                        row[1]++;
                    } else if (write.answeredAt() <= fault.endedAt() + AFTER_MS) {
                        row[2]++;
                    }
                }
            }
            converge.get(fault.type().label).add(fault.convergedAt() < 0 ? -1 : fault.convergedAt() - fault.endedAt());
        }
        for (Checker.Finding finding : result.findings()) {
            rows.get(causeOf(finding.at(), result.faults()))[3 + finding.kind().ordinal()]++;
        }
        out.println();
        out.println("| fault | injected | writes acked during | acked in 10 s after | losses | duplicates | mismatches"
                + " | converged in (median / max) |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---|");
        rows.forEach((label, row) -> out.printf("| %s | %s | %s | %s | %d | %d | %d | %s |%n", label,
                label.equals("no fault") ? "-" : row[0], label.equals("no fault") ? "-" : row[1],
                label.equals("no fault") ? "-" : row[2], row[3], row[4], row[5],
                label.equals("no fault") ? "-" : times(converge.get(label))));
        long acked = result.writes().stream().filter(w -> w.outcome() == Ledger.Outcome.ACKED).count();
        long unknown = result.writes().stream().filter(w -> w.outcome() == Ledger.Outcome.UNKNOWN).count();
        out.printf("| **total** | %d | %d writes acked | %d unanswered | %d | %d | %d | views equal the database %s |%n",
                result.faults().size(), acked, unknown, result.count(Checker.Kind.LOSS),
                result.count(Checker.Kind.DUPLICATE), result.count(Checker.Kind.MISMATCH),
                result.checkConvergedMs() < 0 ? "NEVER (checked until the limit)"
                        : result.checkConvergedMs() + " ms after the clients settled");
        out.printf("%nseed %d; %d nodes, %d clients; holes the clients noticed within a session (and had filled"
                + " by a sync): %d%n", seed, result.nodes(), result.clients(), result.holes().size());
        result.holes().stream().limit(LISTED).forEach(h -> out.println("  hole (" + causeOf(h.at(), result.faults())
                + "): " + h.what()));
        result.findings().stream().sorted(Comparator.comparing(Checker.Finding::kind)).limit(LISTED)
                .forEach(f -> out.println("  " + f.kind() + " (" + causeOf(f.at(), result.faults()) + "): " + f.what()));
        if (result.findings().size() > LISTED) {
            out.println("  … and " + (result.findings().size() - LISTED) + " more");
        }
        out.println(result.clean() ? "chaos: PASS — nothing lost, duplicated or different"
                : "chaos: FAIL — " + result.findings().size() + " findings");
    }

    /** The fault whose window (start to {@value #AFTER_MS} ms after its end) holds {@code at}: a finding's cause. */
    private static String causeOf(long at, List<FaultInjector.FaultRecord> faults) {
        String cause = "no fault";
        for (FaultInjector.FaultRecord fault : faults) {
            if (at >= 0 && fault.covers(at, AFTER_MS)) {
                cause = fault.type().label;
            }
        }
        return cause;
    }

    private static String times(List<Long> millis) {
        if (millis.isEmpty()) {
            return "-";
        }
        List<Long> done = millis.stream().filter(m -> m >= 0).sorted().toList();
        long missed = millis.size() - done.size();
        String text = done.isEmpty() ? "" : String.format("%.1f s / %.1f s", done.get(done.size() / 2) / 1000.0,
                done.getLast() / 1000.0);
        return missed == 0 ? text : text + (text.isEmpty() ? "" : ", ") + missed + " not within 90 s";
    }
}
