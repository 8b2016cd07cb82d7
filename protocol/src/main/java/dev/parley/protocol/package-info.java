/**
 * The public wire format of Parley, and its single source of truth: every JSON body of the REST
 * API ({@link dev.parley.protocol.rest}), every WebSocket frame ({@link dev.parley.protocol.ws}),
 * the resources both carry ({@link dev.parley.protocol.model}) and, later, webhook payloads
 * ({@link dev.parley.protocol.webhook}).
 *
 * <p>The records carry the public field names and JSON types; the server maps domain values onto
 * them in one place ({@code dev.parley.server.protocol}). This module does not depend on the
 * domain, so renaming a domain field cannot change the wire. Tests compare these records with
 * {@code openapi.json} and with the web client's {@code types.ts}, field by field.
 */
package dev.parley.protocol;
