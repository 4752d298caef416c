/** Every CSV file SafeShare reads or writes, through Apache Commons CSV. */
package uk.safeshare.shared.csv;
