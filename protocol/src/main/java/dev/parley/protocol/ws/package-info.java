/**
 * WebSocket frames ({@code docs/ws-protocol.md}): {@link dev.parley.protocol.ws.ClientFrame}s
 * the client sends and {@link dev.parley.protocol.ws.ServerFrame}s the server sends — room
 * events ({@code *Event}) and replies ({@code *Frame}). Every frame's first field is its
 * {@code type}.
 */
package dev.parley.protocol.ws;
