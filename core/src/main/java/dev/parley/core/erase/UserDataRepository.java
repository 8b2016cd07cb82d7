package dev.parley.core.erase;

import java.util.List;

/** Reads everything stored about one user and removes what erasing them removes. */
public interface UserDataRepository {
    List<UserData.Membership> memberships(String userId);

    /** Every message the user wrote, deleted ones included, oldest first. */
    List<UserData.WrittenMessage> messages(String userId);

    List<UserData.Reaction> reactions(String userId);

    List<UserData.UploadedFile> files(String userId);

    List<UserData.FiledFlag> flags(String userId);

    /** Invitations the user sent or received. */
    List<UserData.Invitation> invitations(String userId);

    /** How many active users with app role admin there are besides {@code userId}. */
    long otherActiveAdmins(String userId);

    /** Removes the user's local account (their password); true when they had one. */
    boolean deleteLocalAccount(String userId);
}
