package org.briefingviewer.storage;

import com.fasterxml.jackson.jr.ob.JSON;

/**
 * How the files in the user's data folder (settings, recent files, notes) are read and written: indented JSON, by
 * jackson-jr, whose start costs a fraction of jackson-databind's, since the settings are read before the first frame.
 */
public final class UserDataJson {

    public static final JSON FORMAT = JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT);

    private UserDataJson() {
    }
}
