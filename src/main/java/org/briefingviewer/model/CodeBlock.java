package org.briefingviewer.model;

import java.util.List;

/**
 * Text shown as written, in a monospaced face, line breaks kept.
 *
 * @param language what the text is written in, such as {@code java} or {@code sh}, or {@code null}
 */
public record CodeBlock(String id, List<String> cites, String language, String text) implements Block {

    public CodeBlock {
        cites = Lists.copyOrEmpty(cites);
    }
}
