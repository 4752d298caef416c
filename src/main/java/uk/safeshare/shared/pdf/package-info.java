/** Accessible PDFs: every PDF SafeShare makes is tagged (PDF/UA) with its fonts embedded. */
package uk.safeshare.shared.pdf;
