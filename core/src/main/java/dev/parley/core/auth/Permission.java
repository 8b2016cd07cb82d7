package dev.parley.core.auth;

/**
 * A grant: something a user may do, given to app roles and, per room type, to room roles by
 * the grants document ({@code dev.parley.core.grant.Grants}). The services check them.
 */
public enum Permission {
    SEND_MESSAGES("sendMessages", "send-messages", "send-message"),
    EDIT_OWN_MESSAGES("editOwnMessages", "edit-own-messages", "edit-own-message"),
    DELETE_OWN_MESSAGES("deleteOwnMessages", "delete-own-messages", "delete-own-message"),
    /** Delete anyone's message in the rooms one can read: admins, and room owners and moderators, by default. */
    DELETE_ANY_MESSAGE("deleteAnyMessage", "delete-any-message", "delete-any-message"),
    CREATE_GROUPS("createGroups", "create-groups", "create-group"),
    CREATE_CHANNELS("createChannels", "create-channels", "create-channel"),
    CREATE_DIRECT_ROOMS("createDirectRooms", "create-direct-rooms", "create-direct-room"),
    /** Add, remove and set other members and their roles (joining a channel and leaving stay open to all). */
    MANAGE_MEMBERS("manageMembers", "manage-members", "manage-members"),
    REACT("react", "react", "react"),
    /** Rename a room, change its topic, avatar and data (owners and moderators, by default). */
    UPDATE_ROOM("updateRoom", "update-room", "update-room"),
    /** Ban a member from the room: out, cannot rejoin nor be re-added (owners, moderators, admins by default). */
    BAN_MEMBERS("banMembers", "ban-members", "ban-member"),
    /** Mute a member: reads, cannot post. */
    MUTE_MEMBERS("muteMembers", "mute-members", "mute-member"),
    /** Freeze the room (only holders of this grant post) or thaw it; they post in a frozen room. */
    FREEZE_ROOM("freezeRoom", "freeze-room", "freeze-room"),
    /** Browse the channel directory and join public channels (guests may not, by default). */
    JOIN_CHANNELS("joinChannels", "join-channels", "join-channel"),
    /** Search the user directory (as far as the server's users.directory setting opens it). */
    SEARCH_USERS("searchUsers", "search-users", "search-users"),
    /** Mention every member of a room with {@code @all} / {@code @here}: admins, and room owners and moderators, by default. */
    MENTION_ALL("mentionAll", "mention-all", "mention-all");

    private final String wireName;
    private final String configName;
    private final String grantName;

    Permission(String wireName, String configName, String grantName) {
        this.wireName = wireName;
        this.configName = configName;
        this.grantName = grantName;
    }

    /** The name in {@code /chat/config}'s permissions: {@code deleteAnyMessage}. */
    public String wireName() {
        return wireName;
    }

    /** The name in the config file's {@code permissions.<role>.<name>} keys: {@code delete-any-message}. */
    public String configName() {
        return configName;
    }

    /** The name in the grants document and in {@code ownCapabilities}: {@code send-message}. */
    public String grantName() {
        return grantName;
    }

    /** The permission of a grant name, or null. */
    public static Permission ofGrant(String name) {
        for (Permission permission : values()) {
            if (permission.grantName.equals(name)) {
                return permission;
            }
        }
        return null;
    }
}
