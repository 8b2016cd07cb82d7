/**
 * REST bodies: what requests carry ({@code *Request}) and what responses carry besides the
 * resources of {@link dev.parley.protocol.model}. Each record is a schema of {@code openapi.json}
 * with the same name.
 */
package dev.parley.protocol.rest;
