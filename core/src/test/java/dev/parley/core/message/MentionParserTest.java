package dev.parley.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.user.UserCard;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which members a text mentions. */
class MentionParserTest {
    private static final UserCard GRACE = new UserCard("grace.kim", "Grace Kim", null);
    private static final UserCard GRACIE = new UserCard("gr", "Grace", null);
    private static final UserCard ANA = new UserCard("ana@example.com", "Ana", null);
    private static final List<UserCard> MEMBERS = List.of(GRACE, GRACIE, ANA);

    private static Mentions parse(String text) {
        return MentionParser.parse(text, MEMBERS, false);
    }

    @Test
    void a_member_is_mentioned_by_name_or_id_case_insensitively() {
        assertThat(parse("hi @grace kim").userIds()).containsExactly("grace.kim");
        assertThat(parse("hi @GRACE.KIM, see this").userIds()).containsExactly("grace.kim");
        assertThat(parse("@ana@example.com!").userIds()).containsExactly("ana@example.com");
    }

    @Test
    void the_longest_name_wins_and_each_member_counts_once_in_order_of_appearance() {
        assertThat(parse("@Grace Kim and @Grace, and @grace kim again").userIds())
                .containsExactly("grace.kim", "gr");
    }

    @Test
    void a_name_must_end_at_a_word_boundary_and_start_a_word() {
        assertThat(parse("@Gracefully done").isEmpty()).isTrue();
        assertThat(parse("mail me at x@ana").isEmpty()).isTrue();
        assertThat(parse("@Ana's idea. @ana.").userIds()).containsExactly("ana@example.com");
    }

    @Test
    void someone_who_is_not_a_member_is_not_mentioned() {
        assertThat(parse("@zed and @ nobody @").isEmpty()).isTrue();
    }

    @Test
    void at_all_and_at_here_mention_everyone_only_when_allowed() {
        assertThat(MentionParser.parse("@all look", MEMBERS, true).all()).isTrue();
        assertThat(MentionParser.parse("ping @here", MEMBERS, true).all()).isTrue();
        assertThat(MentionParser.parse("@all look", MEMBERS, false).isEmpty()).isTrue();
        assertThat(MentionParser.parse("@allison", MEMBERS, true).isEmpty()).isTrue();
    }

    @Test
    void a_text_without_an_at_sign_mentions_nobody_without_looking_at_members() {
        assertThat(MentionParser.parse("plain", null, true)).isSameAs(Mentions.NONE);
    }
}
