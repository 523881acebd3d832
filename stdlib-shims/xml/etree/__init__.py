"""ElementTree: an XML element tree (xml.etree.ElementTree; cElementTree is the same module here)."""
