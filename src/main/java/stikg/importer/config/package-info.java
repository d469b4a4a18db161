/**
 * The layout of one kind of brief as configuration: its section and bullet marks, table columns, cue words and
 * extraction rules, read from YAML (the general grammar {@code grammar-ko.yaml}, the genre {@code layout-ko.yaml} and the document-fitted {@code fitted-ko.yaml}, merged in that order) into an immutable {@code LayoutConfig}. The lowest layer.
 */
package stikg.importer.config;
