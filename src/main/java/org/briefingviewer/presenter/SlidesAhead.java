package org.briefingviewer.presenter;

import java.util.Optional;
import org.briefingviewer.model.Panel;
import org.briefingviewer.presenter.PresentationViewModel.Place;
import org.briefingviewer.ui.NextFrame;

/**
 * Shows the slide at a place in a {@link FittedSlide} and, once it has been drawn, readies the slide "next" would
 * lead to from that place out of sight, so that the presenter's click shows a slide already styled and laid out.
 */
final class SlidesAhead {

    private final PresentationViewModel viewModel;
    private final FittedSlide area;
    private Place shown;
    private Slide ready;
    private Place readyPlace;
    private Panel readyPanel;
    private Step readyStep;

    SlidesAhead(PresentationViewModel viewModel, FittedSlide area) {
        this.viewModel = viewModel;
        this.area = area;
    }

    void show(Place place) {
        area.show(isReadyFor(place) ? ready : Slides.at(viewModel, place));
        shown = place;
        ready = null;
        if (area.getScene() != null) {
            NextFrame.thenLater(area.getScene(), () -> settleAfter(place));
        }
    }

    /** Unless another place was shown since, drops the slide left and readies the one after {@code place}. */
    private void settleAfter(Place place) {
        if (!place.equals(shown)) {
            return;
        }
        Optional<Place> next = viewModel.presentingProperty().get() ? viewModel.placeAfter(place) : Optional.empty();
        if (next.isEmpty()) {
            area.dropHidden();
            return;
        }
        if (isReadyFor(next.get())) {
            return;
        }
        readyPlace = next.get();
        readyPanel = panelAt(readyPlace);
        readyStep = stepAt(readyPlace);
        ready = Slides.at(viewModel, readyPlace);
        area.prepare(ready);
    }

    /** Whether the slide readied shows {@code place} of the briefing as it is now, not as it was when readied. */
    private boolean isReadyFor(Place place) {
        return ready != null && place.equals(readyPlace) && panelAt(place) == readyPanel
                && stepAt(place).equals(readyStep);
    }

    private Panel panelAt(Place place) {
        return viewModel.getReader().getPanels().get(place.panel());
    }

    private Step stepAt(Place place) {
        return viewModel.stepsOf(place.panel()).get(place.step());
    }
}
