package dev.parley.protocol.rest;

import java.util.Map;

/**
 * {@code GET} · {@code PUT} · {@code DELETE /v1/admin/appearance?clientType=…}: one client type's
 * look. {@code theme} and {@code features} are what {@code /chat/config} serves now (schemas
 * {@code Theme}, {@code Palette}); {@code stored} is what admins set, in the same shape with only
 * the settings they set ({@code {theme: {…}, features: {…}}}); {@code defaults} is what the config
 * file gives ({@code {theme, features}}), what a reset goes back to. {@code version} counts every
 * stored change of any client type (0: none ever).
 */
public record AppearanceDocument(String clientType, long version, Map<String, Object> theme,
        Map<String, Boolean> features, Map<String, Object> stored, Map<String, Object> defaults) {
}
