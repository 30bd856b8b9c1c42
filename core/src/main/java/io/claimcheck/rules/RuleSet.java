package io.claimcheck.rules;

import io.claimcheck.claim.Measure;
import io.claimcheck.group.Group;
import io.claimcheck.rules.builtin.BuiltInRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Which rules run, at which severity, with which parameters, on which measures: immutable, built
 * with {@link #builder()} or read from a file ({@code io.claimcheck.config.RulesFile}). A rule set
 * evaluates groups into findings, sorted the same way for the same input; it is safe to share.
 */
public final class RuleSet {
  /**
   * One rule as configured.
   *
   * @param rule the rule
   * @param enabled whether it runs
   * @param severity its effective severity
   * @param parameters every parameter's value, defaults filled in
   * @param measures the measures it looks at; empty for all
   * @param reason why it is configured so, appended to its findings' explanations; or null
   */
  public record Entry(
      Rule rule, boolean enabled, Severity severity, Map<String, Object> parameters, Set<String> measures,
      @Nullable String reason) {
    /** Copies the collections. */
    public Entry {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(severity, "severity");
      parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
      measures = Set.copyOf(measures);
    }

    /** The rule's id. */
    public String id() {
      return rule.descriptor().id();
    }
  }

  private final List<Entry> entries;
  private final BigDecimal approximateTolerance;

  private RuleSet(List<Entry> entries, BigDecimal approximateTolerance) {
    this.entries = List.copyOf(entries);
    this.approximateTolerance = approximateTolerance;
  }

  /** The built-in rules, enabled, with their default severities and parameters. */
  public static RuleSet defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder(null);
  }

  /** A builder starting from this rule set. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Every rule known: the built-ins and those found by {@link ServiceLoader}, by id. */
  public static Map<String, Rule> available() {
    return Registry.RULES;
  }

  /** The configured rules, built-ins first, in a stable order. */
  public List<Entry> entries() {
    return entries;
  }

  /** The configured rule with id (or alias) {@code id}. */
  public Optional<Entry> entry(String id) {
    Rule r = Registry.RULES.get(id);
    String canonical = r == null ? id : r.descriptor().id();
    return entries.stream().filter(e -> e.id().equals(canonical)).findFirst();
  }

  /** How far approximate figures are widened before comparing: 0.1 unless configured. */
  public BigDecimal approximateTolerance() {
    return approximateTolerance;
  }

  /**
   * Runs every enabled rule on every quantity whose measure it looks at; findings sorted. The list
   * is immutable, and holds the findings packed: each {@code get} makes its finding again (equal,
   * not the same object).
   */
  public List<Finding> evaluate(List<Group> groups) {
    return evaluate(groups, List.of());
  }

  /** The same, with the events the quantities belong to (for messages that name them). */
  public List<Finding> evaluate(List<Group> groups, List<io.claimcheck.event.Event> events) {
    return evaluate(groups, events, 1);
  }

  /**
   * The same on {@code parallelism} threads (the calling thread among them), the quantities split
   * into runs of neighbours: each quantity is checked by every rule on one thread, so the findings
   * and their order are the same for any number of threads.
   *
   * @throws IllegalArgumentException if {@code parallelism} is less than 1
   */
  public List<Finding> evaluate(List<Group> groups, List<io.claimcheck.event.Event> events, int parallelism) {
    return evaluate(groups, events, parallelism, io.claimcheck.extract.Gazetteer.standard());
  }

  /**
   * The same, the rules looking places up in {@code gazetteer} ({@link RuleContext#gazetteer()}):
   * the one the claims were extracted and resolved with.
   *
   * @throws IllegalArgumentException if {@code parallelism} is less than 1
   */
  public List<Finding> evaluate(List<Group> groups, List<io.claimcheck.event.Event> events, int parallelism,
      io.claimcheck.extract.Gazetteer gazetteer) {
    java.util.Objects.requireNonNull(gazetteer, "gazetteer");
    io.claimcheck.internal.Parallel.threads(parallelism);
    Map<String, Group> byId = new HashMap<>();
    Map<String, List<Group>> children = new HashMap<>();
    for (Group g : groups) {
      byId.put(g.id(), g);
      if (g.partOf() != null) {
        children.computeIfAbsent(g.partOf(), k -> new ArrayList<>()).add(g);
      }
      if (g.subgroupOf() != null) {
        children.computeIfAbsent(g.subgroupOf(), k -> new ArrayList<>()).add(g);
      }
    }
    Map<String, io.claimcheck.event.Event> eventsById = new HashMap<>();
    for (io.claimcheck.event.Event e : events) {
      eventsById.put(e.id(), e);
    }
    List<Entry> enabled = new ArrayList<>();
    for (Entry e : entries) {
      if (e.enabled()) {
        enabled.add(e);
      }
    }
    // a quantity's findings come from its own checks only, in rule order; the sort below is stable,
    // so checking quantity by quantity (on any thread) orders findings as checking rule by rule.
    // Each run's findings are packed on its thread, in one table a thread (a table's arrays grow
    // past the size the collector copies sooner than sixteen tables' would; a run is one thread's
    // from start to end and starts no other run, so its rows are one stretch of its table), then
    // all of them, in run order, given one stable sort on the same threads
    Map<Thread, PackedFindings> tables = new java.util.concurrent.ConcurrentHashMap<>();
    List<Segment> runs = io.claimcheck.internal.Parallel.map(groups.size(), parallelism, (from, to) -> {
      PackedFindings found = tables.computeIfAbsent(Thread.currentThread(), t -> new PackedFindings());
      int first = found.size();
      RuleContext[] contexts = new RuleContext[enabled.size()];
      for (int i = 0; i < contexts.length; i++) {
        contexts[i] = new RuleContext(enabled.get(i), byId, eventsById, children, approximateTolerance, gazetteer,
            found::add);
      }
      for (int gi = from; gi < to; gi++) {
        Group g = made(groups.get(gi));
        for (int i = 0; i < contexts.length; i++) {
          Entry e = enabled.get(i);
          if (e.measures().isEmpty() || e.measures().contains(g.measure().name())) {
            e.rule().check(g, contexts[i]);
          }
        }
      }
      return new Segment(found, first, found.size());
    });
    return sorted(runs, parallelism);
  }

  /** One run's findings: rows {@code [from, to)} of its thread's table. */
  private record Segment(PackedFindings table, int from, int to) {}

  /**
   * The findings of every run, in run order, given one stable sort: by severity, rule, group (its
   * id shorter first, then as a string) and claim ids joined. An immutable list that makes each
   * finding again, from its packed table, when asked for.
   */
  private static List<Finding> sorted(List<Segment> runs, int parallelism) {
    List<PackedFindings> distinct = new ArrayList<>();
    int total = 0;
    for (Segment run : runs) {
      if (!distinct.contains(run.table())) {
        distinct.add(run.table());
      }
      total += run.to() - run.from();
    }
    PackedFindings[] tables = distinct.toArray(new PackedFindings[0]);
    // each finding, in run order: its table and its row there
    int[] table = new int[total];
    int[] row = new int[total];
    int k = 0;
    for (Segment run : runs) {
      int t = distinct.indexOf(run.table());
      for (int r = run.from(); r < run.to(); r++) {
        table[k] = t;
        row[k++] = r;
      }
    }
    int[] order = new int[total];
    for (int i = 0; i < total; i++) {
      order[i] = i;
    }
    io.claimcheck.internal.Parallel.IntOrder keys = (a, b) -> {
      PackedFindings x = tables[table[a]];
      PackedFindings y = tables[table[b]];
      int xr = row[a];
      int yr = row[b];
      int c = x.severity(xr).compareTo(y.severity(yr));
      if (c == 0) {
        c = x.rule(xr).compareTo(y.rule(yr));
      }
      return c != 0 ? c : compareShorterFirst(x.group(xr), y.group(yr));
    };
    io.claimcheck.internal.Parallel.sort(order, keys, parallelism);
    // then each run of ties by the claim ids joined, made for that run only: a stable sort by the
    // keys, then of each run of equal keys by the last one, is the stable sort by all four
    for (int from = 0, to; from < total; from = to) {
      for (to = from + 1; to < total && keys.compare(order[from], order[to]) == 0; to++) {
        // the run of ties goes on
      }
      if (to - from > 1) {
        String[] joined = new String[to - from];
        int[] local = new int[to - from];
        for (int i = 0; i < joined.length; i++) {
          joined[i] = String.join(",", tables[table[order[from + i]]].claims(row[order[from + i]]));
          local[i] = i;
        }
        io.claimcheck.internal.Parallel.sort(local, (a, b) -> joined[a].compareTo(joined[b]), 1);
        int[] tied = java.util.Arrays.copyOfRange(order, from, to);
        for (int i = 0; i < local.length; i++) {
          order[from + i] = tied[local[i]];
        }
      }
    }
    return io.claimcheck.internal.Rows.tagged(total, i -> tables[table[order[i]]].get(row[order[i]]),
        i -> tables[table[order[i]]].severity(row[order[i]]).ordinal());
  }

  /** By length, then as strings. */
  private static int compareShorterFirst(String a, String b) {
    int c = Integer.compare(a.length(), b.length());
    return c != 0 ? c : a.compareTo(b);
  }

  /**
   * {@code g} with its claims and timeline made once for its rules (each rule reads them, some
   * several times), when they are held packed and made again on each get; else {@code g} itself.
   * Equal to {@code g}.
   */
  private static Group made(Group g) {
    boolean claims = g.claims() instanceof io.claimcheck.internal.Rows;
    boolean timeline = g.timeline() instanceof io.claimcheck.internal.Rows;
    if (!claims && !timeline) {
      return g;
    }
    return new Group(g.id(), g.key(), g.event(), g.measure(), g.subject(), g.locations(), g.date(), g.timeScope(),
        claims ? List.copyOf(g.claims()) : g.claims(), g.parts(), g.partOf(), g.subgroupOf(),
        timeline ? List.copyOf(g.timeline()) : g.timeline(), g.consensus());
  }

  /** The rules known to this JVM, loaded once; a duplicate id fails naming both classes. */
  private static final class Registry {
    static final Map<String, Rule> RULES = load();

    private static Map<String, Rule> load() {
      Map<String, Rule> byId = new LinkedHashMap<>();
      List<Rule> all = new ArrayList<>(BuiltInRules.all());
      for (Rule r : ServiceLoader.load(Rule.class, RuleSet.class.getClassLoader())) {
        all.add(r);
      }
      for (Rule r : all) {
        List<String> names = new ArrayList<>();
        names.add(r.descriptor().id());
        names.addAll(r.descriptor().aliases());
        for (String name : names) {
          Rule clash = byId.putIfAbsent(name, r);
          if (clash != null && clash != r) {
            throw new IllegalStateException("rule id '" + name + "' is claimed by both " + clash.getClass().getName()
                + " and " + r.getClass().getName());
          }
        }
      }
      return Collections.unmodifiableMap(byId);
    }
  }

  /** Builds a {@link RuleSet}; every method checks its input and names what is wrong. */
  public static final class Builder {
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private BigDecimal approximateTolerance = new BigDecimal("0.1");

    private Builder(@Nullable RuleSet from) {
      if (from == null) {
        for (Rule r : BuiltInRules.all()) {
          entries.put(r.descriptor().id(), defaultEntry(r, true));
        }
      } else {
        for (Entry e : from.entries) {
          entries.put(e.id(), e);
        }
        approximateTolerance = from.approximateTolerance;
      }
    }

    private static Entry defaultEntry(Rule r, boolean enabled) {
      Map<String, Object> params = new LinkedHashMap<>();
      for (ParameterSpec p : r.descriptor().parameters()) {
        params.put(p.name(), p.defaultValue());
      }
      return new Entry(r, enabled, r.descriptor().defaultSeverity(), params, Set.of(), null);
    }

    /** The entry for a rule id or alias, added (disabled) if the rule is known but not yet here. */
    private Entry entry(String id) {
      Objects.requireNonNull(id, "id");
      Rule r = Registry.RULES.get(id);
      if (r == null) {
        String hint = Suggestions.closest(id, Registry.RULES.keySet()).map(s -> "; did you mean '" + s + "'?").orElse("");
        throw new IllegalArgumentException("unknown rule '" + id + "'" + hint);
      }
      return entries.computeIfAbsent(r.descriptor().id(), k -> defaultEntry(r, false));
    }

    private Builder put(Entry e) {
      entries.put(e.id(), e);
      return this;
    }

    /** Adds a rule not found by ServiceLoader, enabled with its defaults. */
    public Builder add(Rule rule) {
      Objects.requireNonNull(rule, "rule");
      String id = rule.descriptor().id();
      Entry existing = entries.get(id);
      if (existing != null && existing.rule() != rule && existing.rule().getClass() != rule.getClass()) {
        throw new IllegalArgumentException("rule id '" + id + "' is already taken by " + existing.rule().getClass().getName());
      }
      return put(defaultEntry(rule, true));
    }

    /** Turns a rule on. */
    public Builder enable(String id) {
      Entry e = entry(id);
      return put(new Entry(e.rule(), true, e.severity(), e.parameters(), e.measures(), e.reason()));
    }

    /** Turns a rule off. */
    public Builder disable(String id) {
      Entry e = entry(id);
      return put(new Entry(e.rule(), false, e.severity(), e.parameters(), e.measures(), e.reason()));
    }

    /** Sets a rule's severity. */
    public Builder severity(String id, Severity severity) {
      Objects.requireNonNull(severity, "severity");
      Entry e = entry(id);
      return put(new Entry(e.rule(), e.enabled(), severity, e.parameters(), e.measures(), e.reason()));
    }

    /**
     * Sets a rule's parameter.
     *
     * @throws IllegalArgumentException naming the rule, the parameter and what it accepts
     */
    public Builder parameter(String id, String name, Object value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      Entry e = entry(id);
      RuleDescriptor d = e.rule().descriptor();
      ParameterSpec spec = d.parameter(name).orElseThrow(() -> new IllegalArgumentException(
          "unknown parameter '" + name + "' for rule '" + d.id() + "'"
              + Suggestions.closest(name, d.parameters().stream().map(ParameterSpec::name).toList())
                  .map(s -> "; did you mean '" + s + "'?").orElse("")));
      Optional<String> problem = spec.check(value);
      if (problem.isPresent()) {
        throw new IllegalArgumentException("parameter '" + name + "' of rule '" + d.id() + "' " + problem.get());
      }
      Map<String, Object> params = new LinkedHashMap<>(e.parameters());
      params.put(name, spec.normalise(value));
      return put(new Entry(e.rule(), e.enabled(), e.severity(), params, e.measures(), e.reason()));
    }

    /** Restricts a rule to some measures ("killed", "injured"); none given means all. */
    public Builder measures(String id, String... measures) {
      Entry e = entry(id);
      Set<String> names = new TreeSet<>();
      for (String m : measures) {
        names.add(Measure.of(m).name());
      }
      return put(new Entry(e.rule(), e.enabled(), e.severity(), e.parameters(), names, e.reason()));
    }

    /** Records why a rule is configured so; appended to its findings' explanations. */
    public Builder reason(String id, String reason) {
      Entry e = entry(id);
      return put(new Entry(e.rule(), e.enabled(), e.severity(), e.parameters(), e.measures(),
          Objects.requireNonNull(reason, "reason")));
    }

    /**
     * How far approximate figures are widened before comparing; 0.1 unless set.
     *
     * @throws IllegalArgumentException unless {@code 0 <= tolerance < 1}
     */
    public Builder approximateTolerance(BigDecimal tolerance) {
      this.approximateTolerance = io.claimcheck.quantity.Tolerance.require(tolerance, "approximateTolerance");
      return this;
    }

    /** The rule set: a snapshot; later changes to this builder do not affect it. */
    public RuleSet build() {
      return new RuleSet(new ArrayList<>(entries.values()), approximateTolerance);
    }
  }
}
