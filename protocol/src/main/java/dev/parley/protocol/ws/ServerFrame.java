package dev.parley.protocol.ws;

/** A frame the server sends. */
public sealed interface ServerFrame permits MessageEvent, MessageDeltaEvent, StopRequestedEvent, ReactionEvent, RoomChangedEvent, RoomDeletedEvent,
        MemberChangedEvent, MemberRemovedEvent, ReadEvent, TypingEvent, PresenceEvent, UserUpdatedEvent, ReadyFrame,
        PresenceSnapshotFrame, AckFrame, ErrorFrame, PongFrame, SyncDoneFrame, SyncGapFrame, SyncErrorFrame,
        PermissionsChangedEvent, AppearanceChangedEvent, MemberRestrictedEvent, RoomFrozenEvent, InvitationEvent,
        CallUpdatedEvent, CallSignalEvent, RoleChangedEvent {
    String type();
}
