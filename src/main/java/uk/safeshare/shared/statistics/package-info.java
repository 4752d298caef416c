/** Statistical disclosure control for every published count table, whichever module publishes it. */
package uk.safeshare.shared.statistics;
