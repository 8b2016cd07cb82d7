package dev.parley.core.store;

import dev.parley.core.account.AccountRepository;
import dev.parley.core.audit.AuditRepository;
import dev.parley.core.auth.TokenRepository;
import dev.parley.core.change.ChangeRepository;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.grant.GrantRepository;
import dev.parley.core.call.CallRepository;
import dev.parley.core.invitation.InvitationRepository;
import dev.parley.core.event.Event;
import dev.parley.core.file.FileRepository;
import dev.parley.core.message.MessageRepository;
import dev.parley.core.message.ReactionRepository;
import dev.parley.core.room.MemberRepository;
import dev.parley.core.room.RoomRepository;
import dev.parley.core.stream.StreamRepository;
import dev.parley.core.user.UserRepository;
import dev.parley.core.webhook.WebhookRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The repositories of one transaction, and the events its work {@link #record records}.
 * Recorded events are published only after the transaction commits, in the order recorded
 * (Zulip's {@code send_event_on_commit}); a unit of work that throws publishes nothing.
 * Services never publish to the bus themselves: they record on the unit they write through.
 */
public final class UnitOfWork implements Repositories {
    private final Repositories repositories;
    private final List<Event> recorded = new ArrayList<>();

    UnitOfWork(Repositories repositories) {
        this.repositories = repositories;
    }

    /**
     * Records {@code event} to be published once this unit of work has committed, and returns
     * it as it will be published: a {@link Event.RoomChange} takes its room's next change number
     * now, with the room's exact last seq, and goes into the room's change log in this
     * transaction — so the numbers are dense and in commit order per room.
     */
    @SuppressWarnings("unchecked")
    public <E extends Event> E record(E event) {
        Objects.requireNonNull(event, "event");
        E published = event;
        if (event instanceof Event.RoomChange change) {
            var position = repositories.changes().next(change.roomId()).orElseThrow(() ->
                    new ParleyException(ErrorCode.ROOM_NOT_FOUND, "no such room"));
            Event.RoomChange numbered = change.numbered(position.lastChange(), position.lastSeq());
            repositories.changes().append(numbered);
            published = (E) numbered;
        }
        recorded.add(published);
        return published;
    }

    List<Event> recorded() {
        return List.copyOf(recorded);
    }

    @Override
    public UserRepository users() {
        return repositories.users();
    }

    @Override
    public RoomRepository rooms() {
        return repositories.rooms();
    }

    @Override
    public MemberRepository members() {
        return repositories.members();
    }

    @Override
    public MessageRepository messages() {
        return repositories.messages();
    }

    @Override
    public ReactionRepository reactions() {
        return repositories.reactions();
    }

    @Override
    public TokenRepository tokens() {
        return repositories.tokens();
    }

    @Override
    public AccountRepository accounts() {
        return repositories.accounts();
    }

    @Override
    public WebhookRepository webhooks() {
        return repositories.webhooks();
    }

    @Override
    public GrantRepository grants() {
        return repositories.grants();
    }

    @Override
    public AuditRepository audit() {
        return repositories.audit();
    }

    @Override
    public dev.parley.core.moderation.ModerationRepository moderation() {
        return repositories.moderation();
    }

    @Override
    public CallRepository calls() {
        return repositories.calls();
    }

    @Override
    public FileRepository files() {
        return repositories.files();
    }

    @Override
    public ChangeRepository changes() {
        return repositories.changes();
    }

    @Override
    public StreamRepository streams() {
        return repositories.streams();
    }

    @Override
    public InvitationRepository invitations() {
        return repositories.invitations();
    }

    @Override
    public dev.parley.core.admin.AdminRepository admin() {
        return repositories.admin();
    }

    @Override
    public dev.parley.core.flag.FlagRepository flags() {
        return repositories.flags();
    }

    @Override
    public dev.parley.core.appban.AppBanRepository appBans() {
        return repositories.appBans();
    }

    @Override
    public dev.parley.core.appearance.AppearanceRepository appearance() {
        return repositories.appearance();
    }

    @Override
    public dev.parley.core.apikey.ApiSecretRepository apiSecrets() {
        return repositories.apiSecrets();
    }

    @Override
    public dev.parley.core.erase.UserDataRepository userData() {
        return repositories.userData();
    }
}
