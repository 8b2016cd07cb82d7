/**
 * The one place where domain values become wire records ({@code dev.parley.protocol}): every
 * REST answer and every WebSocket frame is built here, so the public field names live in the
 * protocol module, not in the domain. {@link dev.parley.server.protocol.WireMapper} maps values,
 * {@link dev.parley.server.protocol.EventFrames} maps room events to frames, and
 * {@link dev.parley.server.protocol.WireOnlySerializers} makes the API's JSON refuse a domain
 * value that did not come through them.
 */
package dev.parley.server.protocol;
