package dev.parley.protocol.rest;

import dev.parley.protocol.model.FileObject;
import java.util.List;

/**
 * {@code GET /v1/files?ids=…}: the named files the caller may see, with fresh links (an open
 * page renews expiring links with it); the others are left out.
 */
public record FileList(List<FileObject> items) {
}
