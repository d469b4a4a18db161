/** What the tests need from outside the repository (the seed brief, a browser, HAProxy), found or skipped with a reason. */
package stikg.testing;
