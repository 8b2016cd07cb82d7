package dev.parley.server.ws;

import dev.parley.core.call.CallSignals;
import dev.parley.protocol.ws.CallSignalFrame;

/**
 * {@code call.signal}: relays a WebRTC offer, answer or ICE candidate to one session of another
 * participant of the call, on whatever node it is connected. Answered only when refused (an
 * {@code error} with the frame's ref); a refused signal reaches nobody.
 */
final class CallSignalHandler implements FrameHandler {
    private final CallSignals signals;
    private final Replies replies;

    CallSignalHandler(CallSignals signals, Replies replies) {
        this.signals = signals;
        this.replies = replies;
    }

    @Override
    public void handle(WsSession session, ClientFrame frame) {
        CallSignalFrame signal = replies.bind(frame, CallSignalFrame.class);
        signals.relay(session.actor(), session.id(), Replies.required("callId", signal.callId()),
                signal.toSessionId(), signal.kind(), signal.payload() == null ? null : signal.payload().json());
    }
}
