package dev.parley.core.error;

/**
 * Every error a client can see: a stable snake_case code and the HTTP status it maps to.
 * A new error case is a new value here, never a new exception class.
 */
public enum ErrorCode {
    VALIDATION_FAILED(400, "validation_failed", "Invalid request"),
    MALFORMED_JSON(400, "malformed_json", "Malformed JSON"),
    INVALID_CURSOR(400, "invalid_cursor", "Invalid cursor"),
    UNAUTHENTICATED(401, "unauthenticated", "Unauthenticated"),
    INVALID_CREDENTIALS(401, "invalid_credentials", "Wrong user id or password"),
    TOKEN_EXPIRED(401, "token_expired", "Token expired"),
    TOKEN_REVOKED(401, "token_revoked", "Token revoked"),
    USER_DEACTIVATED(401, "user_deactivated", "User deactivated"),
    FORBIDDEN(403, "forbidden", "Forbidden"),
    SIGNUP_DISABLED(403, "signup_disabled", "Sign-up is disabled"),
    BANNED(403, "banned", "Banned"),
    MUTED(403, "muted", "Muted"),
    ROOM_FROZEN(403, "room_frozen", "Room frozen"),
    NOT_FOUND(404, "not_found", "Not found"),
    USER_NOT_FOUND(404, "user_not_found", "User not found"),
    ROOM_NOT_FOUND(404, "room_not_found", "Room not found"),
    MESSAGE_NOT_FOUND(404, "message_not_found", "Message not found"),
    MEMBER_NOT_FOUND(404, "member_not_found", "Member not found"),
    WEBHOOK_NOT_FOUND(404, "webhook_not_found", "Webhook not found"),
    DELIVERY_NOT_FOUND(404, "delivery_not_found", "Delivery not found"),
    CALL_NOT_FOUND(404, "call_not_found", "Call not found"),
    SESSION_NOT_IN_CALL(404, "session_not_in_call", "Session not in this call"),
    FILE_NOT_FOUND(404, "file_not_found", "File not found"),
    INVITATION_NOT_FOUND(404, "invitation_not_found", "Invitation not found"),
    FLAG_NOT_FOUND(404, "flag_not_found", "Flag not found"),
    METHOD_NOT_ALLOWED(405, "method_not_allowed", "Method not allowed"),
    DIRECT_ROOM_IMMUTABLE(409, "direct_room_immutable", "Direct rooms cannot be changed"),
    MESSAGE_DELETED(409, "message_deleted", "Message deleted"),
    STREAM_ENDED(409, "stream_ended", "Stream ended"),
    CLIENT_ID_REUSED(409, "client_id_reused", "clientId already used"),
    FILE_ALREADY_ATTACHED(409, "file_already_attached", "File already attached"),
    INVITATION_CLOSED(409, "invitation_closed", "Invitation already answered"),
    USER_INACTIVE(409, "user_deactivated", "User deactivated"),
    USER_EXISTS(409, "user_exists", "User id taken"),
    CALL_ENDED(409, "call_ended", "Call ended"),
    CALL_STATE_CONFLICT(409, "call_state_conflict", "Not possible in this call's state"),
    ALREADY_IN_CALL(409, "already_in_call", "Already in another call"),
    CALL_NOT_POSSIBLE(409, "call_not_possible", "This room cannot have this call"),
    LIVEKIT_NOT_CONFIGURED(409, "livekit_not_configured", "LiveKit is not configured"),
    ALREADY_FLAGGED(409, "already_flagged", "Message already reported"),
    FLAG_RESOLVED(409, "flag_resolved", "Flag already resolved"),
    CANNOT_ERASE(409, "cannot_erase", "This user cannot be erased"),
    PAYLOAD_TOO_LARGE(413, "payload_too_large", "Payload too large"),
    FILE_TOO_LARGE(413, "file_too_large", "File too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported_media_type", "Unsupported media type"),
    UPGRADE_REQUIRED(426, "upgrade_required", "Upgrade required"),
    TOO_MANY_ATTEMPTS(429, "too_many_attempts", "Too many attempts"),
    TOO_MANY_SIGNALS(429, "too_many_signals", "Too many call signals"),
    SLOW_MODE(429, "slow_mode", "Slow mode"),
    RATE_LIMITED(429, "rate_limited", "Too many messages"),
    INTERNAL(500, "internal_error", "Internal error"),
    UNAVAILABLE(503, "unavailable", "Service unavailable");

    private final int status;
    private final String code;
    private final String title;

    ErrorCode(int status, String code, String title) {
        this.status = status;
        this.code = code;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }
}
