package io.claimcheck;

import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
