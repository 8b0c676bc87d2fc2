package org.briefingviewer.presenter;

import java.util.List;
import org.briefingviewer.model.Panel;

/** Splits a panel into the pages a presentation shows, by the index of each page's first block. */
@FunctionalInterface
public interface PanelPages {

    /** Every panel on one page. */
    PanelPages WHOLE = panel -> List.of(0);

    List<Integer> pageStarts(Panel panel);
}
