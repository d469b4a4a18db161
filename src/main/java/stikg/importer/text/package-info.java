/**
 * The brief's layout as printed: reads its text and segments it into title, sections, prose lines with their
 * bullets, footnotes and tables put back together across page breaks. Knows the layout configuration, no names.
 */
package stikg.importer.text;
