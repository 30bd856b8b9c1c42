package io.claimcheck;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package layering of STYLE.md, held: each package uses only those below it; no cycles. */
class ArchitectureTest {
  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.claimcheck");

  @Test
  void packagesAreLayeredBottomUp() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("base").definedBy("io.claimcheck.base..")
        .layer("internal").definedBy("io.claimcheck.internal..")
        .layer("quantity").definedBy("io.claimcheck.quantity..")
        .layer("number").definedBy("io.claimcheck.number..")
        .layer("claim").definedBy("io.claimcheck.claim..")
        .layer("extract").definedBy("io.claimcheck.extract..")
        .layer("group").definedBy("io.claimcheck.group..")
        .layer("rules").definedBy("io.claimcheck.rules..")
        .layer("config").definedBy("io.claimcheck.config..")
        .layer("input").definedBy("io.claimcheck.input..")
        .layer("report").definedBy("io.claimcheck.report..")
        .layer("root").definedBy("io.claimcheck")
        .whereLayer("root").mayNotBeAccessedByAnyLayer()
        .whereLayer("report").mayOnlyBeAccessedByLayers("root")
        .whereLayer("input").mayOnlyBeAccessedByLayers("root", "report")
        .whereLayer("config").mayOnlyBeAccessedByLayers("root", "report", "input")
        .whereLayer("rules").mayOnlyBeAccessedByLayers("root", "report", "input", "config")
        .whereLayer("group").mayOnlyBeAccessedByLayers("root", "report", "input", "config", "rules")
        .whereLayer("extract").mayOnlyBeAccessedByLayers("root", "report", "input", "config", "rules", "group")
        .whereLayer("claim").mayOnlyBeAccessedByLayers("root", "report", "input", "config", "rules", "group", "extract")
        .whereLayer("number").mayOnlyBeAccessedByLayers("root", "report", "input", "config", "rules", "group", "extract",
            "claim")
        .check(CORE);
  }

  @Test
  void noPackageCycles() {
    slices().matching("io.claimcheck.(*)..").should().beFreeOfCycles().check(CORE);
  }

  @Test
  void coreNeverPrints() {
    noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
        .because("a library reports through its API, not the console").check(CORE);
  }
}
