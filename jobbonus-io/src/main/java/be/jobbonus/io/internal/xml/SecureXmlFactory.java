package be.jobbonus.io.internal.xml;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLResolver;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLInputFactory2;

/**
 * The Woodstox factory for untrusted documents: no DTD and no entity (declared, expanded or
 * fetched), no namespaces, and the limits of {@link DmfaXmlReader} on depth, text length and
 * attributes (names are limited before the parser, by {@link NameLengthGuard}).
 */
final class SecureXmlFactory {

  private static final XMLResolver NO_RESOLVER = (publicId, systemId, base, ns) -> {
    throw new XMLStreamException("external entities and DTDs are not read");
  };

  private SecureXmlFactory() {}

  /** A new factory; one per reader (a factory is safe to share, its readers are not). */
  static WstxInputFactory create() {
    WstxInputFactory f = new WstxInputFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    // names are matched without their prefix (DmfA declarations use none): a third faster
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_VALIDATING, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
    f.setProperty(XMLInputFactory.RESOLVER, NO_RESOLVER);
    f.setProperty(WstxInputProperties.P_DTD_RESOLVER, NO_RESOLVER);
    f.setProperty(WstxInputProperties.P_ENTITY_RESOLVER, NO_RESOLVER);
    f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, DmfaXmlReader.MAX_DEPTH);
    f.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, DmfaXmlReader.MAX_TEXT_LENGTH);
    f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, DmfaXmlReader.MAX_ATTRIBUTES);
    f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, DmfaXmlReader.MAX_ATTRIBUTE_SIZE);
    f.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 1);
    f.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 1_000L);
    f.setProperty(WstxInputProperties.P_MAX_DTD_DEPTH, 1);
    f.setProperty(XMLInputFactory2.P_LAZY_PARSING, Boolean.TRUE);
    f.setProperty(XMLInputFactory2.P_INTERN_NAMES, Boolean.TRUE);
    f.setProperty(XMLInputFactory2.P_REPORT_PROLOG_WHITESPACE, Boolean.FALSE);
    f.setProperty(XMLInputFactory2.P_AUTO_CLOSE_INPUT, Boolean.FALSE);
    f.setProperty(WstxInputProperties.P_INPUT_BUFFER_LENGTH, 16_000);
    return f;
  }
}
