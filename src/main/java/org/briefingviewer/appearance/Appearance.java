package org.briefingviewer.appearance;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;
import org.briefingviewer.ui.AppFonts;
import org.briefingviewer.ui.Styles;

/**
 * Styles every window and dialog the application shows, and those already open when the look changes. The look is
 * the process's, as JavaFX's user-agent stylesheet is: the theme sets that stylesheet, and every scene gets the
 * application's stylesheet, the theme's own and one rule for the zoomed root font size.
 */
public final class Appearance {

    private static final String STYLESHEET = "/org/briefingviewer/ui/briefing-viewer.css";
    private static final String HIGH_CONTRAST = "/org/briefingviewer/ui/high-contrast.css";

    private static Theme theme = Theme.LIGHT;
    /** An icon's size beside text, in the text's em: 16 px beside 14 px text. */
    private static final double ICON_EM = 8.0 / 7;
    private static double rootFontSize = AppearanceViewModel.BASE_FONT_SIZE;
    private static boolean stylingWindows;
    private static AppearanceViewModel followed;
    private static final InvalidationListener RESTYLE = observable -> show(followed);

    private Appearance() {
    }

    /**
     * Makes Primer the look of every control. Call it before the first control is made: otherwise JavaFX first
     * loads its own Modena theme, only to replace it.
     */
    public static void prepareControls() {
        AppFonts.load();
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
    }

    /** Styles each window as it is shown, from now on; calling it again changes nothing. On the JavaFX thread. */
    public static void styleEveryWindow() {
        if (stylingWindows) {
            return;
        }
        stylingWindows = true;
        prepareControls();
        Window.getWindows().forEach(Appearance::styleWindow);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(Appearance::styleWindow);
            }
        });
    }

    /** Shows {@code look} from now on, in every window, and each change of it as it happens. */
    public static void follow(AppearanceViewModel look) {
        if (followed != null) {
            followed.themeProperty().removeListener(RESTYLE);
            followed.zoomProperty().removeListener(RESTYLE);
        }
        followed = look;
        look.themeProperty().addListener(RESTYLE);
        look.zoomProperty().addListener(RESTYLE);
        show(look);
    }

    private static void show(AppearanceViewModel look) {
        boolean themeChanged = theme != look.themeProperty().get();
        theme = look.themeProperty().get();
        rootFontSize = look.rootFontSize();
        if (themeChanged) {
            prepareControls();
        }
        Window.getWindows().forEach(window -> style(window.getScene()));
    }

    private static void styleWindow(Window window) {
        style(window.getScene());
        window.sceneProperty().addListener((obs, old, scene) -> style(scene));
    }

    /** Gives {@code scene} the application's stylesheets for the look shown now. */
    public static void style(Scene scene) {
        if (scene != null) {
            scene.getStylesheets().setAll(stylesheets());
        }
    }

    static List<String> stylesheets() {
        List<String> sheets = new ArrayList<>();
        sheets.add(newestForm(Appearance.class.getResource(STYLESHEET)));
        if (theme == Theme.HIGH_CONTRAST) {
            sheets.add(newestForm(Appearance.class.getResource(HIGH_CONTRAST)));
        }
        sheets.add(zoomRule());
        return sheets;
    }

    /**
     * The stylesheet's address. JavaFX takes the binary {@code .bss} beside a {@code .css} in its place; when the
     * text is newer (edited in a build folder since the build), an address that does not end in {@code .css}
     * makes JavaFX read the text.
     */
    static String newestForm(URL stylesheet) {
        if ("file".equals(stylesheet.getProtocol())) {
            try {
                Path text = Path.of(stylesheet.toURI());
                Path binary = text.resolveSibling(text.getFileName().toString().replaceFirst("\\.css$", ".bss"));
                if (Files.exists(binary)
                        && Files.getLastModifiedTime(text).compareTo(Files.getLastModifiedTime(binary)) > 0) {
                    return stylesheet.toExternalForm() + "?edited";
                }
            } catch (IOException | URISyntaxException | RuntimeException e) {
                return stylesheet.toExternalForm();
            }
        }
        return stylesheet.toExternalForm();
    }

    /**
     * The zoom in a stylesheet of its own: what follows zoom gets the zoomed root font size, and its icons a size to
     * match, in whole pixels (Ikonli's icon size takes no em).
     */
    private static String zoomRule() {
        String rule = String.format(Locale.ROOT, ".root.%s { -fx-font-size: %.2fpx; }%n"
                        + ".root.%1$s .ikonli-font-icon { -fx-icon-size: %dpx; }",
                Styles.FOLLOWS_ZOOM, rootFontSize, Math.round(rootFontSize * ICON_EM));
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(rule.getBytes(StandardCharsets.UTF_8));
    }
}
