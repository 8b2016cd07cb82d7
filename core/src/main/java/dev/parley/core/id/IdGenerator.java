package dev.parley.core.id;

import java.util.UUID;

/** Makes globally unique, time-ordered ids for rooms and messages. */
@FunctionalInterface
public interface IdGenerator {
    UUID next();
}
