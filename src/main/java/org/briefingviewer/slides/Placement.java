package org.briefingviewer.slides;

import org.briefingviewer.model.Block;

/**
 * Where a block stands on its page, in stage pixels before the page is shrunk: {@code y} from the top of the page's
 * content, below its title.
 */
public record Placement(Block block, double x, double y, double width, double height) {

    public double bottom() {
        return y + height;
    }
}
