package org.briefingviewer.help;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.briefingviewer.shell.Action;
import org.briefingviewer.shell.Feature;
import org.briefingviewer.shell.MenuName;
import org.briefingviewer.shell.Shell;
import org.briefingviewer.ui.InfoWindow;
import org.briefingviewer.ui.Styles;

/** Help ▸ About Briefing Viewer: the version, and the licences of the bundled fonts and libraries. */
public final class AboutDialog implements Feature {

    private record Component(String name, String licence) {
    }

    private static final List<Component> COMPONENTS = List.of(
            new Component("Noto Sans fonts (Google)", "SIL Open Font License 1.1"),
            new Component("OpenJFX", "GPL 2.0 with the Classpath Exception"),
            new Component("AtlantaFX", "MIT"),
            new Component("ControlsFX", "BSD 3-Clause"),
            new Component("Ikonli and the Feather icons", "Apache 2.0; Feather icons MIT"),
            new Component("Jackson", "Apache 2.0"),
            new Component("json-schema-validator (networknt)", "Apache 2.0"),
            new Component("picocli", "Apache 2.0"),
            new Component("Open HTML to PDF", "LGPL 2.1 or later"),
            new Component("Apache PDFBox and FontBox", "Apache 2.0"),
            new Component("Apache POI, XMLBeans and Commons (PowerPoint export)", "Apache 2.0"),
            new Component("Apache Log4j API", "Apache 2.0"),
            new Component("commonmark-java", "BSD 2-Clause"),
            new Component("SnakeYAML Engine", "Apache 2.0"),
            new Component("SLF4J", "MIT"));
    /** The share of the components table that names them; their licences take the rest. */
    private static final double COMPONENT_NAME_SHARE = 55;
    private static final String FONT_LICENCE = "/org/briefingviewer/assets/fonts/OFL.txt";

    private final String version;
    private final InfoWindow window = new InfoWindow("About Briefing Viewer");

    public AboutDialog(String version) {
        this.version = version;
    }

    @Override
    public void installInto(Shell shell) {
        shell.add(Action.of("about", "_About Briefing Viewer", () -> window.show(shell.window(), content(version)))
                .in(MenuName.HELP, 200));
    }

    /** The name, version and licence, and each bundled component with its licence, then the fonts' licence. */
    static VBox content(String version) {
        Label name = new Label("Briefing Viewer");
        name.getStyleClass().add(Styles.ABOUT_NAME);
        Label versionLine = new Label("Version " + version);
        versionLine.getStyleClass().add(Styles.ABOUT_VERSION);
        Label summary = new Label("An offline viewer for policy briefings: read, present and export. "
                + "Licensed under the Apache License 2.0. It includes:");
        summary.setWrapText(true);
        GridPane components = new GridPane();
        components.setId("about-components");
        components.getStyleClass().add(Styles.KEY_TABLE);
        ColumnConstraints names = new ColumnConstraints();
        names.setPercentWidth(COMPONENT_NAME_SHARE);
        components.getColumnConstraints().addAll(names, new ColumnConstraints());
        for (int row = 0; row < COMPONENTS.size(); row++) {
            Label licence = wrapping(COMPONENTS.get(row).licence());
            licence.getStyleClass().add(Styles.ABOUT_VERSION);
            components.addRow(row, wrapping(COMPONENTS.get(row).name()), licence);
        }
        TextArea fontLicence = new TextArea(fontLicence());
        fontLicence.setEditable(false);
        fontLicence.setWrapText(true);
        fontLicence.setPrefRowCount(8);
        fontLicence.setAccessibleText("Font licence");
        VBox content = new VBox(name, versionLine, summary, components, new Label("Font licence:"), fontLicence);
        content.getStyleClass().add(Styles.ABOUT);
        return content;
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static String fontLicence() {
        try (InputStream in = AboutDialog.class.getResourceAsStream(FONT_LICENCE)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
