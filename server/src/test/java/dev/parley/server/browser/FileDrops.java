package dev.parley.server.browser;

import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;

/** What the file browser tests do in a page: drop and paste files, wait for images, make noise images. */
final class FileDrops {
    private FileDrops() {
    }

    static Locator composer(Page page) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Message"));
    }

    /** A DataTransfer holding one PNG file, made in the page. */
    private static JSHandle transfer(Page page, byte[] png, String name) {
        return page.evaluateHandle("([b64, name]) => { const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));"
                + " const dt = new DataTransfer(); dt.items.add(new File([bytes], name, { type: 'image/png' }));"
                + " return dt; }", List.of(Base64.getEncoder().encodeToString(png), name));
    }

    static void drop(Page page, byte[] png, String name) {
        JSHandle dt = transfer(page, png, name);
        String zone = "[data-testid=room-drop-zone]";
        page.dispatchEvent(zone, "dragenter", Map.of("dataTransfer", dt));
        page.dispatchEvent(zone, "dragover", Map.of("dataTransfer", dt));
        page.dispatchEvent(zone, "drop", Map.of("dataTransfer", dt));
    }

    /** What a paste of an image from the clipboard gives the composer. */
    static void paste(Page page, byte[] png, String name) {
        JSHandle dt = transfer(page, png, name);
        composer(page).evaluate("(el, dt) => el.dispatchEvent(new ClipboardEvent('paste',"
                + " { clipboardData: dt, bubbles: true, cancelable: true }))", dt);
    }

    static boolean loaded(Locator image) {
        image.evaluate("img => img.complete ? null : new Promise(r => { img.onload = r; img.onerror = r; })");
        return (Boolean) image.evaluate("img => img.complete && img.naturalWidth > 0");
    }

    /** Noise does not compress: a PNG of about width × height × 3 bytes. */
    static byte[] noisePng(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(width * 31L + height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
