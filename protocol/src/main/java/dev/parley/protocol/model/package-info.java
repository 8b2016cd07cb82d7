/** The resources of the API as they appear in REST bodies and WebSocket frames alike. */
package dev.parley.protocol.model;
