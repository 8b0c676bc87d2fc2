package org.briefingviewer.storage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the application keeps the reader's own data: XDG data home on Linux, Application Support on macOS,
 * AppData on Windows.
 */
public final class UserDataFolder {

    private static final String APPLICATION = "briefing-viewer";

    private UserDataFolder() {
    }

    public static Path resolve() {
        return resolve(System.getProperty("os.name", ""), System.getProperty("user.home", "."), System.getenv());
    }

    static Path resolve(String osName, String home, Map<String, String> environment) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = environment.get("APPDATA");
            return (appData != null ? Path.of(appData) : Path.of(home, "AppData", "Roaming")).resolve("Briefing Viewer");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Briefing Viewer");
        }
        String dataHome = environment.get("XDG_DATA_HOME");
        return (dataHome != null && !dataHome.isBlank() ? Path.of(dataHome) : Path.of(home, ".local", "share"))
                .resolve(APPLICATION);
    }
}
