package org.briefingviewer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

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
    static final ArchRule exportAndSlideLayoutNeedNoDisplay = noClasses().that()
            .resideInAnyPackage("..export", "..slides")
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

    /** The "may use" column of docs/architecture.md's package table. */
    @ArchTest
    static final ArchRule packagesUseOnlyWhatTheArchitectureAllows = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("model").definedBy("org.briefingviewer.model")
            .layer("storage").definedBy("org.briefingviewer.storage")
            .layer("fonts").definedBy("org.briefingviewer.fonts")
            .layer("bundle").definedBy("org.briefingviewer.bundle")
            .layer("slides").definedBy("org.briefingviewer.slides")
            .layer("export").definedBy("org.briefingviewer.export")
            .layer("ui").definedBy("org.briefingviewer.ui")
            .layer("shell").definedBy("org.briefingviewer.shell")
            .layer("appearance").definedBy("org.briefingviewer.appearance")
            .layer("reader").definedBy("org.briefingviewer.reader")
            .layer("search").definedBy("org.briefingviewer.search")
            .layer("sources").definedBy("org.briefingviewer.sources")
            .layer("notes").definedBy("org.briefingviewer.notes")
            .layer("help").definedBy("org.briefingviewer.help")
            .layer("presenter").definedBy("org.briefingviewer.presenter")
            .layer("opening").definedBy("org.briefingviewer.opening")
            .layer("settings").definedBy("org.briefingviewer.settings")
            .layer("export.dialog").definedBy("org.briefingviewer.export.dialog")
            .layer("app").definedBy("org.briefingviewer.app")
            .whereLayer("model").mayNotAccessAnyLayer()
            .whereLayer("storage").mayNotAccessAnyLayer()
            .whereLayer("fonts").mayOnlyAccessLayers("model")
            .whereLayer("bundle").mayOnlyAccessLayers("model", "storage", "fonts")
            .whereLayer("slides").mayOnlyAccessLayers("model", "fonts")
            .whereLayer("export").mayOnlyAccessLayers("model", "storage", "fonts", "slides")
            .whereLayer("ui").mayOnlyAccessLayers("model")
            .whereLayer("shell").mayOnlyAccessLayers("model", "ui")
            .whereLayer("appearance").mayOnlyAccessLayers("model", "shell", "ui")
            .whereLayer("reader").mayOnlyAccessLayers("model", "shell", "ui")
            .whereLayer("search").mayOnlyAccessLayers("model", "reader", "shell", "ui")
            .whereLayer("sources").mayOnlyAccessLayers("model", "reader", "shell", "ui")
            .whereLayer("notes").mayOnlyAccessLayers("model", "reader", "shell", "storage", "ui")
            .whereLayer("help").mayOnlyAccessLayers("model", "shell", "ui")
            .whereLayer("presenter").mayOnlyAccessLayers("model", "appearance", "help", "reader", "shell", "slides",
                    "ui")
            .whereLayer("opening").mayOnlyAccessLayers("model", "bundle", "reader", "shell", "storage", "ui")
            .whereLayer("settings").mayOnlyAccessLayers("model", "storage")
            .whereLayer("export.dialog").mayOnlyAccessLayers("model", "export", "reader", "shell", "ui");
}
