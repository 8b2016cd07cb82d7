package dev.parley.server.routing;

import io.javalin.config.RoutesConfig;

/** One REST resource: registers its routes. */
public interface Routes {
    void register(RoutesConfig routes);
}
