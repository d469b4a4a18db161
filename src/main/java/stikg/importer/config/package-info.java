/**
 * The layout of one kind of brief as configuration: its section and bullet marks, table columns, cue words and
 * extraction rules, read from YAML ({@code layout-ko.yaml}) into an immutable {@code LayoutConfig}. The lowest layer.
 */
package stikg.importer.config;
