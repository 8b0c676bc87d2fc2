package org.briefingviewer.export;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/** Adds what the layout engine leaves out: page labels, and a description on every link annotation (PDF/UA 7.18.5). */
final class DocumentFinisher {

    private static final String LINK = "Link";

    private DocumentFinisher() {
    }

    static void finish(PDDocument document) {
        labelPages(document);
        PDStructureNode root = document.getDocumentCatalog().getStructureTreeRoot();
        if (root != null) {
            describeLinks(root);
        }
    }

    private static void labelPages(PDDocument document) {
        PDPageLabels labels = new PDPageLabels(document);
        PDPageLabelRange numbers = new PDPageLabelRange();
        numbers.setStyle(PDPageLabelRange.STYLE_DECIMAL);
        labels.setLabelItem(0, numbers);
        document.getDocumentCatalog().setPageLabels(labels);
    }

    private static void describeLinks(PDStructureNode node) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if (LINK.equals(element.getStructureType()) && element.getAlternateDescription() != null) {
                    describe(element);
                }
                describeLinks(element);
            }
        }
    }

    private static void describe(PDStructureElement link) {
        for (Object kid : link.getKids()) {
            if (kid instanceof PDObjectReference reference
                    && reference.getReferencedObject() instanceof PDAnnotation annotation
                    && annotation.getContents() == null) {
                annotation.setContents(link.getAlternateDescription());
            }
        }
    }
}
