/**
 * DmfA XML declarations ({@code DmfAOriginal}, docs/dmfa.md §1-2): {@link
 * be.jobbonus.io.internal.xml.DmfaXmlReader} streams a declaration into {@link
 * be.jobbonus.io.internal.OccupationFields}, whole documents only and refusing hostile XML; {@link
 * be.jobbonus.io.internal.xml.DmfaXmlWriter} writes occupation lines as declarations (tests, examples,
 * benchmarks).
 */
package be.jobbonus.io.internal.xml;
