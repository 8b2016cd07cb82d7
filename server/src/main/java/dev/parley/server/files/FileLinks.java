package dev.parley.server.files;

import dev.parley.core.file.StoredFile.Variant;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * Fresh signed links to a file's renditions: {@code <base>/v1/files/<id>/<variant>?expires=…&signature=…}.
 * The expiry is rounded up to the next whole step — a sixth of the lifetime, at most a minute
 * (one minute for the default hour) — so links made within one step are the same (browsers
 * cache them) and each works for the configured lifetime or up to one step more.
 */
public final class FileLinks {
    public static final String ROUTE = "/v1/files/{fileId}/{variant}";

    private final LinkSigner signer;
    private final Clock clock;
    private final Duration lifetime;
    private final String base;
    private final long step;

    /** @param base the public URL of the server, or empty for links relative to the server's root */
    public FileLinks(LinkSigner signer, Clock clock, Duration lifetime, String base) {
        this.signer = signer;
        this.clock = clock;
        this.lifetime = lifetime;
        this.base = base;
        this.step = Math.max(1, Math.min(60, lifetime.toSeconds() / 6));
    }

    public String link(UUID fileId, Variant variant) {
        long expires = clock.instant().plus(lifetime).getEpochSecond();
        expires = (expires + step - 1) / step * step;
        String id = fileId.toString();
        return base + "/v1/files/" + id + "/" + variant.wireName() + "?expires=" + expires + "&signature="
                + signer.sign(id, variant.wireName(), expires);
    }
}
