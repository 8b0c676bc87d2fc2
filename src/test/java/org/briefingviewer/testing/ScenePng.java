package org.briefingviewer.testing;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Writes what a scene shows to a PNG file, for the documented screenshots. */
public final class ScenePng {

    private ScenePng() {
    }

    /** Waits for pending FX work, snapshots {@code scene} on the FX thread and writes it to {@code file}. */
    public static void write(Scene scene, Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        ImageIO.write(WaitForAsyncUtils.asyncFx(() -> image(scene)).get(), "png", file.toFile());
    }

    /**
     * Writes {@code window} as a person sees it: its scene, with every window it opened (popovers, menus, dialogs)
     * drawn over it where they stand.
     */
    public static void writeWithItsWindows(Window window, Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage whole = WaitForAsyncUtils.asyncFx(() -> {
            BufferedImage base = image(window.getScene());
            Graphics2D graphics = base.createGraphics();
            for (Window shown : List.copyOf(Window.getWindows())) {
                if (shown != window && shown.isShowing() && isOpenedBy(shown, window)) {
                    Scene scene = shown.getScene();
                    graphics.drawImage(image(scene), (int) Math.round(shown.getX() + scene.getX() - window.getX()
                            - window.getScene().getX()), (int) Math.round(shown.getY() + scene.getY()
                            - window.getY() - window.getScene().getY()), null);
                }
            }
            graphics.dispose();
            return base;
        }).get();
        ImageIO.write(whole, "png", file.toFile());
    }

    private static boolean isOpenedBy(Window shown, Window owner) {
        for (Window at = ownerOf(shown); at != null; at = ownerOf(at)) {
            if (at == owner) {
                return true;
            }
        }
        return false;
    }

    private static Window ownerOf(Window window) {
        if (window instanceof Stage stage) {
            return stage.getOwner();
        }
        return window instanceof PopupWindow popup ? popup.getOwnerWindow() : null;
    }

    private static BufferedImage image(Scene scene) {
        WritableImage image = scene.snapshot(null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                buffered.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return buffered;
    }
}
