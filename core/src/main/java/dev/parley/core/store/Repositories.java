package dev.parley.core.store;

import dev.parley.core.account.AccountRepository;
import dev.parley.core.auth.TokenRepository;
import dev.parley.core.file.FileRepository;
import dev.parley.core.message.MessageRepository;
import dev.parley.core.message.ReactionRepository;
import dev.parley.core.room.MemberRepository;
import dev.parley.core.room.RoomRepository;
import dev.parley.core.user.UserRepository;
import dev.parley.core.webhook.WebhookRepository;

/** The repositories bound to one unit of work (one connection, one transaction). */
public interface Repositories {
    UserRepository users();

    RoomRepository rooms();

    MemberRepository members();

    MessageRepository messages();

    ReactionRepository reactions();

    TokenRepository tokens();

    AccountRepository accounts();

    WebhookRepository webhooks();
    FileRepository files();
}
