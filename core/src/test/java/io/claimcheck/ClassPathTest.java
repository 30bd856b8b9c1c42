package io.claimcheck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The core jar stays light: what the CLI and the Spark runner bring is not on its class path. */
class ClassPathTest {
  @ParameterizedTest(name = "{0} is not on the core's class path")
  @ValueSource(strings = {"org.apache.spark.SparkContext", "org.apache.spark.sql.SparkSession", "picocli.CommandLine",
      "org.apache.hadoop.conf.Configuration", "scala.Tuple2"})
  void theCoreDoesNotBring(String className) {
    assertThrows(ClassNotFoundException.class, () -> Class.forName(className));
  }

  /**
   * The test class path has a logging facade (a test library brings SLF4J), so its absence cannot
   * be shown by loading a class; what holds is that no class of the core uses one.
   */
  @Test
  void noClassOfTheCoreUsesALoggingFrameworkACliLibraryOrSpark() {
    JavaClasses core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.claimcheck");
    noClasses().should().dependOnClassesThat().resideInAnyPackage("org.slf4j..", "org.apache.logging..",
            "org.apache.log4j..", "ch.qos.logback..", "org.apache.commons.logging..", "java.util.logging..",
            "picocli..", "org.apache.spark..", "org.apache.hadoop..", "scala..")
        .orShould().dependOnClassesThat().belongToAnyOf(System.Logger.class)
        .because("the core jar carries no logging framework, no CLI library and no Spark")
        .check(core);
  }
}
