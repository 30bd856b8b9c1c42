package io.claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderersTest {
  /** A renderer of the caller's own, listed in this module's test META-INF/services. */
  public static class CountRenderer implements ReportRenderer {
    @Override
    public String id() {
      return "finding-count";
    }

    @Override
    public String description() {
      return "how many findings, as one number";
    }

    @Override
    public String fileExtension() {
      return "txt";
    }

    @Override
    public void render(Report report, RenderContext context, Writer out) throws IOException {
      out.write(report.findings().size() + "\n");
    }
  }

  /** A second renderer claiming {@link CountRenderer}'s id; listed only where a test puts it. */
  public static class CountRendererTwin extends CountRenderer {}

  @Nested
  class Lookup {
    @Test
    void everyBuiltInIsFoundByItsId() {
      for (ReportRenderer r : Renderers.builtIns()) {
        assertEquals(r.getClass(), Renderers.find(r.id()).orElseThrow().getClass(), r.id());
      }
    }

    @Test
    void theBuiltInsAreTheFormatsOfTheDesign() {
      List<String> ids = new ArrayList<>();
      Renderers.builtIns().forEach(r -> ids.add(r.id()));
      assertEquals(List.of("text", "json", "markdown", "html", "sarif", "csv", "claimreview"), ids);
    }

    @Test
    void aRendererListedForServiceLoaderComesAfterTheBuiltIns() {
      ReportRenderer own = Renderers.find("finding-count").orElseThrow();
      assertEquals(CountRenderer.class, own.getClass());
      List<String> ids = new ArrayList<>(Renderers.available().keySet());
      assertEquals("finding-count", ids.get(ids.size() - 1));
    }

    @Test
    void anUnknownIdIsEmpty() {
      assertTrue(Renderers.find("pdf").isEmpty());
    }
  }

  @Nested
  class Ids {
    @Test
    void twoRenderersClaimingOneIdFailNamingBothClasses() {
      ReportRenderer a = new CountRenderer();
      ReportRenderer b = new CountRenderer() {
      };
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> Renderers.byId(List.of(a, b)));
      assertTrue(e.getMessage().contains("'finding-count' is claimed by both " + CountRenderer.class.getName()),
          e.getMessage());
    }

    @Test
    void anIdThatIsNotKebabCaseFails() {
      ReportRenderer bad = new CountRenderer() {
        @Override
        public String id() {
          return "Finding Count";
        }
      };
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> Renderers.byId(List.of(bad)));
      assertTrue(e.getMessage().contains("has id 'Finding Count'"), e.getMessage());
    }

    @Test
    void aClashOnTheClassPathIsToldAtEveryUseNamingBothClasses(@TempDir Path dir) throws Exception {
      assertFromAnIsolatedClassPath(dir, CountRendererTwin.class.getName(),
          // the folder with the extra entry comes first on the isolated class path
          "renderer id 'finding-count' is claimed by both " + CountRendererTwin.class.getName()
              + " and " + CountRenderer.class.getName());
    }

    @Test
    void aRendererThatCannotBeLoadedIsToldAtEveryUse(@TempDir Path dir) throws Exception {
      assertFromAnIsolatedClassPath(dir, "com.example.NoSuchRenderer",
          "a report renderer on the class path could not be loaded: ");
    }

    /** Loads the renderers afresh with one more service entry, and asks twice for one. */
    private void assertFromAnIsolatedClassPath(Path dir, String provider, String message) throws Exception {
      Path services = Files.createDirectories(dir.resolve("META-INF/services"));
      Files.writeString(services.resolve(ReportRenderer.class.getName()), provider + "\n");
      List<URL> urls = new ArrayList<>(List.of(dir.toUri().toURL()));
      String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
      for (String entry : classPath.split(File.pathSeparator)) {
        urls.add(Path.of(entry).toUri().toURL());
      }
      try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
        Method find = loader.loadClass(Renderers.class.getName()).getMethod("find", String.class);
        for (int i = 0; i < 2; i++) {
          InvocationTargetException e = assertThrows(InvocationTargetException.class, () -> find.invoke(null, "text"));
          assertEquals(IllegalStateException.class.getName(), e.getCause().getClass().getName());
          assertTrue(e.getCause().getMessage().startsWith(message), e.getCause().getMessage());
        }
      }
    }

    @Test
    void builtInsAreDistinct() {
      assertEquals(Renderers.builtIns().size(), Renderers.byId(Renderers.builtIns()).size());
    }
  }
}
