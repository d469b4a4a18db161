package stikg.importer.read;

/** A reader of one kind of fact that needs only a text and where it stands (a prose line, a cell, a footnote). */
interface TextReader {

    void read(String text, String at);
}
