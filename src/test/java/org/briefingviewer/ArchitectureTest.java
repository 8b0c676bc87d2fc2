package org.briefingviewer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.briefingviewer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelIsPlainJava = classes().that().resideInAPackage("..model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..model..");

    @ArchTest
    static final ArchRule bundleLoadingKnowsNothingOfJavaFx = noClasses().that().resideInAPackage("..bundle..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule pdfExportNeedsNoDisplay = noClasses().that().resideInAPackage("..export")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule viewModelsKnowNothingOfTheSceneGraph = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..");

    /** jackson-databind takes about 0.3 s to start in a fresh JVM: only opening a file from outside may start it. */
    @ArchTest
    static final ArchRule windowStartReadsItsFilesWithoutDatabind = noClasses()
            .that().resideInAnyPackage("..settings..", "..notes..", "..opening..", "..app..")
            .or().haveSimpleName("BriefingReader")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson.databind..");

    @ArchTest
    static final ArchRule modelAndLoadingDoNotReachIntoViews = noClasses()
            .that().resideInAnyPackage("..model..", "..bundle..")
            .should().dependOnClassesThat().resideInAnyPackage("..reader..", "..app..", "..ui..");
}
