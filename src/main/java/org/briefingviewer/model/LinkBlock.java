package org.briefingviewer.model;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A link to further reading. Only http, https and mailto addresses are ever opened. */
public record LinkBlock(String id, List<String> cites, String text, String href) implements Block {

    private static final Set<String> OPENABLE_SCHEMES = Set.of("http", "https", "mailto");

    public LinkBlock {
        cites = Lists.copyOrEmpty(cites);
    }

    /** Whether the address may be handed to the platform's browser or mail program. */
    public boolean isOpenable() {
        try {
            URI uri = new URI(href);
            return uri.getScheme() != null && OPENABLE_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    && (uri.getScheme().equalsIgnoreCase("mailto") || uri.getHost() != null);
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
