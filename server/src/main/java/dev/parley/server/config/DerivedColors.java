package dev.parley.server.config;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Colors a theme did not set but that must follow the ones it did: a theme that sets only
 * {@code primary} gets its own-message bubble (also the selected room) tinted from that primary
 * instead of the default one, and the text on primary buttons in whichever of white or near-black
 * reads better on it. A derived bubble stays readable: it is tinted less until text and muted
 * text on it reach 4.5:1.
 */
final class DerivedColors {
    private static final String WHITE = "#ffffff";
    private static final String INK = "#0b0d12";

    private DerivedColors() {
    }

    /** Fills in {@code palette} (camelCase keys) what follows from {@code given} (kebab-case keys set in the file). */
    static void derive(Map<String, String> palette, String mode, Set<String> given) {
        if (!given.contains("primary")) {
            return;
        }
        String primary = palette.get("primary");
        if (!given.contains("own-bubble")) {
            palette.put("ownBubble", bubble(primary, palette.get("background"), palette.get("text"), palette.get("muted"),
                    "dark".equals(mode) ? 0.30 : 0.14));
        }
        if (!given.contains("primary-contrast")) {
            palette.put("primaryContrast", Contrast.ratio(WHITE, primary) >= Contrast.ratio(INK, primary) ? WHITE : INK);
        }
    }

    private static String bubble(String primary, String background, String text, String muted, double tint) {
        for (double weight = tint; weight > 0; weight -= 0.02) {
            String mixed = mix(primary, background, weight);
            if (Contrast.ratio(text, mixed) >= Contrast.AA && Contrast.ratio(muted, mixed) >= Contrast.AA) {
                return mixed;
            }
        }
        return background;
    }

    /** {@code weight} of {@code a} over {@code b}, per sRGB channel. */
    static String mix(String a, String b, double weight) {
        StringBuilder out = new StringBuilder("#");
        for (int at = 0; at < 6; at += 2) {
            double channel = channel(a, at) * weight + channel(b, at) * (1 - weight);
            out.append(String.format(Locale.ROOT, "%02x", Math.round(channel)));
        }
        return out.toString();
    }

    private static int channel(String hex, int at) {
        String digits = hex.substring(1);
        if (digits.length() == 3) {
            digits = "" + digits.charAt(0) + digits.charAt(0) + digits.charAt(1) + digits.charAt(1)
                    + digits.charAt(2) + digits.charAt(2);
        }
        return Integer.parseInt(digits.substring(at, at + 2), 16);
    }
}
