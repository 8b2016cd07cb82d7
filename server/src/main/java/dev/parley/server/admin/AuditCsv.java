package dev.parley.server.admin;

import dev.parley.core.audit.AuditEntry;
import java.util.List;

/**
 * The audit log as CSV (RFC 4180: comma-separated, CRLF, quoted where needed). A cell that a
 * spreadsheet would run as a formula ({@code = + - @} first) is prefixed with {@code '}.
 */
final class AuditCsv {
    static final String HEADER = "id,at,actorId,action,targetType,targetId,before,after\r\n";

    private AuditCsv() {
    }

    static String rows(List<AuditEntry> entries) {
        StringBuilder out = new StringBuilder();
        for (AuditEntry e : entries) {
            out.append(cell(e.id().toString())).append(',').append(cell(e.at().toString())).append(',')
                    .append(cell(e.actorId())).append(',').append(cell(e.action())).append(',')
                    .append(cell(e.targetType())).append(',').append(cell(e.targetId())).append(',')
                    .append(cell(e.before())).append(',').append(cell(e.after())).append("\r\n");
        }
        return out.toString();
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
