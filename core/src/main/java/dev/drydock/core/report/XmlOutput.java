package dev.drydock.core.report;

import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Indented XML for the XML exporters. Text and attribute values are escaped by the StAX writer; in
 * addition, characters XML 1.0 cannot hold at all (most control characters, lone surrogates) are
 * replaced by U+FFFD, so hostile Dockerfile text always gives a well-formed document.
 */
final class XmlOutput implements AutoCloseable {

    // the JDK's own writer, whatever other StAX implementation a library brings (its escaping is what the golden files pin)
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final XMLStreamWriter xml;
    /** For each open element: whether it has child elements (its end tag then goes on its own line). */
    private final Deque<Boolean> open = new ArrayDeque<>();
    private String pendingName;
    private final List<String[]> pendingAttributes = new ArrayList<>();

    XmlOutput(Writer out) throws XMLStreamException {
        this.xml = FACTORY.createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
    }

    /** Opens an element on its own line; follow with {@link #attribute} calls. */
    XmlOutput start(String name) throws XMLStreamException {
        flushPending(false);
        if (!open.isEmpty()) {
            open.pop();
            open.push(true);
        }
        xml.writeCharacters("\n" + "  ".repeat(open.size()));
        pendingName = name;
        return this;
    }

    XmlOutput attribute(String name, Object value) {
        pendingAttributes.add(new String[] {name, clean(String.valueOf(value))});
        return this;
    }

    /** Text content of the element just opened. */
    XmlOutput text(String text) throws XMLStreamException {
        flushPending(false);
        xml.writeCharacters(clean(text));
        return this;
    }

    XmlOutput end() throws XMLStreamException {
        if (pendingName != null) {
            flushPending(true);
            return this;
        }
        boolean hadChildren = open.pop();
        if (hadChildren) {
            xml.writeCharacters("\n" + "  ".repeat(open.size()));
        }
        xml.writeEndElement();
        return this;
    }

    @Override
    public void close() throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private void flushPending(boolean empty) throws XMLStreamException {
        if (pendingName == null) {
            return;
        }
        if (empty) {
            xml.writeEmptyElement(pendingName);
        } else {
            xml.writeStartElement(pendingName);
            open.push(false);
        }
        for (String[] attribute : pendingAttributes) {
            xml.writeAttribute(attribute[0], attribute[1]);
        }
        pendingName = null;
        pendingAttributes.clear();
    }

    /** Replaces characters that XML 1.0 does not allow with U+FFFD. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                    || c == 0xFFFE || c == 0xFFFF) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
