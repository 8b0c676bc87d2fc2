package org.briefingviewer.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;

/** How large and deep a bundle may be. Bundles come from outside, so every read is bounded. */
public final class BundleLimits {

    public static final long MAX_JSON_BYTES = 32L * 1024 * 1024;
    public static final int MAX_NESTING_DEPTH = 64;
    public static final int MAX_STRING_LENGTH = 100_000;
    public static final int MAX_NUMBER_LENGTH = 64;
    public static final long MAX_IMAGE_BYTES = 16L * 1024 * 1024;
    public static final long MAX_IMAGE_PIXELS = 40_000_000;
    public static final int MAX_ARCHIVE_ENTRIES = 1_000;
    public static final long MAX_ARCHIVE_BYTES = 128L * 1024 * 1024;
    /** An entry that inflates to more than this many times its compressed size is treated as a compression bomb. */
    public static final int MAX_COMPRESSION_RATIO = 100;

    private BundleLimits() {
    }

    /** A JSON parser factory that refuses documents beyond these limits. */
    static JsonFactory jsonFactory() {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxDocumentLength(MAX_JSON_BYTES)
                        .build())
                .build();
    }
}
