package org.briefingviewer.presenter;

import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.briefingviewer.presenter.PresentationViewModel.Screen;
import org.briefingviewer.ui.KeyRow;

/**
 * The keys of the audience view and the console, including those presentation clickers send: one table that both
 * answers the keys and is the presenting key list.
 */
final class PresentationKeys {

    /**
     * Keys and what they do.
     *
     * @param evenWhenBlank whether the key acts on a blank screen; any other key only brings the panel back
     */
    private record Binding(String keys, String description, Predicate<KeyCode> matches,
                           BiConsumer<PresentationViewModel, KeyCode> action, boolean evenWhenBlank) {

        static Binding of(String description, BiConsumer<PresentationViewModel, KeyCode> action,
                          boolean evenWhenBlank, KeyCode... codes) {
            Set<KeyCode> set = Set.of(codes);
            List<String> names = Stream.of(codes).map(PresentationKeys::name).toList();
            String keys = names.size() == 1 ? names.get(0) : String.join(", ", names.subList(0, names.size() - 1))
                    + " or " + names.get(names.size() - 1);
            return new Binding(keys, description, set::contains, action, evenWhenBlank);
        }

        KeyRow row() {
            return new KeyRow(keys, description);
        }
    }

    private static final String HELP_CHARACTER = "?";

    private static final List<Binding> BINDINGS = List.of(
            Binding.of("Next step, or next panel", (viewModel, code) -> {
                if (code == KeyCode.ENTER) {
                    viewModel.enter();
                } else {
                    viewModel.next();
                }
            }, false, KeyCode.RIGHT, KeyCode.DOWN, KeyCode.SPACE, KeyCode.PAGE_DOWN, KeyCode.N, KeyCode.ENTER),
            Binding.of("Previous step, or previous panel", (viewModel, code) -> viewModel.previous(), false,
                    KeyCode.LEFT, KeyCode.UP, KeyCode.BACK_SPACE, KeyCode.PAGE_UP, KeyCode.P),
            Binding.of("First panel", (viewModel, code) -> viewModel.first(), false, KeyCode.HOME),
            Binding.of("Last panel, all of it", (viewModel, code) -> viewModel.last(), false, KeyCode.END),
            new Binding("A number, then Enter", "Go to that panel", KeyCode::isDigitKey,
                    (viewModel, code) -> viewModel.typeDigit(Integer.parseInt(code.getChar())), false),
            Binding.of("Overview of all panels: arrows choose, Enter shows, Esc closes",
                    (viewModel, code) -> viewModel.openOverview(), true, KeyCode.O, KeyCode.G),
            Binding.of("Show or hide the presenter console (notes, timer, next step)",
                    (viewModel, code) -> viewModel.toggleConsole(), true, KeyCode.S),
            Binding.of("Black screen (any key returns)", (viewModel, code) -> viewModel.blank(Screen.BLACK), true,
                    KeyCode.B, KeyCode.PERIOD),
            Binding.of("White screen (any key returns)", (viewModel, code) -> viewModel.blank(Screen.WHITE), true,
                    KeyCode.W, KeyCode.COMMA),
            new Binding(name(KeyCode.F1) + ", " + HELP_CHARACTER, "Show or hide this list of keys",
                    code -> code == KeyCode.F1, (viewModel, code) -> viewModel.toggleHelp(), true),
            Binding.of("Stop presenting", (viewModel, code) -> viewModel.stop(), true, KeyCode.ESCAPE));

    private PresentationKeys() {
    }

    /** The presenting key list, as the overlays and {@code docs/keyboard.md} show it. */
    static List<KeyRow> rows() {
        return BINDINGS.stream().map(Binding::row).toList();
    }

    /** Acts on {@code event}; returns whether the key meant something. */
    static boolean handle(PresentationViewModel viewModel, KeyEvent event) {
        KeyCode code = event.getCode();
        if (viewModel.overviewShownProperty().get()) {
            return handleOverview(viewModel, code);
        }
        Binding binding = BINDINGS.stream().filter(candidate -> candidate.matches().test(code)).findFirst()
                .orElse(null);
        if (binding == null) {
            return viewModel.revealed();
        }
        if (binding.evenWhenBlank() || !viewModel.revealed()) {
            binding.action().accept(viewModel, code);
        }
        return true;
    }

    /** F1. */
    static boolean isHelpKey(KeyEvent pressed) {
        return pressed.getCode() == KeyCode.F1;
    }

    /** A typed ?, whichever keys the keyboard layout types it with. */
    static boolean isHelpCharacter(KeyEvent typed) {
        return HELP_CHARACTER.equals(typed.getCharacter());
    }

    /** A key's name as its cap shows it: "Page Down", "Space", but "." and ",". */
    private static String name(KeyCode code) {
        switch (code) {
            case PERIOD:
                return ".";
            case COMMA:
                return ",";
            default:
                return code.getName();
        }
    }

    /** In the overview, arrows move the choice by a tile or a row, Enter picks it and Esc closes it. */
    private static boolean handleOverview(PresentationViewModel viewModel, KeyCode code) {
        switch (code) {
            case LEFT -> viewModel.moveOverviewChoice(-1);
            case RIGHT -> viewModel.moveOverviewChoice(1);
            case UP -> viewModel.moveOverviewChoice(-Overview.COLUMNS);
            case DOWN -> viewModel.moveOverviewChoice(Overview.COLUMNS);
            case ENTER, SPACE -> viewModel.pickOverviewChoice();
            case ESCAPE, O, G -> viewModel.closeOverview();
            default -> {
                return false;
            }
        }
        return true;
    }
}
