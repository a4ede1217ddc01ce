/**
 * The rules on a set of DmfA declarations as the social security sends them (docs/dmfa.md §13):
 * each declaration's identity (the employer's RSZ number, else its enterprise number, and the
 * quarter), a declaration received twice read once, two different originals for one identity
 * holding the persons they concern, declarations of other years skipped, and corrections
 * ({@code DmfAUpdate}) applied to their original by worker record ({@link
 * be.jobbonus.io.internal.declarations.Corrections}). Decided once all
 * files are read, from what the reader kept of each ({@link
 * be.jobbonus.io.internal.xml.DmfaXmlReader.Declared}): no second pass over the bytes.
 */
package be.jobbonus.io.internal.declarations;
