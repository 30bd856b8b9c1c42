package io.claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

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
    void builtInsAreDistinct() {
      assertEquals(Renderers.builtIns().size(), Renderers.byId(Renderers.builtIns()).size());
    }
  }
}
