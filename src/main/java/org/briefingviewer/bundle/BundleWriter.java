package org.briefingviewer.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.briefingviewer.model.Briefing;

/** Writes a briefing as a bundle document in the format the loader reads (pictures are not included). */
public final class BundleWriter {

    private BundleWriter() {
    }

    public static byte[] write(Briefing briefing) {
        try {
            return BundleMapper.create().writerWithDefaultPrettyPrinter().writeValueAsBytes(briefing);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A briefing could not be written as JSON", e);
        }
    }
}
