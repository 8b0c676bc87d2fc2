package org.briefingviewer.bundle;

import java.util.Map;
import java.util.Optional;

/**
 * The bytes of a bundle, read within limits: its {@code briefing.json} and the files it may refer to.
 *
 * @param name     how to name the bundle to its reader (the path they opened)
 * @param jsonName how to name the JSON document in problems
 * @param json     the JSON document
 */
record BundleContents(String name, String jsonName, byte[] json, Resources resources) {

    /** The files beside the JSON document, by the relative path a bundle uses to refer to them. */
    interface Resources {
        /** The file's bytes, or empty when there is no such file; fails when the path may not be read. */
        Optional<byte[]> read(String relativePath) throws BundleException;
    }

    static Resources none() {
        return path -> Optional.empty();
    }

    static Resources of(Map<String, byte[]> files) {
        return path -> Optional.ofNullable(files.get(path));
    }
}
