/** Where a problem is and what it is: locations, problems and the one unchecked root exception; imports nothing of stikg. */
package stikg.diag;
