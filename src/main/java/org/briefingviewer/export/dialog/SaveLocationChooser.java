package org.briefingviewer.export.dialog;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks where to save an export, of the kind the suggested name ends in (.pdf or .pptx). The platform's save dialog
 * asks before replacing an existing file.
 */
@FunctionalInterface
public interface SaveLocationChooser {

    Optional<Path> choose(Window owner, String suggestedName);

    static SaveLocationChooser platformDialog() {
        return (owner, suggestedName) -> {
            String extension = suggestedName.substring(suggestedName.lastIndexOf('.'));
            boolean pdf = extension.equalsIgnoreCase(".pdf");
            FileChooser chooser = new FileChooser();
            chooser.setTitle(pdf ? "Export to PDF" : "Export to PowerPoint");
            chooser.setInitialFileName(suggestedName);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    pdf ? "PDF documents" : "PowerPoint presentations", "*" + extension));
            File file = chooser.showSaveDialog(owner);
            return Optional.ofNullable(file).map(File::toPath).map(path -> withExtension(path, extension));
        };
    }

    private static Path withExtension(Path path, String extension) {
        String name = path.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? path : path.resolveSibling(name + extension);
    }
}
