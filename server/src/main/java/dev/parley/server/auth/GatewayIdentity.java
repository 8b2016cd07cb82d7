package dev.parley.server.auth;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.server.config.ParleyConfig;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * The user named by headers that the host's gateway sets after its own authentication
 * (Mia-Platform style): a user-id header, and/or a JSON user-properties header whose id and
 * name are found by dot-notation paths ({@code user.id}). Only trusted when configured: the
 * gateway must strip these headers from what clients send.
 */
public final class GatewayIdentity {
    /** Who the gateway says the caller is. */
    public record Person(String id, String name) {
    }

    private final ParleyConfig.TrustedHeader config;
    private final ObjectMapper mapper;

    public GatewayIdentity(ParleyConfig.TrustedHeader config, ObjectMapper mapper) {
        this.config = config;
        this.mapper = mapper;
    }

    public boolean enabled() {
        return config.enabled();
    }

    /** The person the headers name; empty when the request carries none of them. */
    public Optional<Person> identify(Context ctx) {
        String idHeader = config.userIdHeader().isEmpty() ? null : blankToNull(ctx.header(config.userIdHeader()));
        JsonNode properties = config.propertiesHeader().isEmpty() ? null : properties(ctx);
        String id = idHeader != null ? idHeader : text(properties, config.idPath());
        if (id == null) {
            if (properties != null) {
                throw invalid("the header " + config.propertiesHeader() + " has no user id at " + config.idPath());
            }
            return Optional.empty();
        }
        String name = text(properties, config.namePath());
        return Optional.of(new Person(id, name == null || name.isBlank() ? id : name));
    }

    private JsonNode properties(Context ctx) {
        String header = blankToNull(ctx.header(config.propertiesHeader()));
        if (header == null) {
            return null;
        }
        try {
            JsonNode node = mapper.readTree(header);
            if (!node.isObject()) {
                throw invalid("the header " + config.propertiesHeader() + " must hold a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw invalid("the header " + config.propertiesHeader() + " is not valid JSON");
        }
    }

    /** The string (or number) at a dot-notation path, or null. */
    public static String text(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            if (node == null || !node.isObject()) {
                return null;
            }
            node = node.get(part);
        }
        if (node == null || !(node.isTextual() || node.isNumber())) {
            return null;
        }
        return blankToNull(node.asText());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static ParleyException invalid(String detail) {
        return new ParleyException(ErrorCode.UNAUTHENTICATED, detail);
    }
}
