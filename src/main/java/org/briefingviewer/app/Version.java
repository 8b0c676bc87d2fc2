package org.briefingviewer.app;

import picocli.CommandLine.IVersionProvider;

/** The version written into the jar's manifest by the build. */
final class Version implements IVersionProvider {

    static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Briefing Viewer " + current()};
    }
}
