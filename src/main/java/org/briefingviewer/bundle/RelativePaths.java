package org.briefingviewer.bundle;

/** Checks the paths a bundle uses to name its own files. */
final class RelativePaths {

    private RelativePaths() {
    }

    static void requireSafe(String relativePath, String bundle) throws BundleException {
        String problem = problemWith(relativePath);
        if (problem != null) {
            throw BundleException.of(bundle, "'" + relativePath + "' " + problem,
                    "Name files by a path inside the bundle, such as images/map.png.");
        }
    }

    /** What is wrong with the path, or {@code null} when it stays inside the bundle. */
    static String problemWith(String path) {
        if (path.isEmpty()) {
            return "is empty";
        }
        if (path.startsWith("/") || path.startsWith("\\") || path.matches("^[A-Za-z]:.*")) {
            return "is an absolute path";
        }
        if (path.contains("\\")) {
            return "uses backslashes";
        }
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                return "leads out of the bundle with '..'";
            }
        }
        return null;
    }
}
