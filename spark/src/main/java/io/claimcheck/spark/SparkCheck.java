package io.claimcheck.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.claimcheck.ClaimCheck;
import io.claimcheck.Extraction;
import io.claimcheck.ExtractionSink;
import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Document;
import io.claimcheck.config.ConfigException;
import io.claimcheck.config.Configuration;
import io.claimcheck.config.RulesFile;
import io.claimcheck.event.DefaultEventResolver;
import io.claimcheck.event.Numbering;
import io.claimcheck.event.Resolution;
import io.claimcheck.input.DocumentReader;
import io.claimcheck.input.DocumentSink;
import io.claimcheck.input.ReadFailure;
import io.claimcheck.report.Report;
import io.claimcheck.rules.Finding;
import io.claimcheck.rules.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;

/**
 * claimcheck on Spark: reads documents (news-please JSON, JSON Lines, text folders with their
 * manifest, every other form the core reads, and Parquet with a text column), extracts their
 * claims with one extractor per partition, writes the claims as JSON Lines and Parquet, resolves
 * events and runs the rules block by block ({@link DefaultEventResolver#blocks}: each block a
 * task, events and quantities numbered across blocks by one {@link Numbering}), and writes the
 * findings and a report.
 *
 * <p>It calls the core's public API only ({@link DocumentReader}, {@link ClaimCheck#extraction},
 * the resolver's blocks and the rule set), so it gives the CLI's claims and findings: the same
 * claims in the same order, and the same findings with the same event and quantity ids.
 *
 * <pre>
 * spark-submit --class io.claimcheck.spark.SparkCheck claimcheck-spark.jar \
 *     --output out/ [--rules rules.yaml] [--text-column text] [--partitions N] PATH...
 * </pre>
 */
public final class SparkCheck {
  private static final JsonFactory JSON = new JsonFactory() // a lone surrogate is kept as its escape
      .setOutputDecorator(io.claimcheck.internal.LoneSurrogates.ESCAPED_IN_JSON)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  private SparkCheck() {}

  /**
   * What a job reads and where it writes.
   *
   * @param inputs files and folders, local or any file system Hadoop reaches
   * @param output the folder the results are written to; must not exist
   * @param rulesName the rules file's name, for messages; null for the built-in rules
   * @param rulesText the rules file's text; null for the built-in rules
   * @param textColumn the Parquet column that holds the article text
   * @param partitions how many partitions extract and check; 0 for Spark's default parallelism
   */
  public record Job(List<String> inputs, String output, @Nullable String rulesName, @Nullable String rulesText,
      String textColumn, int partitions) {
    /** Checks the components. */
    public Job {
      inputs = List.copyOf(inputs);
      Objects.requireNonNull(output, "output");
      Objects.requireNonNull(textColumn, "textColumn");
      if (inputs.isEmpty()) {
        throw new IllegalArgumentException("no input: name the files or folders to read");
      }
    }

    /** A job with the built-in rules, the {@code text} column, and Spark's parallelism. */
    public static Job of(List<String> inputs, String output) {
      return new Job(inputs, output, null, null, "text", 0);
    }

    /** This job with the rules in {@code text}, read from a file named {@code name}. */
    public Job withRules(String name, String text) {
      return new Job(inputs, output, name, text, textColumn, partitions);
    }

    /** This job with {@code n} partitions. */
    public Job withPartitions(int n) {
      return new Job(inputs, output, rulesName, rulesText, textColumn, n);
    }

    Configuration configuration() {
      return rulesText == null ? Configuration.defaults() : RulesFile.parse(rulesName, rulesText);
    }
  }

  /**
   * What a job found.
   *
   * @param documents documents read (parts of one counted once), not counting those that failed
   * @param failed documents, files or lines that could not be read
   * @param claims claims, extracted or read
   * @param events events
   * @param groups quantities
   * @param findings the findings, sorted by severity, rule, group key and claims
   * @param summary the report's first line, as the CLI prints it
   */
  public record Result(long documents, long failed, long claims, long events, long groups, List<FindingRow> findings,
      String summary) {
    /** Copies the findings. */
    public Result {
      findings = List.copyOf(findings);
    }
  }

