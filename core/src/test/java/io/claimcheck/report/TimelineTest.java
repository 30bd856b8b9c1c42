package io.claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Evidence;
import io.claimcheck.claim.Measure;
import io.claimcheck.claim.Modality;
import io.claimcheck.claim.PartialDate;
import io.claimcheck.claim.Scope;
import io.claimcheck.claim.Source;
import io.claimcheck.claim.TimeScope;
import io.claimcheck.group.Group;
import io.claimcheck.quantity.Interval;
import io.claimcheck.quantity.Qualifier;
import io.claimcheck.quantity.Quantity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {
  private static Claim claim(String id, long n, String outlet, LocalDate published, String attribution, PartialDate asOf) {
    Quantity q = new Quantity(Long.toString(n), BigDecimal.valueOf(n), Qualifier.EXACT, Interval.exactly(n), false);
    return new Claim(id, new Source(id.split("#")[0], outlet, published, null, null), Measure.of("killed"), null, q,
        new Scope(List.of("Springfield"), PartialDate.parse("2020-03-01"), TimeScope.INCIDENT), attribution,
        new Evidence(0, 1, "s"), null, Modality.REPORTED, asOf);
  }

  @Test
  void asOfIsTheSentencesEarlierTimeElseThePublicationAndBodyTheAttributionElseTheOutlet() {
    Claim late = claim("a#1", 40, "Daily One", LocalDate.of(2020, 3, 5), null, null);
    Claim early = claim("b#1", 30, "Daily Two", LocalDate.of(2020, 3, 6), "the ministry", PartialDate.parse("2020-03-02"));
    Group g = new Group("g1", "k", Measure.of("killed"), null, List.of("Springfield"), PartialDate.parse("2020-03-01"),
        TimeScope.INCIDENT, List.of(late, early), List.of(), null);
    Timeline t = Timeline.of(new Report(List.of(), List.of(late, early), List.of(g), List.of())).get(0);
    assertEquals(List.of("b#1", "a#1"), List.of(t.points().get(0).claim().id(), t.points().get(1).claim().id()));
    assertEquals("2020-03-02", t.points().get(0).asOf().toString());
    assertEquals("the ministry", t.points().get(0).body());
    assertEquals("2020-03-05", t.points().get(1).asOf().toString());
    assertEquals("Daily One", t.points().get(1).body());
  }

  @Test
  void theSeedsIncidentIsOneEventAndTheWarAnother() {
    assumeTrue(SeedsReport.present(), "the seeds folder is absent");
    List<Timeline> all = Timeline.of(SeedsReport.report());
    assertEquals(SeedsReport.report().groups().size(), all.size());
    String incident = null;
    String war = null;
    List<String> incidentGroups = new ArrayList<>();
    for (Timeline t : all) {
      if (t.label().equals("killed in Damascus on 2016-02-21")) {
        incident = t.event();
        assertEquals("[87, ∞)", String.valueOf(t.consensus()));
      }
      if (t.label().startsWith("killed in Syria")) {
        war = t.event();
      }
    }
    for (Timeline t : all) {
      if (t.event().equals(incident)) {
        incidentGroups.add(t.label());
      }
    }
    assertEquals(List.of("killed in Damascus and Homs on 2016-02-21", "killed in Damascus on 2016-02-21",
        "injured in Homs on 2016-02-21", "killed in Homs on 2016-02-21"), incidentGroups);
    assertNotEquals(incident, war);
  }
}
