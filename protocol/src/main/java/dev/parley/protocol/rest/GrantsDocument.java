package dev.parley.protocol.rest;

import java.util.List;
import java.util.Map;

/**
 * {@code GET} · {@code PUT /v1/admin/permissions}: who may do what. {@code app} maps app roles
 * ({@code admin}, {@code user}, {@code guest}, {@code bot}) to their grants; {@code channel},
 * {@code group} and {@code direct} map room roles ({@code owner}, {@code moderator},
 * {@code member}) to what they add in rooms of that type. A grant written {@code !grant}
 * revokes it, whatever else grants it. An absent scope grants nothing.
 */
public record GrantsDocument(Map<String, List<String>> app, Map<String, List<String>> channel,
        Map<String, List<String>> group, Map<String, List<String>> direct) {
}