  /**
   * One finding as the job writes it: the rule, severity, the group by its key, the claims, the
   * message and the arithmetic.
   */
  public record FindingRow(String rule, String severity, String groupKey, List<String> claims, String message,
      String explanation) implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Copies the claims. */
    public FindingRow {
      claims = List.copyOf(claims);
    }

    /** The row of a core finding. */
    public static FindingRow of(Finding f) {
      return new FindingRow(f.rule(), f.severity().id(), f.groupKey(), f.claims(), f.message(), f.explanation());
    }

    String toJson() {
      StringWriter w = new StringWriter();
      try (JsonGenerator g = JSON.createGenerator(w)) {
        g.writeStartObject();
        g.writeStringField("rule", rule);
        g.writeStringField("severity", severity);
        g.writeStringField("group", groupKey);
        g.writeArrayFieldStart("claims");
        for (String c : claims) {
          g.writeString(c);
        }
        g.writeEndArray();
        g.writeStringField("message", message);
        g.writeStringField("explanation", explanation);
        g.writeEndObject();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return w.toString();
    }
  }

  /** Arguments: {@code --output DIR [--rules FILE] [--text-column NAME] [--partitions N] PATH...}. */
  public static void main(String[] args) throws IOException {
    List<String> inputs = new ArrayList<>();
    String output = null;
    String rules = null;
    String column = "text";
    int partitions = 0;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      boolean hasValue = i + 1 < args.length;
      if (a.equals("--output") && hasValue) {
        output = args[++i];
      } else if (a.equals("--rules") && hasValue) {
        rules = args[++i];
      } else if (a.equals("--text-column") && hasValue) {
        column = args[++i];
      } else if (a.equals("--partitions") && hasValue) {
        partitions = Integer.parseInt(args[++i]);
      } else if (a.startsWith("--")) {
        usage("unknown option or missing value: " + a);
      } else {
        inputs.add(a);
      }
    }
    if (output == null || inputs.isEmpty()) {
      usage(output == null ? "--output DIR is required" : "name the files or folders to read");
    }
    Job job = new Job(inputs, output, null, null, column, partitions);
    if (rules != null) {
      job = job.withRules(rules, Files.readString(java.nio.file.Path.of(rules), StandardCharsets.UTF_8));
    }
    try {
      job.configuration();
    } catch (ConfigException e) {
      System.err.println("claimcheck-spark: " + e.getMessage());
      System.exit(2);
    }
    SparkSession spark = SparkSession.builder().appName("claimcheck").getOrCreate();
    try {
      Result r = run(spark, job);
      System.out.println(r.summary());
      System.exit(r.findings().stream().anyMatch(f -> f.severity().equals(Severity.ERROR.id())) ? 1 : 0);
    } finally {
      spark.stop();
    }
  }

  private static void usage(String problem) {
    System.err.println("claimcheck-spark: " + problem);
    System.err.println("usage: SparkCheck --output DIR [--rules FILE] [--text-column NAME] [--partitions N] PATH...");
    System.exit(2);
  }

  /**
   * Runs {@code job}: writes {@code claims.jsonl/}, {@code claims.parquet/}, {@code findings.jsonl/},
   * {@code documents.jsonl/} and {@code report.txt} under its output folder, and returns what it found.
   */
  public static Result run(SparkSession spark, Job job) {
    job.configuration(); // a bad rules file fails here, on the driver, before any task
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int partitions = job.partitions() > 0 ? job.partitions() : Math.max(1, jsc.defaultParallelism());
    org.apache.hadoop.conf.Configuration hadoop = jsc.hadoopConfiguration();
    List<Inputs.Unit> units = Inputs.units(job.inputs(), hadoop);

    // 1. read: files by the core's reader, one unit a task; Parquet by Spark
    List<Inputs.Unit> fileUnits = new ArrayList<>();
    List<JavaRDD<Item>> read = new ArrayList<>();
    for (Inputs.Unit u : units) {
      if (u.kind() == Inputs.Kind.FILES) {
        fileUnits.add(u);
      } else {
        read.add(parquet(spark, u, job.textColumn()));
      }
    }
    if (!fileUnits.isEmpty()) {
      read.add(jsc.parallelize(fileUnits, fileUnits.size()).flatMap(UnitReader::read));
    }
    JavaRDD<Item> items = read.isEmpty() ? jsc.emptyRDD() : read.get(0);
    for (int i = 1; i < read.size(); i++) {
      items = items.union(read.get(i));
    }
    items = items.persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<Item> readOnce = items;

    // an id read in two files: as the CLI's reader does, the first keeps it, a later one with the same text
    // is not read again, and one with another text is read as id~2 (id~3, ...: the first free)
    Map<Tuple2<Integer, String>, String> renamed = repeatedIds(items);
    if (!renamed.isEmpty()) {
      items = items.map(i -> {
        String id = i.kind == Item.Kind.DOCUMENT ? renamed.get(new Tuple2<>(i.ordinal, i.id)) : null;
        if (id == null) {
          return i;
        }
        Item copy = i.copy(); // never change what the cache holds
        if (id.isEmpty()) {
          copy.kind = Item.Kind.SKIPPED;
        } else {
          copy.id = id;
        }
        return copy;
      }).filter(i -> i.kind != Item.Kind.SKIPPED);
    }

    // 2. extract: documents spread by id (the parts of one stay together, in order), one extractor a partition
    Partitioner byId = new IdPartitioner(partitions);
    JavaRDD<Item> extracted = items.filter(i -> i.kind == Item.Kind.DOCUMENT)
        .mapToPair(i -> new Tuple2<>(new Keyed(i.id, i.order()), i))
        .repartitionAndSortWithinPartitions(byId, new KeyedOrder())
        .mapPartitions(SparkCheck::extract);
    JavaRDD<Item> out = extracted.union(items.filter(i -> i.kind != Item.Kind.DOCUMENT))
        .persist(StorageLevel.MEMORY_AND_DISK());

    // 3. claims, in the CLI's order, as JSON Lines and Parquet
    JavaPairRDD<Item.Order, Item> claims = out.filter(i -> i.kind == Item.Kind.CLAIM)
        .mapToPair(i -> new Tuple2<>(i.order(), i));
    JavaRDD<String> claimLines = claims.sortByKey(true, partitions).values().map(i -> i.json);
    claimLines.saveAsTextFile(job.output() + "/claims.jsonl");
    Dataset<String> claimJson = spark.read().textFile(job.output() + "/claims.jsonl");
    Dataset<Row> claimRows = spark.read().json(claimJson);
    claimRows.write().parquet(job.output() + "/claims.parquet");

    // 4. documents: one status per id, parts and failures merged as the CLI merges them
    JavaRDD<Item> statuses = out.filter(i -> i.kind == Item.Kind.STATUS || i.kind == Item.Kind.FAILURE)
        .mapToPair(i -> new Tuple2<>(i.id, i.kind == Item.Kind.FAILURE
            ? Item.status(i.ordinal, i.seq, i.id, null, 0, i.location + ": " + i.reason) : i))
        .reduceByKey(SparkCheck::merge, partitions)
        .values()
        .sortBy(Item::order, true, partitions);
    statuses.map(SparkCheck::statusJson).saveAsTextFile(job.output() + "/documents.jsonl");
    long documents = statuses.filter(s -> s.reason == null).count();
    long failed = statuses.filter(s -> s.reason != null).count();

    // 5. resolve and check, block by block: each document's claims go to every block they are in
    // (DefaultEventResolver.blocks), each block's events and quantities are named, the names of all
    // numbered once on the driver, and each block resolved again with that numbering and checked
    String rulesName = job.rulesName();
    String rulesText = job.rulesText();
    JavaPairRDD<String, Iterable<Item>> byDocument = claims.values()
        .mapToPair(i -> new Tuple2<>(i.id, i))
        .groupByKey(partitions);
    JavaPairRDD<String, List<Item>> blocks = byDocument
        .mapPartitionsToPair(ds -> routed(ds, rulesName, rulesText))
        .groupByKey(partitions)
        .mapValues(SparkCheck::ordered)
        .persist(StorageLevel.MEMORY_AND_DISK());
    List<Numbering.Name> names = blocks.mapPartitions(bs -> named(bs, rulesName, rulesText)).collect();
    Broadcast<Numbering> numbering = jsc.broadcast(Numbering.of(names));
    JavaRDD<Checked> checked = blocks
        .mapPartitions(bs -> checked(bs, numbering.value(), rulesName, rulesText))
        .persist(StorageLevel.MEMORY_AND_DISK());
    long events = checked.map(Checked::events).fold(0L, Long::sum);
    long groups = checked.map(Checked::quantities).fold(0L, Long::sum);
    JavaRDD<FindingRow> findingRows = checked.flatMap(c -> c.findings().iterator());
    List<FindingRow> findings = new ArrayList<>(findingRows.collect());
    findings.sort(FINDING_ORDER);
    jsc.parallelize(findings.stream().map(FindingRow::toJson).toList(), 1)
        .saveAsTextFile(job.output() + "/findings.jsonl");
    long claimCount = claimJson.count();

    String summary = summary(documents, failed, claimCount, events, groups, findings);
    writeReport(hadoop, job.output() + "/report.txt", summary, findings);
    out.unpersist(false);
    readOnce.unpersist(false);
    checked.unpersist(false);
    blocks.unpersist(false);
    numbering.destroy();
    return new Result(documents, failed, claimCount, events, groups, findings, summary);
  }

  /**
   * For the documents whose id was read in more than one file, keyed by file and id: their new
   * id, or "" when they repeat the first one's text.
   */
  private static Map<Tuple2<Integer, String>, String> repeatedIds(JavaRDD<Item> items) {
    JavaRDD<Item> documents = items.filter(i -> i.kind == Item.Kind.DOCUMENT);
    java.util.Set<String> repeated = new java.util.HashSet<>(documents
        .mapToPair(i -> new Tuple2<>(i.id, new Tuple2<>(i.ordinal, i.ordinal)))
        .reduceByKey((a, b) -> new Tuple2<>(Math.min(a._1, b._1), Math.max(a._2, b._2)))
        .filter(t -> !t._2._1.equals(t._2._2))
        .keys()
        .collect());
    Map<Tuple2<Integer, String>, String> out = new HashMap<>();
    if (repeated.isEmpty()) {
      return out;
    }
    // each file's first record (or part) of those ids, in reading order, with a fingerprint of its text
    List<Tuple2<Item.Order, Tuple2<String, String>>> firsts = new ArrayList<>(documents
        .filter(i -> repeated.contains(i.id) && i.offset == 0)
        .map(i -> new Tuple2<>(i.order(), new Tuple2<>(i.id, fingerprint(i.text))))
        .collect());
    firsts.sort(Comparator.comparing(t -> t._1));
    // ids already of the form id~n
    java.util.Set<String> taken = new java.util.HashSet<>(documents.map(i -> i.id)
        .filter(id -> id.contains("~") && repeated.contains(id.substring(0, id.lastIndexOf('~'))))
        .distinct().collect());
    Map<String, String> firstText = new HashMap<>();
    for (Tuple2<Item.Order, Tuple2<String, String>> t : firsts) {
      String id = t._2._1;
      String text = t._2._2;
      Tuple2<Integer, String> key = new Tuple2<>(t._1.ordinal(), id);
      String first = firstText.putIfAbsent(id, text);
      if (first == null) {
        continue;
      }
      if (first.equals(text)) {
        out.put(key, "");
        continue;
      }
      for (int n = 2; ; n++) {
        String candidate = id + "~" + n;
        if (taken.add(candidate)) {
          out.put(key, candidate);
          break;
        }
      }
    }
    return out;
  }

  private static String fingerprint(@Nullable String text) {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
          .digest((text == null ? "" : text).getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Severity (errors first), rule, group key, claims: the CLI's order, groups named by key. */
  static final Comparator<FindingRow> FINDING_ORDER = Comparator
      .comparing((FindingRow f) -> Severity.parse(f.severity()).orElseThrow())
      .thenComparing(FindingRow::rule)
      .thenComparing(FindingRow::groupKey)
      .thenComparing(f -> String.join(",", f.claims()));

  /** A partition's documents, in reading order, through one extraction; claims numbered as the CLI numbers them. */
  private static Iterator<Item> extract(Iterator<Tuple2<Keyed, Item>> documents) {
    List<Item> out = new ArrayList<>();
    Map<String, Integer> numbering = new HashMap<>();
    Item[] current = new Item[1];
    try (Extraction extraction = ClaimCheck.standard().extraction(new ExtractionSink() {
      @Override
      public void extracted(Document document, List<Claim> claims) {
        Item d = current[0];
        int index = 0;
        for (Claim c : claims) {
          int n = numbering.merge(c.documentId(), 1, Integer::sum);
          Claim numbered = c.withId(c.documentId() + "#" + n);
          out.add(Item.claim(d.ordinal, d.seq, index++, numbered));
        }
        out.add(Item.status(d.ordinal, d.seq, d.id, d.outlet, claims.size(), null));
      }

      @Override
      public void failed(Document document, String reason) {
        Item d = current[0];
        out.add(Item.status(d.ordinal, d.seq, d.id, d.outlet, 0, reason));
      }

      @Override
      public void claim(Claim claim) {
        throw new IllegalStateException("no claims are fed here");
      }

      @Override
      public void failure(ReadFailure failure) {
        throw new IllegalStateException("no failures are fed here");
      }
    })) {
      while (documents.hasNext()) {
        current[0] = documents.next()._2;
        extraction.document(current[0].toDocument()); // one thread: handed on before this returns
      }
      extraction.finish();
    }
    return out.iterator();
  }

  /** What one block gave: how many events and quantities, and its findings. */
  record Checked(long events, long quantities, List<FindingRow> findings) implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** The resolver and rules of a job, made once per task from the rules file's text. */
  private static Configuration config(@Nullable String rulesName, @Nullable String rulesText) {
    return rulesText == null ? Configuration.defaults() : RulesFile.parse(rulesName, rulesText);
  }

  private static DefaultEventResolver resolver(Configuration config) {
    // as ClaimCheck.builder() makes its default resolver from a configuration
    return DefaultEventResolver.builder().approximateTolerance(config.rules().approximateTolerance())
        .incidentWindow(config.incidentWindow()).areaWindow(config.areaWindow()).build();
  }

  /** Each document's claim items, once for every block its claims are in. */
  private static Iterator<Tuple2<String, List<Item>>> routed(Iterator<Tuple2<String, Iterable<Item>>> documents,
      @Nullable String rulesName, @Nullable String rulesText) {
    DefaultEventResolver resolver = resolver(config(rulesName, rulesText));
    List<Tuple2<String, List<Item>>> out = new ArrayList<>();
    while (documents.hasNext()) {
      Tuple2<String, Iterable<Item>> d = documents.next();
      List<Item> items = new ArrayList<>();
      d._2.forEach(items::add);
      java.util.SortedSet<String> keys = resolver.blocks(claims(items), Map.of()).get(d._1);
      if (keys == null) {
        throw new IllegalStateException("document '" + d._1 + "' has claims but no block");
      }
      for (String k : keys) {
        out.add(new Tuple2<>(k, items));
      }
    }
    return out.iterator();
  }

  /** A block's documents' claim items, in reading order. */
  private static List<Item> ordered(Iterable<List<Item>> documents) {
    List<Item> items = new ArrayList<>();
    documents.forEach(items::addAll);
    items.sort(Comparator.comparing(Item::order));
    return items;
  }

  /** The names of each block's events and quantities. */
  private static Iterator<Numbering.Name> named(Iterator<Tuple2<String, List<Item>>> blocks,
      @Nullable String rulesName, @Nullable String rulesText) {
    DefaultEventResolver resolver = resolver(config(rulesName, rulesText));
    List<Numbering.Name> out = new ArrayList<>();
    while (blocks.hasNext()) {
      Tuple2<String, List<Item>> b = blocks.next();
      out.addAll(resolver.names(b._1, claims(b._2), Map.of()));
    }
    return out.iterator();
  }

  /** Each block resolved with the job's numbering and checked by the rules. */
  private static Iterator<Checked> checked(Iterator<Tuple2<String, List<Item>>> blocks, Numbering numbering,
      @Nullable String rulesName, @Nullable String rulesText) {
    Configuration config = config(rulesName, rulesText);
    DefaultEventResolver resolver = resolver(config);
    List<Checked> out = new ArrayList<>();
    while (blocks.hasNext()) {
      Tuple2<String, List<Item>> b = blocks.next();
      Resolution r = resolver.resolve(b._1, claims(b._2), Map.of(), numbering);
      List<FindingRow> findings = new ArrayList<>();
      for (Finding f : config.rules().evaluate(r.quantities(), r.events())) {
        findings.add(FindingRow.of(f));
      }
      out.add(new Checked(r.events().size(), r.quantities().size(), findings));
    }
    return out.iterator();
  }

  /** Claim items read back into claims, their figures exact. */
  private static List<Claim> claims(List<Item> items) {
    StringBuilder lines = new StringBuilder();
    for (Item i : items) {
      lines.append(i.json).append('\n');
    }
    List<Claim> claims = new ArrayList<>(items.size());
    DocumentReader.standard().read("claims", new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8)),
        new DocumentSink() {
          @Override
          public void document(Document document) {
            throw new IllegalStateException("a claim was read as a document: " + document.id());
          }

          @Override
          public void claim(Claim claim) {
            claims.add(Exact.restore(claim, items.get(claims.size()).exact));
          }

          @Override
          public void failure(ReadFailure failure) {
            throw new IllegalStateException("a claim written by this job could not be read back: " + failure);
          }
        });
    return claims;
  }

  private static Item merge(Item a, Item b) {
    Item first = a.order().compareTo(b.order()) <= 0 ? a : b;
    Item second = first == a ? b : a;
    return Item.status(first.ordinal, first.seq, first.id, first.outlet != null ? first.outlet : second.outlet,
        first.claims + second.claims, first.reason != null ? first.reason : second.reason);
  }

  private static String statusJson(Item s) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("id", s.id);
      g.writeStringField("source", s.outlet);
      g.writeNumberField("claims", s.claims);
      g.writeStringField("error", s.reason);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /**
   * The CLI's first line: {@code claimcheck: 5 documents, 12 claims, 3 events, 6 quantities, 2 findings
   * (1 error, 1 warning, 0 info)}, with how many documents failed when any did.
   */
  static String summary(long documents, long failed, long claims, long events, long groups, List<FindingRow> findings) {
    long errors = findings.stream().filter(f -> f.severity().equals(Severity.ERROR.id())).count();
    long warnings = findings.stream().filter(f -> f.severity().equals(Severity.WARNING.id())).count();
    long info = findings.size() - errors - warnings;
    return "claimcheck: " + count(documents + failed, "document") + (failed > 0 ? " (" + failed + " failed)" : "")
        + ", " + count(claims, "claim") + ", " + count(events, "event") + ", "
        + (groups == 1 ? "1 quantity" : groups + " quantities") + ", " + count(findings.size(), "finding") + " ("
        + count(errors, "error") + ", " + count(warnings, "warning") + ", " + info + " info)";
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static void writeReport(org.apache.hadoop.conf.Configuration hadoop, String file, String summary,
      List<FindingRow> findings) {
    StringBuilder sb = new StringBuilder(summary).append("\n\nFindings\n");
    for (FindingRow f : findings) {
      sb.append('[').append(f.severity()).append("] ").append(f.rule()).append(' ').append(f.groupKey())
          .append(": ").append(f.message()).append("\n    ").append(f.explanation()).append('\n');
    }
    try {
      Path path = new Path(file);
      FileSystem fs = path.getFileSystem(hadoop);
      try (OutputStream os = fs.create(path, false)) {
        os.write(sb.toString().getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** A Parquet unit's rows as documents: the text column, and the CLI's JSON field names for the rest. */
  private static JavaRDD<Item> parquet(SparkSession spark, Inputs.Unit unit, String textColumn) {
    Dataset<Row> rows = spark.read().parquet(unit.root());
    List<String> columns = List.of(rows.columns());
    if (!columns.contains(textColumn)) {
      throw new IllegalArgumentException(unit.root() + " has no column '" + textColumn + "' (it has "
          + String.join(", ", columns) + "); name the text column with --text-column");
    }
    String stem = Inputs.stem(new Path(unit.root()).getName().replaceFirst("(?i)\\.parquet$", ""));
    String idColumn = first(columns, "id", "filename");
    String outletColumn = first(columns, "source", "source_domain");
    String dateColumn = first(columns, "published", "date_publish");
    String urlColumn = first(columns, "url");
    String titleColumn = first(columns, "title");
    int ordinal = unit.ordinals().get(0);
    String shownPath = unit.shownRoot();
    return rows.javaRDD().zipWithIndex().map(t -> {
      Row r = t._1;
      long n = t._2;
      String id = string(r, idColumn);
      String published = string(r, dateColumn);
      Document d = new Document(new io.claimcheck.claim.Source(
          id == null || id.isBlank() ? stem + "#" + (n + 1) : id, string(r, outletColumn),
          published == null || published.isBlank() ? null : java.time.LocalDate.parse(published.substring(0,
              Math.min(10, published.length()))),
          string(r, urlColumn), string(r, titleColumn), shownPath, 0),
          Objects.requireNonNullElse(string(r, textColumn), ""));
      return Item.document(ordinal, n, d);
    });
  }

  private static @Nullable String first(List<String> columns, String... names) {
    for (String n : names) {
      if (columns.contains(n)) {
        return n;
      }
    }
    return null;
  }

  private static @Nullable String string(Row r, @Nullable String column) {
    if (column == null) {
      return null;
    }
    Object v = r.get(r.fieldIndex(column));
    return v == null ? null : v.toString();
  }

  /** A document's key for the extraction shuffle: partitioned by id, sorted by reading order. */
  record Keyed(String id, Item.Order order) implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
  }

  static final class KeyedOrder implements Comparator<Keyed>, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(Keyed a, Keyed b) {
      return a.order().compareTo(b.order());
    }
  }

  static final class IdPartitioner extends Partitioner {
    private static final long serialVersionUID = 1L;
    private final HashPartitioner hash;

    IdPartitioner(int partitions) {
      this.hash = new HashPartitioner(partitions);
    }

    @Override
    public int numPartitions() {
      return hash.numPartitions();
    }

    @Override
    public int getPartition(Object key) {
      return hash.getPartition(((Keyed) key).id());
    }
  }
}
