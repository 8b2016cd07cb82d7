package dev.parley.core.store;

import dev.parley.core.account.AccountRepository;
import dev.parley.core.auth.TokenRepository;
import dev.parley.core.event.Event;
import dev.parley.core.file.FileRepository;
import dev.parley.core.message.MessageRepository;
import dev.parley.core.message.ReactionRepository;
import dev.parley.core.room.MemberRepository;
import dev.parley.core.room.RoomRepository;
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

    /** Records {@code event} to be published once this unit of work has committed. */
    public void record(Event event) {
        recorded.add(Objects.requireNonNull(event, "event"));
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
    public FileRepository files() {
        return repositories.files();
    }
}
