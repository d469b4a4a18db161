/**
 * The web site for researchers, installed into the service by {@link stikg.serve.web.WebSite}: the query page
 * (YASGUI with the query library), entity pages under {@code /id/} with content negotiation, and the views
 * under {@code /views/}. The pages' own files live in {@code src/main/web/site} and are copied into the jar at
 * build time, with the two built files of YASGUI; nothing is loaded from elsewhere at run time.
 */
package stikg.serve.web;
