package org.briefingviewer.presenter;

import org.briefingviewer.model.Panel;
import org.briefingviewer.presenter.PresentationViewModel.Place;
import org.briefingviewer.reader.ReaderViewModel;
import org.briefingviewer.slides.Step;

/** Builds the slide the presentation shows at a place, for the room, the console and the overview alike. */
final class Slides {

    private Slides() {
    }

    static Slide at(PresentationViewModel viewModel, Place place, Slide.Viewer viewer) {
        ReaderViewModel reader = viewModel.getReader();
        Panel panel = reader.getPanels().get(place.panel());
        return new Slide(reader.getBriefing(), panel, viewModel.stepsOf(place.panel()).get(place.step()), viewer);
    }

    /** The first page of the panel at {@code index} with every item shown, as the room sees it. */
    static Slide thumbnail(PresentationViewModel viewModel, int index) {
        ReaderViewModel reader = viewModel.getReader();
        Panel panel = reader.getPanels().get(index);
        Step first = viewModel.stepsOf(index).stream().filter(step -> step.page() == 0)
                .reduce((earlier, later) -> later).orElseThrow();
        return new Slide(reader.getBriefing(), panel, first, Slide.Viewer.ROOM);
    }
}
