package dev.parley.protocol.rest;

import dev.parley.protocol.model.Member;
import java.util.List;

/** The members an add or a replace of the member list produced. */
public record MemberList(List<Member> items) {
}
