package dev.parley.core.auth;

/**
 * What an app role may do anywhere in the app, on top of the room roles (owner, moderator,
 * member). The operator grants them per app role; the services check them.
 */
public enum Permission {
    SEND_MESSAGES("sendMessages", "send-messages"),
    EDIT_OWN_MESSAGES("editOwnMessages", "edit-own-messages"),
    DELETE_OWN_MESSAGES("deleteOwnMessages", "delete-own-messages"),
    /** Delete anyone's message in the rooms one can read; admins have it by default. */
    DELETE_ANY_MESSAGE("deleteAnyMessage", "delete-any-message"),
    CREATE_GROUPS("createGroups", "create-groups"),
    CREATE_CHANNELS("createChannels", "create-channels"),
    CREATE_DIRECT_ROOMS("createDirectRooms", "create-direct-rooms"),
    /** Add, remove and set other members and their roles (joining a channel and leaving stay open to all). */
    MANAGE_MEMBERS("manageMembers", "manage-members"),
    REACT("react", "react"),
    /** Mention every member of a room with {@code @all} / {@code @here}; admins by default (room owners and moderators may anyway). */
    MENTION_ALL("mentionAll", "mention-all");

    private final String wireName;
    private final String configName;

    Permission(String wireName, String configName) {
        this.wireName = wireName;
        this.configName = configName;
    }

    /** The name clients see: {@code deleteAnyMessage}. */
    public String wireName() {
        return wireName;
    }

    /** The name in the config file: {@code delete-any-message}. */
    public String configName() {
        return configName;
    }
}
