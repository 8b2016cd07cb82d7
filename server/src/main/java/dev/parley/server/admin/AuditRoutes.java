package dev.parley.server.admin;

import dev.parley.core.audit.AuditSearch;
import dev.parley.core.audit.AuditService;
import dev.parley.core.error.ParleyException;
import dev.parley.server.http.QueryParams;
import dev.parley.server.protocol.AdminWire;
import dev.parley.server.protocol.WireMapper;
import dev.parley.server.routing.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * {@code GET /v1/admin/audit?actorId=&action=&from=&to=}: the audit log, newest first, a page
 * at a time; with {@code format=csv}, every matching entry as a CSV file.
 */
public final class AuditRoutes implements Routes {
    private final AdminGate gate;
    private final AuditService audit;

    public AuditRoutes(AdminGate gate, AuditService audit) {
        this.gate = gate;
        this.audit = audit;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/v1/admin/audit", this::search);
    }

    private void search(Context ctx) {
        var actor = gate.actor(ctx);
        var search = new AuditSearch(ctx.queryParam("actorId"), ctx.queryParam("action"), time(ctx, "from"),
                time(ctx, "to"));
        String format = ctx.queryParam("format");
        if ("csv".equals(format)) {
            csv(ctx, actor, search);
            return;
        }
        if (format != null && !format.equals("json")) {
            throw ParleyException.invalid("format must be json or csv");
        }
        ctx.header("Cache-Control", "no-store")
                .json(WireMapper.page(audit.search(actor, search, QueryParams.page(ctx)), AdminWire::auditEntry));
    }

    private void csv(Context ctx, dev.parley.core.auth.Actor actor, AuditSearch search) {
        // Checked (403, 400) before the first byte, so a refusal is still a problem document.
        var first = audit.search(actor, search, new dev.parley.core.page.PageRequest(1, null));
        ctx.contentType("text/csv; charset=utf-8").header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"parley-audit.csv\"");
        try {
            OutputStream out = ctx.res().getOutputStream();
            out.write(AuditCsv.HEADER.getBytes(StandardCharsets.UTF_8));
            if (!first.items().isEmpty()) {
                audit.export(actor, search, rows -> write(out, AuditCsv.rows(rows)));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant time(Context ctx, String name) {
        return QueryParams.time(ctx, name);
    }
}
