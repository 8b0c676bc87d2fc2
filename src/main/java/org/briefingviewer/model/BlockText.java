package org.briefingviewer.model;

/** A block as one line of plain text: what search looks through and what a list of statements quotes. */
public final class BlockText {

    private BlockText() {
    }

    public static String of(Block block) {
        if (block instanceof Heading heading) {
            return heading.text();
        } else if (block instanceof Paragraph paragraph) {
            return paragraph.text();
        } else if (block instanceof BulletList list) {
            return (list.title() == null ? "" : list.title() + " · ") + String.join(" · ", list.texts().toList());
        } else if (block instanceof KeyFigure figure) {
            return FigureFormat.describe(figure);
        } else if (block instanceof BarChart chart) {
            return chart.describe();
        } else if (block instanceof Quote quote) {
            return quote.text() + " — " + quote.speaker();
        } else if (block instanceof Callout callout) {
            return callout.title() + ": " + callout.text();
        } else if (block instanceof Timeline timeline) {
            return String.join(" · ", timeline.events().stream().map(e -> e.when() + ": " + e.text()).toList());
        } else if (block instanceof ImageBlock image) {
            return image.alt() + (image.caption() == null ? "" : " · " + image.caption());
        } else if (block instanceof LinkBlock link) {
            return link.text();
        } else if (block instanceof Table table) {
            return table.describe();
        } else if (block instanceof CodeBlock code) {
            return code.text();
        }
        throw new IllegalArgumentException("No plain text for blocks of kind " + block.getClass().getSimpleName());
    }
}
