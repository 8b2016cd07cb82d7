package dev.parley.protocol.rest;

import java.util.List;

/** One STUN or TURN server, as {@code RTCPeerConnection}'s {@code iceServers} take it. */
public record IceServer(List<String> urls, String username, String credential) {
}
