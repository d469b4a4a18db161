/** The command line: parses arguments, calls one use case, prints its report and maps errors to exit codes; nothing imports it. */
package stikg.cli;
