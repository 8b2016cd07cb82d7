package dev.parley.core.testing;

import dev.parley.core.erase.UserData;
import dev.parley.core.erase.UserDataRepository;
import java.util.List;

/**
 * {@link UserDataRepository} for the in-memory store: the core's unit tests never export nor
 * erase users (the API tests do, on H2 and PostgreSQL), so every call says so.
 */
final class InMemoryUserData implements UserDataRepository {
    private static UnsupportedOperationException notHere() {
        return new UnsupportedOperationException("user export and erasure are tested on the SQL stores");
    }

    @Override
    public List<UserData.Membership> memberships(String userId) {
        throw notHere();
    }

    @Override
    public List<UserData.WrittenMessage> messages(String userId) {
        throw notHere();
    }

    @Override
    public List<UserData.Reaction> reactions(String userId) {
        throw notHere();
    }

    @Override
    public List<UserData.UploadedFile> files(String userId) {
        throw notHere();
    }

    @Override
    public List<UserData.FiledFlag> flags(String userId) {
        throw notHere();
    }

    @Override
    public List<UserData.Invitation> invitations(String userId) {
        throw notHere();
    }

    @Override
    public long otherActiveAdmins(String userId) {
        throw notHere();
    }

    @Override
    public boolean deleteLocalAccount(String userId) {
        throw notHere();
    }
}
