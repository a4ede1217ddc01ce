package be.jobbonus.io.internal.xml;

import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/**
 * An element the reader knows, at its place in the tree ({@link DmfaTree}): its number children
 * ({@link Leaf}), each read once (a second one is a fault, skipped), the first {@code required} of
 * which must be there; the elements nested in it, which its caller reads; and the other children
 * the DmfA schema allows in it, which are skipped (walked by the reader for elements it reads out
 * of place, {@link DmfaXmlReader#skipAllowed}). A child outside these three lists is not allowed
 * there and refuses the declaration ({@link DmfaXmlReader#notAllowed}). It reads through its
 * reader's parser and refuses through its reader's faults.
 */
final class Element {
  private final DmfaXmlReader reader;
  private final String name;
  private final Leaf[] leaves;
  private final int required;
  private final String needs;
  private final NameTable names;
  /** The index of the first child that is allowed but not read. */
  private final int firstOther;
  /** The leaves' values in the current element: -1 not read (yet), -2 refused. */
  final long[] values;

  /**
   * @param needs what the fault of a missing leaf says after "is missing: "
   * @param nested the elements nested in it that its caller reads, in the order of their indices
   * @param other the other children the schema allows in it: skipped
   */
  Element(DmfaXmlReader reader, String name, Leaf[] leaves, int required, String needs, String[] nested,
      String[] other) {
    this.reader = reader;
    this.name = name;
    this.leaves = leaves;
    this.required = required;
    this.needs = needs;
    this.names = new NameTable(Stream.of(Arrays.stream(leaves).map(Leaf::name), Arrays.stream(nested),
        Arrays.stream(other)).flatMap(x -> x).toArray(String[]::new));
    this.firstOther = leaves.length + nested.length;
    this.values = new long[leaves.length];
  }

  /** The element's name. */
  String name() {
    return name;
  }

  /** The names of the leaves and nested elements it reads (the others are skipped). */
  Stream<String> readNames() {
    return IntStream.range(0, firstOther).mapToObj(names::name);
  }

  /** Reads up to the element's first known child (see {@link #next}); the reader is at its start. */
  int first() throws XMLStreamException {
    Arrays.fill(values, -1);
    return next();
  }

  /**
   * Reads up to the element's next known child: a leaf is read, then its index given; a nested
   * element's index ({@code leaves.length} and on) is given at its start. At the element's end:
   * a fault for the first required leaf missing, and -1.
   *
   * <p>The hottest method of the reader, compiled on its own: its compiled size (above C2's
   * InlineSmallCode) keeps it from being inlined into each loop over an element's children, which
   * made their compilation several times longer (3-6 % more CPU for {@code calculate --dmfa-xml}
   * when the parser was held in a local here). Measure before making it smaller.
   */
  int next() throws XMLStreamException {
    int ev;
    while ((ev = reader.r.next()) != XMLStreamConstants.END_ELEMENT) {
      if (ev != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      int c = names.indexOf(DmfaTree.localName(reader.r));
      if (c >= firstOther) {
        reader.skipAllowed(names.name(c));
      } else if (c >= leaves.length) {
        return c;
      } else if (c < 0) {
        reader.notAllowed(this);
      } else if (values[c] != -1) {
        reader.fault(reader.path(names.name(c)), RejectTexts.twiceIn(name));
        reader.skipAllowed(names.name(c));
      } else {
        values[c] = reader.number(leaves[c]);
        return c;
      }
    }
    for (int c = 0; c < required; c++) {
      if (values[c] == -1) {
        reader.fault(reader.path(names.name(c)), RejectTexts.missing(needs));
        break;
      }
    }
    return -1;
  }

  /** Reads a whole element that has no nested ones: its leaves' values. */
  long[] readAll() throws XMLStreamException {
    for (int c = first(); c >= 0; c = next()) {
      // the leaves are read by next()
    }
    return values;
  }
}
