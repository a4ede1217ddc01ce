package be.jobbonus.benchmarks;

import be.jobbonus.core.Insz;
import be.jobbonus.core.Regime;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.dmfa.OccupationLine;
import be.jobbonus.core.dmfa.Remuneration;
import be.jobbonus.core.dmfa.Service;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A fast reader of a well-formed {@code dmfa.jsonl} grouped by INSZ: one streaming Jackson parser
 * over the whole file (no line splitting, no tree, no text decoding of the line), the INSZ and the
 * quarter parsed once per person. It refuses nothing itself: on the first thing it does not expect
 * it throws, and the caller reads the file again with the fixtures' reader, which names file, line
 * and field. The occupation lines are built with {@link OccupationLine#of}, so the same checks hold.
 */
final class FastDmfaReader {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  /** Thrown when the file is not what the fast path expects. */
  static final class NotFast extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotFast(String message) {
      super(message, null, false, false);
    }
  }

  private FastDmfaReader() {}

  /** Calls {@code group} with each person's INSZ digits and lines, in file order; returns the lines read. */
  static long read(Path file, int year, BiConsumer<String, List<OccupationLine>> group) {
    long lines = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), in)) {
      String currentDigits = null;
      Insz insz = null;
      String quarterText = null;
      YearQuarter quarter = null;
      List<OccupationLine> current = new ArrayList<>();
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t != JsonToken.START_OBJECT) {
          throw new NotFast("not an object");
        }
        String digits = null;
        String q = null;
        String employer = null;
        int workerCode = -1;
        Regime contract = null;
        int dpw = -1;
        int mean = -1;
        int ref = -1;
        List<Service> services = new ArrayList<>(2);
        List<Remuneration> remunerations = new ArrayList<>(2);
        while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          t = p.nextToken();
          switch (name) {
            case "insz" -> digits = string(p, t);
            case "quarter" -> q = string(p, t);
            case "employer" -> employer = t == JsonToken.VALUE_NUMBER_INT ? String.format("%010d", p.getLongValue()) : string(p, t);
            case "workerCode" -> workerCode = integer(p, t);
            case "contract" -> contract = Regime.valueOf(string(p, t));
            case "daysPerWeek" -> dpw = integer(p, t);
            case "meanWorkingHours" -> mean = integer(p, t);
            case "refMeanWorkingHours" -> ref = integer(p, t);
            case "services" -> {
              expect(t, JsonToken.START_ARRAY);
              while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
                int code = -1;
                int days = 0;
                int hours = 0;
                while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
                  String n = p.currentName();
                  t = p.nextToken();
                  switch (n) {
                    case "code" -> code = integer(p, t);
                    case "days" -> days = integer(p, t);
                    case "hours" -> hours = integer(p, t);
                    default -> p.skipChildren();
                  }
                }
                services.add(Service.of(code, days, hours));
              }
              expect(t, JsonToken.END_ARRAY);
            }
            case "remunerations" -> {
              expect(t, JsonToken.START_ARRAY);
              while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
                int code = -1;
                long amount = -1;
                while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
                  String n = p.currentName();
                  t = p.nextToken();
                  switch (n) {
                    case "code" -> code = integer(p, t);
                    case "amount" -> {
                      expect(t, JsonToken.VALUE_NUMBER_INT);
                      amount = p.getLongValue();
                    }
                    default -> p.skipChildren();
                  }
                }
                remunerations.add(Remuneration.of(code, amount));
              }
              expect(t, JsonToken.END_ARRAY);
            }
            default -> p.skipChildren();
          }
        }
        expect(t, JsonToken.END_OBJECT);
        if (digits == null || q == null || employer == null || workerCode < 0 || contract == null || dpw < 0 || mean < 0 || ref < 0) {
          throw new NotFast("a field is missing");
        }
        if (!digits.equals(currentDigits)) {
          if (currentDigits != null) {
            group.accept(currentDigits, current);
            current = new ArrayList<>();
          }
          currentDigits = digits;
          insz = Insz.parse(digits);
        }
        if (!q.equals(quarterText)) {
          quarterText = q;
          quarter = YearQuarter.parse(q);
        }
        if (quarter.year() != year) {
          throw new NotFast("quarter outside the year");
        }
        current.add(OccupationLine.of(insz, quarter, employer, workerCode, contract, dpw, mean, ref, services, remunerations));
        lines++;
      }
      if (currentDigits != null) {
        group.accept(currentDigits, current);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }

  private static void expect(JsonToken t, JsonToken expected) {
    if (t != expected) {
      throw new NotFast("expected " + expected);
    }
  }

  private static String string(JsonParser p, JsonToken t) {
    expect(t, JsonToken.VALUE_STRING);
    return p.getString();
  }

  private static int integer(JsonParser p, JsonToken t) {
    expect(t, JsonToken.VALUE_NUMBER_INT);
    return p.getIntValue();
  }
}
