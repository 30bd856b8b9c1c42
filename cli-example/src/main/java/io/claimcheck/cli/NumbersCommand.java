package io.claimcheck.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.claimcheck.internal.Decimals;
import io.claimcheck.number.NumberFinder;
import io.claimcheck.number.NumberPhrase;
import io.claimcheck.quantity.Interval;
import io.claimcheck.quantity.Quantity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimcheck numbers}: every number phrase found, with its kind and interval. */
@Command(
    name = "numbers",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Prints every number phrase in the documents: its text, span (UTF-16 offsets, end exclusive), "
        + "exact value, kind (cardinal, ordinal, percent, year, date, fraction, overflow), qualifier "
        + "and interval [lower, upper] (upper null = unbounded).")
final class NumbersCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin LineFormat output;

  @Mixin OutputOption file;

  @Mixin InputPaths input;

  @Override
  public Integer call() {
    return file.write(spec.commandLine().getOut(), spec.commandLine().getErr(), this::numbers);
  }

  private int numbers(PrintWriter out) {
    PrintWriter err = spec.commandLine().getErr();
    NumberFinder finder = NumberFinder.standard();
    Inputs inputs = new Inputs(input.paths, System.in, input.followLinks);
    try (JsonGenerator json = new JsonFactory().setOutputDecorator(io.claimcheck.internal.LoneSurrogates.ESCAPED_IN_JSON)
        .createGenerator(out)) {
      json.setRootValueSeparator(null);
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      inputs.forEach(doc -> finder.find(doc.text(), p -> {
        if (output.text()) {
          out.println(text(doc.id(), p));
        } else {
          write(json, doc.id(), p);
          out.println();
        }
      }), err);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
    return inputs.exitCode(err);
  }

  static String text(String document, NumberPhrase p) {
    Quantity q = p.quantity();
    return document + ":" + p.start() + "-" + p.end() + "\t" + p.kind().id() + "\t" + q.qualifier().id()
        + "\t" + q.text().replace('\n', ' ') + "\t" + q.interval() + (q.approximate() ? " approximate" : "");
  }

  private static void write(JsonGenerator json, String document, NumberPhrase p) {
    Quantity q = p.quantity();
    Interval in = q.interval();
    try {
      json.writeStartObject();
      json.writeStringField("document", document);
      json.writeStringField("text", q.text());
      json.writeNumberField("start", p.start());
      json.writeNumberField("end", p.end());
      json.writeStringField("value", Decimals.format(q.value()));
      json.writeStringField("kind", p.kind().id());
      json.writeStringField("qualifier", q.qualifier().id());
      json.writeFieldName("lower");
      if (in.lower().isPresent()) {
        json.writeString(Decimals.format(in.lower().get()));
      } else {
        json.writeNull();
      }
      json.writeFieldName("upper");
      if (in.upper().isPresent()) {
        json.writeString(Decimals.format(in.upper().get()));
      } else {
        json.writeNull();
      }
      json.writeBooleanField("approximate", q.approximate());
      json.writeEndObject();
      json.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
