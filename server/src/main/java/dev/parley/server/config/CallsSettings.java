package dev.parley.server.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Reads and checks the {@code calls.*}, {@code rtc.*} and {@code livekit.*} settings. */
final class CallsSettings {
    private static final Pattern STUN = Pattern.compile("stuns?:[A-Za-z0-9.\\-\\[\\]:]+(\\?[A-Za-z0-9=&]+)?");
    private static final Pattern TURN = Pattern.compile("turns?:[A-Za-z0-9.\\-\\[\\]:]+(\\?[A-Za-z0-9=&]+)?");
    private static final Pattern LIVEKIT = Pattern.compile("wss?://[A-Za-z0-9.-]+(:\\d{1,5})?(/[A-Za-z0-9._~/-]*)?");

    @FunctionalInterface
    interface Integers {
        int read(Setting setting, int min, int max);
    }

    private CallsSettings() {
    }

    static ParleyConfig.Calls read(Function<Setting, String> text, Integers integer,
            BiFunction<Setting, String, ConfigException> bad) {
        var rtc = new ParleyConfig.Rtc(urls(Settings.RTC_STUN_URLS, STUN, "stun:host:port", text, bad),
                urls(Settings.RTC_TURN_URLS, TURN, "turn:host:port?transport=udp", text, bad),
                text.apply(Settings.RTC_TURN_SECRET),
                Duration.ofSeconds(integer.read(Settings.RTC_TURN_TTL, 60, 604_800)));
        if (!rtc.turnUrls().isEmpty() && rtc.turnSecret().isEmpty()) {
            throw bad.apply(Settings.RTC_TURN_SECRET,
                    "must be set when rtc.turn.urls is (the TURN server's static-auth-secret)");
        }
        String url = text.apply(Settings.LIVEKIT_URL);
        String key = text.apply(Settings.LIVEKIT_API_KEY);
        String secret = text.apply(Settings.LIVEKIT_API_SECRET);
        if (!url.isEmpty() && !LIVEKIT.matcher(url).matches()) {
            throw bad.apply(Settings.LIVEKIT_URL, "must be the LiveKit server's ws:// or wss:// URL");
        }
        if (!url.isEmpty() && key.isEmpty()) {
            throw bad.apply(Settings.LIVEKIT_API_KEY, "must be set when livekit.url is");
        }
        if (!url.isEmpty() && secret.length() < 32) {
            throw bad.apply(Settings.LIVEKIT_API_SECRET, "must be set when livekit.url is, at least 32 characters");
        }
        return new ParleyConfig.Calls(Duration.ofSeconds(integer.read(Settings.CALLS_RING_TIMEOUT, 1, 600)),
                integer.read(Settings.CALLS_MESH_MAX, 2, 16), rtc, new ParleyConfig.LiveKit(url, key, secret));
    }

    private static List<String> urls(Setting setting, Pattern pattern, String example, Function<Setting, String> text,
            BiFunction<Setting, String, ConfigException> bad) {
        List<String> urls = new ArrayList<>();
        for (String part : text.apply(setting).split(",")) {
            String url = part.trim();
            if (url.isEmpty()) {
                continue;
            }
            if (!pattern.matcher(url).matches()) {
                throw bad.apply(setting, "'" + url + "' is not a URL like " + example);
            }
            urls.add(url);
        }
        return List.copyOf(urls);
    }
}
