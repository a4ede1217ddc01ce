package be.jobbonus.notice;

import be.jobbonus.core.text.Texts;
import be.jobbonus.rules.message.VlabelMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The beneficiary's notice (<i>kennisgeving</i>) of protocol art. 3, Gegeven 2 ("het bedrag van de
 * jobbonus en het detail van de berekening worden vermeld op de kennisgeving naar de
 * begunstigde"), made from the {@link VlabelMessage} alone: the person's identity and statuut, the
 * reference year, the total, a table per quarter (prestatiebreuk, loon, refertemaandloon,
 * basisbedrag jobbonus, jobbonus per kwartaal), a sentence on how the amount follows and what to do
 * in disagreement (the objection data with their source and status; inferred values are marked on
 * the notice).
 *
 * <p>As HTML ({@link #html}): {@code lang} set, a table with caption and header cells with their
 * scope, readable without its style sheet, colours of at least 4.5:1 contrast. As PDF ({@link
 * #pdf}): made from the same HTML (openhtmltopdf on PDFBox), fonts embedded (DejaVu Sans), PDF/A-2u
 * and tagged for accessibility.
 *
 * <p>The wording and layout are a template file ({@code notice_nl.html}, {@code notice_en.html} in
 * this module) that can be replaced without a change of code ({@link #withTemplate}); the objection
 * data likewise ({@link #withObjection}). Dutch is the notice's language unless another is asked
 * for. The notice holds personal data (name, INSZ, wages): it is for the person. Immutable and
 * thread-safe.
 */
public final class Notices {

  private final Texts texts;
  private final Template template;
  private final Objection objection;
  private final LocalDate date; // nullable: no date on the notice

  private Notices(Texts texts, Template template, Objection objection, LocalDate date) {
    this.texts = texts;
    this.template = template;
    this.objection = objection;
    this.date = date;
  }

  /** The official Dutch notice. */
  public static Notices dutch() {
    return of(Locale.forLanguageTag("nl"));
  }

  /**
   * The official notice in {@code locale}'s language: Dutch ({@code nl}), English ({@code en}) or
   * French ({@code fr}, an unofficial translation).
   *
   * @throws IllegalArgumentException when there is no notice in that language
   */
  public static Notices of(Locale locale) {
    Texts t = Texts.of(locale);
    String name = "notice_" + t.language() + ".html";
    String text;
    try (InputStream in = Notices.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no notice in language '" + t.language() + "'");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Notices(t, checked(text, name), Objection.official(t.language()), null);
  }

  /**
   * The same notice with the wording and layout of the template file {@code template} (UTF-8, the
   * tags of the official templates; the PDF needs it well-formed XHTML).
   *
   * @throws IllegalArgumentException naming the file and line of a tag that is wrong or names a
   *     value the notice does not have
   * @throws UncheckedIOException when the file cannot be read
   */
  public Notices withTemplate(Path template) {
    Objects.requireNonNull(template, "template");
    String text;
    try {
      text = Files.readString(template, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + template + ": " + e.getMessage(), e);
    }
    return new Notices(texts, checked(text, template.getFileName().toString()), objection, date);
  }

  /**
   * The same notice with the objection data of {@code objectionJson} (the form of the module's
   * {@code objection.json}: body, address and term, each with its text per language, status and
   * source).
   *
   * @throws IllegalArgumentException naming the field that is missing or wrong
   * @throws UncheckedIOException when the file cannot be read
   */
  public Notices withObjection(Path objectionJson) {
    Objects.requireNonNull(objectionJson, "objectionJson");
    try (InputStream in = Files.newInputStream(objectionJson)) {
      return new Notices(texts, template, Objection.read(in, objectionJson.getFileName().toString(), texts.language()),
          date);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + objectionJson + ": " + e.getMessage(), e);
    }
  }

  /** The same notice dated {@code date} (shown under the title; the message carries no date). */
  public Notices dated(LocalDate date) {
    return new Notices(texts, template, objection, Objects.requireNonNull(date, "date"));
  }

  /** The notice's language. */
  public Locale locale() {
    return texts.locale();
  }

  /**
   * The notice of {@code message} as an HTML document.
   *
   * @throws IllegalArgumentException when the message's total is below its quarters' amounts (a
   *     person with nothing to pay, whom the message cannot explain)
   */
  public String html(VlabelMessage message) {
    Objects.requireNonNull(message, "message");
    return template.render(NoticeModel.of(message, texts, objection, date));
  }

  /**
   * The notice of {@code message} as a PDF document (PDF/A-2u, tagged, fonts embedded).
   *
   * @throws IllegalArgumentException as {@link #html}
   */
  public byte[] pdf(VlabelMessage message) {
    return NoticePdf.render(html(message));
  }

  /** The notice in {@code format}: HTML as UTF-8, or PDF. */
  public byte[] render(VlabelMessage message, NoticeFormat format) {
    return format == NoticeFormat.PDF ? pdf(message) : html(message).getBytes(StandardCharsets.UTF_8);
  }

  /** Masked: the language only. */
  @Override
  public String toString() {
    return "Notices[" + texts.language() + (date == null ? "" : ", " + date) + "]";
  }

  private static Template checked(String text, String source) {
    Template t = Template.compile(text, source);
    List<String> unknown = new ArrayList<>(t.names());
    unknown.removeAll(NoticeModel.NAMES);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(source + ": unknown names " + unknown + "; the notice has "
          + NoticeModel.NAMES);
    }
    return t;
  }
}
